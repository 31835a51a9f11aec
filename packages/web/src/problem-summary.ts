import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';

const NAMES: Record<string, [string, string]> = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    info: ['note', 'notes'],
    hint: ['hint', 'hints']
};

/** "1 error, 3 warnings": what the language server found in the open file, for the header's Problems button. */
export function problemSummary(state: EditorState): string {
    const counts = new Map<string, number>();
    forEachDiagnostic(state, d => counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1));
    const parts = Object.entries(NAMES)
        .filter(([severity]) => counts.has(severity))
        .map(([severity, [one, many]]) => {
            const n = counts.get(severity) ?? 0;
            return `${n} ${n === 1 ? one : many}`;
        });
    return parts.length === 0 ? 'No problems' : parts.join(', ');
}
