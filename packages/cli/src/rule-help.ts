import { existsSync, readFileSync } from 'node:fs';

/** What a diagnostic code means and how to fix it, for SARIF rule metadata. */
export interface RuleHelp {
    summary: string;
    help: string;
    markdown: string;
}

// docs/diagnostics.md is the one place codes are explained (a language test
// keeps it in step with the code), so the CLI reads it rather than restating it:
// from the repository, or from the copy a standalone tarball carries
// (scripts/pack-standalone.mjs).
const DIAGNOSTICS_DOCS = [new URL('../../../docs/diagnostics.md', import.meta.url), new URL('../docs/diagnostics.md', import.meta.url)];

let table: Map<string, { meaning: string; fix: string }> | undefined;

/** Help for a code, from docs/diagnostics.md; a generic pointer when the page or the code is not there. */
export function ruleHelp(code: string): RuleHelp {
    const entry = documentedCodes().get(code);
    if (!entry) {
        return {
            summary: sentenceFrom(code),
            help: `Autonomy diagnostic "${code}". docs/diagnostics.md says what it means and how to fix it; the message names the things involved.`,
            markdown: `Autonomy diagnostic \`${code}\`. See docs/diagnostics.md.`
        };
    }
    const plain = (text: string) => text.replace(/`/g, '');
    return {
        summary: plain(firstSentence(entry.meaning)),
        help: `${plain(entry.meaning)} How to fix it: ${plain(entry.fix)}`,
        markdown: `${entry.meaning}\n\n**How to fix it:** ${entry.fix}`
    };
}

/** Rows of the form | `code` | severity | what it means | how to fix it | quick fix |. */
function documentedCodes(): Map<string, { meaning: string; fix: string }> {
    if (table) {
        return table;
    }
    table = new Map();
    const doc = DIAGNOSTICS_DOCS.find(url => existsSync(url));
    if (!doc) {
        return table;
    }
    const text = readFileSync(doc, 'utf8');
    for (const line of text.split('\n')) {
        const cells = line.split('|').map(c => c.trim());
        const code = /^`([a-z0-9-]+)`$/.exec(cells[1] ?? '')?.[1];
        if (code && cells.length >= 6) {
            table.set(code, { meaning: cells[3], fix: cells[4] });
        }
    }
    return table;
}

function firstSentence(text: string): string {
    const match = /^(.+?[.!?])(\s|$)/.exec(text);
    return match ? match[1] : text;
}

function sentenceFrom(code: string): string {
    const words = code.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}
