import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, requireBuiltCli } from './run-cli.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/north-locality.autonomy', import.meta.url));
// util-linux `script` runs a command on a pseudo-terminal: the only way to see what a person at a terminal sees.
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasScript) {
    console.warn('SKIPPED: `script` (util-linux) is not installed, so the terminal behaviour of the CLI (colour, default formats) is not tested.');
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function onTerminal(args: string[], env: Record<string, string> = {}): string {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['FORCE_COLOR', 'NO_COLOR'].includes(k)));
    const command = [process.execPath, BIN, ...args].map(quote).join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: FIXTURES, env: { ...clean, ...env }, encoding: 'utf8' });
    return result.stdout;
}

beforeAll(requireBuiltCli);

describe.skipIf(!hasScript)('on a terminal', () => {
    it('validate uses colour, and none with NO_COLOR', () => {
        expect(onTerminal(['validate', 'errors/unresolved.autonomy'])).toContain('\u001b[31m');
        expect(onTerminal(['validate', 'errors/unresolved.autonomy'], { NO_COLOR: '1' })).not.toContain('\u001b[');
    });

    it('analyse prints tables, not JSON, by default', () => {
        const output = onTerminal(['analyse', EXAMPLE], { NO_COLOR: '1' });
        expect(output).toContain('Practices: the autonomy paradox');
        expect(output.trimStart().startsWith('{')).toBe(false);
    });
});
