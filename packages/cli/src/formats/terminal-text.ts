/**
 * Text for people, made safe to print. Model text (titles, names, messages,
 * the offending line) and file names reach terminals and CI logs, where a
 * control character can move the cursor or rewrite the screen, and a line
 * starting with `::` is a GitHub Actions workflow command (`##[` and `##vso[`
 * are the older runners' and Azure Pipelines'). Every human format passes its
 * values through `printable` and its whole output through `neutraliseOutput`.
 */

// DEL, C1, the Unicode line and paragraph separators, and the bidirectional overrides and isolates.
const BEYOND_C0 = '\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
/** Controls that act on a terminal: C0 but tab and newline, and the rest. */
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f${BEYOND_C0}]`, 'g');
/** The same, and newline: for a value that must stay on its line. */
const CONTROL_BUT_TAB = new RegExp(`[\\u0000-\\u0008\\u000a-\\u001f${BEYOND_C0}]`, 'g');
/** The same, and tab. */
const CONTROL_ALL = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');
// The colour codes our own palette writes (SGR: ESC [ digits m); they change colour only.
// eslint-disable-next-line no-control-regex
const COLOUR_CODE = /\u001b\[[0-9;]*m/g;
// A line the CI runner would read as a command, once leading spaces and colour codes are skipped.
// eslint-disable-next-line no-control-regex
const RUNNER_COMMAND = /^(?:\s|\u001b\[[0-9;]*m)*(?:::|##\[|##vso\[)/;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** How a control character is shown: `\n`, `\r`, `\t`, else `\u{1b}` and the like. */
function shown(char: string): string {
    return NAMED[char] ?? `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`;
}

/**
 * A value for one line of output: every control character, newlines and tabs
 * included, shown as an escape (`\n`, `\u{1b}`) instead of acting. Keep tabs
 * only where they line things up (the offending source line above its caret).
 */
export function printable(value: string, keepTabs = false): string {
    return value.replace(keepTabs ? CONTROL_BUT_TAB : CONTROL_ALL, shown);
}

/**
 * The whole output, last: any control character left (other than newline,
 * tab and our colour codes) shown as an escape, and every line a CI runner
 * would take for a command marked with a leading backslash so it prints as text.
 */
export function neutraliseOutput(text: string): string {
    const escaped = text.split(COLOUR_CODE).map(part => part.replace(CONTROL, shown));
    const colours = text.match(COLOUR_CODE) ?? [];
    const joined = escaped.reduce((out, part, i) => out + (i > 0 ? colours[i - 1] : '') + part, '');
    return joined.split('\n').map(line => RUNNER_COMMAND.test(line) ? `\\${line}` : line).join('\n');
}
