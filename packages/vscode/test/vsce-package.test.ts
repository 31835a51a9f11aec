import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run package:vscode` packs through scripts/vsce-package.mjs, which fails
// when vsce prints a warning. Tried here on a small extension, with vsce itself.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; repository?: unknown };
const folders: string[] = [];
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })));

/** A minimal extension folder: everything vsce asks for, less what `leaveOut` names. */
function extension(leaveOut: 'repository' | 'LICENSE' | undefined): string {
    const folder = mkdtempSync(join(tmpdir(), 'vsce-probe-'));
    folders.push(folder);
    const packageJson: Record<string, unknown> = {
        name: 'probe', publisher: 'autonomy-tools', version: '0.0.1', license: 'MIT', engines: { vscode: '^1.91.0' },
        repository: manifest.repository
    };
    if (leaveOut === 'repository') {
        delete packageJson.repository;
    }
    writeFileSync(join(folder, 'package.json'), JSON.stringify(packageJson));
    writeFileSync(join(folder, 'README.md'), '# Probe\n\nAn extension the packaging check is tried on.\n');
    writeFileSync(join(folder, '.vscodeignore'), '*.vsix\n');
    if (leaveOut !== 'LICENSE') {
        writeFileSync(join(folder, 'LICENSE'), 'MIT License\n');
    }
    return folder;
}

function pack(folder: string): { status: number | null; stderr: string; vsix: string } {
    const vsix = join(folder, 'probe.vsix');
    const run = spawnSync(process.execPath, [join(root, 'scripts/vsce-package.mjs'), vsix, '--cwd', folder], { encoding: 'utf8' });
    return { status: run.status, stderr: run.stderr, vsix };
}

describe('packaging the .vsix', () => {
    it('packs an extension that states what vsce asks for, with no warning', () => {
        const { status, stderr, vsix } = pack(extension(undefined));
        expect(stderr).not.toMatch(/WARNING/);
        expect(status).toBe(0);
        expect(existsSync(vsix)).toBe(true);
    }, 120_000);

    it.each([
        ['repository' as const, 'A \'repository\' field is missing'],
        ['LICENSE' as const, 'LICENSE, LICENSE.md, or LICENSE.txt not found']
    ])('fails when vsce warns (no %s)', (leaveOut, warning) => {
        const { status, stderr } = pack(extension(leaveOut));
        expect(stderr).toContain(warning);
        expect(stderr).toContain('the .vsix must package without warnings');
        expect(status).toBe(1);
    }, 120_000);

    it('runs vsce through that check, with no flag that bypasses one of vsce\'s checks', () => {
        const script = manifest.scripts.package;
        expect(script).toContain('node scripts/vsce-package.mjs');
        expect(script).not.toMatch(/\bvsce package\b/);
        expect(readFileSync(join(root, 'scripts/vsce-package.mjs'), 'utf8')).not.toMatch(/--allow-|--skip-/);
        // vsce also reads its options from package.json's "vsce" field.
        expect(JSON.stringify(manifest)).not.toMatch(/allowMissingRepository|skipLicense|allowStarActivation/);
    });
});
