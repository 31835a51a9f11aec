import { type FileReport, plural, type Tally } from '../diagnostics.js';

const COMMANDS = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

/**
 * GitHub Actions workflow commands: each diagnostic becomes an annotation on
 * the pull request's changed line. Paths are relative to the working
 * directory, which in a workflow is the repository root.
 */
export function formatGithub(reports: FileReport[], counts: Tally): string {
    const out: string[] = [];
    for (const d of reports.flatMap(r => r.diagnostics)) {
        const properties = [
            `file=${escapeProperty(d.file)}`,
            `line=${d.line}`,
            `col=${d.column}`,
            `endLine=${d.endLine}`,
            `endColumn=${d.endColumn}`,
            `title=${escapeProperty(d.code)}`
        ].join(',');
        out.push(`::${COMMANDS[d.severity]} ${properties}::${escapeData(d.message)}`);
    }
    out.push(`autonomy validate: ${plural(counts.files, 'file')} checked, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}.`);
    return out.join('\n') + '\n';
}

// The runner decodes these escapes; without them a newline or comma in a
// message would cut the annotation short.
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
