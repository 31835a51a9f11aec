import { sortDiagnostics } from '../diagnostics.js';
import type { Section } from '../document.js';
import type { SectionContext } from './context.js';

export function diagnosticsSection(ctx: SectionContext): Section {
    const diagnostics = sortDiagnostics(ctx.diagnostics);
    return {
        id: 'diagnostics',
        title: 'Diagnostics',
        blocks: diagnostics.length === 0
            ? [{ kind: 'note', text: 'The model has no errors, warnings or hints.' }]
            : [
                {
                    kind: 'paragraph',
                    text: `${diagnostics.length} ${diagnostics.length === 1 ? 'diagnostic' : 'diagnostics'} from checking the model, errors first. `
                        + 'Locations are file:line:column.'
                },
                {
                    kind: 'table',
                    columns: [{ header: 'Location', noWrap: true }, { header: 'Severity' }, { header: 'Code', noWrap: true }, { header: 'Message' }],
                    rows: diagnostics.map(d => ({
                        kind: 'diagnostic',
                        weight: SEVERITY_WEIGHT[d.severity] ?? 0,
                        tone: d.severity === 'error' ? 'bad' : undefined,
                        // Report diagnostics count from 1; source references count from 0 like the editor.
                        source: { uri: d.file, line: Math.max(0, d.line - 1), character: Math.max(0, d.column - 1) },
                        cells: [`${shortFile(d.file)}:${d.line}:${d.column}`, d.severity, d.code, d.message]
                    }))
                }
            ]
    };
}

const SEVERITY_WEIGHT: Record<string, number> = { error: 3, warning: 2, info: 1, hint: 0 };

function shortFile(file: string): string {
    const name = file.replace(/^file:\/\//, '');
    const slash = name.lastIndexOf('/');
    return slash >= 0 ? name.slice(slash + 1) : name;
}
