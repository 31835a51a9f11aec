/**
 * One vocabulary for formats (issue 17): every command that writes Markdown
 * calls it `markdown`, as the report and the editor protocol do, and takes
 * `md` as the same thing.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, runCli } from './run-cli.js';

const example = (name: string) => fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));
const NORTH = example('north-locality.autonomy');
const WESTBROOK = ['westbrook/vote.autonomy', 'westbrook/consensus.autonomy'].map(example);

beforeAll(requireBuiltCli);

/** Each case starts the CLI three times; on a shared, loaded machine one start can take seconds. */
const SLOW = 180_000;

describe.each([
    ['report', ['report', '-o', '-', '--date', '2026-12-01', NORTH], 'pdf, html, markdown, json'],
    ['deal', ['deal', NORTH], 'pretty, json, markdown'],
    ['sensitivity', ['sensitivity', '--date', '2026-12-01', NORTH], 'pretty, json, markdown'],
    ['compare', ['compare', '--date', '2026-12-01', ...WESTBROOK], 'pretty, pdf, html, markdown, json']
])('autonomy %s', (_command, args, listed) => {
    it('writes the same Markdown for --format markdown and --format md, and lists markdown among its formats', () => {
        const long = runCli([...args, '--format', 'markdown']);
        expect(long.stderr).toBe('');
        expect(long.code).toBe(0);
        expect(long.stdout).toMatch(/^#+ /m);
        const short = runCli([...args, '--format', 'md']);
        expect(short.code).toBe(0);
        expect(short.stdout).toBe(long.stdout);
        const wrong = runCli([...args, '--format', 'docx']);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr).toContain(`--format must be one of ${listed}, not 'docx'`);
    }, SLOW);
});
