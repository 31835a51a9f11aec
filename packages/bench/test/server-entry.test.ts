/**
 * The benchmark measures the server users run: the extension's bundle when it
 * has been built, else the language package's build of the same entry point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_SERVER_ENTRY, describeServerEntry, findServerEntry, LANGUAGE_SERVER_ENTRY, REPO_ROOT } from '../src/language-server-client.js';

describe('language server entry', () => {
    it('the bundled entry is the file the extension starts and esbuild writes', () => {
        const client = readFileSync(REPO_ROOT + 'packages/vscode/src/extension/language-client.ts', 'utf8');
        expect(client).toContain(`asAbsolutePath('${BUNDLED_SERVER_ENTRY.replace('packages/vscode/', '')}')`);
        const esbuild = readFileSync(REPO_ROOT + 'packages/vscode/esbuild.mjs', 'utf8');
        expect(esbuild).toMatch(/entryPoints: \{ server: /);
        expect(LANGUAGE_SERVER_ENTRY).toBe('packages/language-server/dist/main.js');
    });

    it('prefers the bundle when it is built, else the language build', () => {
        const entry = findServerEntry();
        const expected = existsSync(REPO_ROOT + BUNDLED_SERVER_ENTRY) ? BUNDLED_SERVER_ENTRY
            : existsSync(REPO_ROOT + LANGUAGE_SERVER_ENTRY) ? LANGUAGE_SERVER_ENTRY : undefined;
        expect(entry === undefined ? undefined : entry.slice(REPO_ROOT.length)).toBe(expected);
        if (entry) {
            expect(describeServerEntry(entry)).toContain(expected);
        }
    });
});
