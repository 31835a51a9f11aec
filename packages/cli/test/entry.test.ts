import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../src/main.js';
import { BIN } from './run-cli.js';

function capture() {
    const chunks: string[] = [];
    return { chunks, stream: { write: (text: string | Uint8Array) => chunks.push(String(text)) } };
}

describe('the entry point', () => {
    it('turns an unexpected failure into one line and exit code 3, with the stack only under AUTONOMY_DEBUG', async () => {
        const failing = { write: () => { throw new Error('disk on fire'); } };
        const quiet = capture();
        expect(await run(['--version'], { cwd: process.cwd(), env: {}, stdout: failing, stderr: quiet.stream })).toBe(3);
        expect(quiet.chunks.join('')).toMatch(/^autonomy: internal error: disk on fire\. This is a bug/);
        expect(quiet.chunks.join('')).not.toMatch(/\n\s+at /);
        const debug = capture();
        await run(['--version'], { cwd: process.cwd(), env: { AUTONOMY_DEBUG: '1' }, stdout: failing, stderr: debug.stream });
        expect(debug.chunks.join('')).toMatch(/\n\s+at /);
    });

    it('prints the overview and exits 2 when called with no command', async () => {
        const out = capture();
        expect(await run([], { cwd: process.cwd(), env: {}, stdout: out.stream, stderr: capture().stream })).toBe(2);
        expect(out.chunks.join('')).toContain('autonomy validate');
    });

    // The bin refuses Node older than 22 with a message; this needs an old Node to run it with.
    const oldNode = ['/usr/bin/node', '/usr/local/bin/node'].find(p => {
        if (!existsSync(p)) return false;
        const version = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim();
        return Number(version.replace(/^v/, '').split('.')[0]) < 22;
    });
    if (!oldNode) {
        console.warn('SKIPPED: no Node older than 22 on this machine, so the old-Node message of bin/autonomy.js is not exercised.');
    }
    it.skipIf(!oldNode)('on Node older than 22 says which Node is needed, exit 2, no stack trace', () => {
        const result = spawnSync(oldNode!, [BIN, 'validate', '.'], { encoding: 'utf8' });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^autonomy: needs Node\.js 22 or newer; this is Node \d+\./);
    });
});
