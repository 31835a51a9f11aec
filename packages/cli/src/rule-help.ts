/** What a diagnostic code means and how to fix it, for SARIF rule metadata. */
export interface RuleHelp {
    summary: string;
    help: string;
}

// Langium raises these itself, before any check of ours runs.
const PARSER_RULES: Record<string, RuleHelp> = {
    'lexing-error': {
        summary: 'Unrecognised characters',
        help: 'The text contains characters the language does not know. Remove them, or put them inside a "quoted title".'
    },
    'parsing-error': {
        summary: 'Syntax error',
        help: 'The text does not follow the grammar at this point. Compare it with the language reference in the README; a missing brace or keyword is the usual cause.'
    },
    'linking-error': {
        summary: 'Unresolved name',
        help: 'The name does not refer to anything declared in this file or in the files it imports. Check the spelling, declare it, or import the file that declares it.'
    }
};

/** Help for a code; codes without an entry get a pointer to the documented table of codes. */
export function ruleHelp(code: string): RuleHelp {
    return PARSER_RULES[code] ?? {
        summary: sentenceFrom(code),
        help: `Autonomy diagnostic "${code}". docs/diagnostics.md says what it means and how to fix it; the message names the things involved.`
    };
}

function sentenceFrom(code: string): string {
    const words = code.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}
