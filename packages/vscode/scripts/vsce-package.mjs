// Packs the extension with vsce and fails when vsce warns. vsce answers its own
// "Do you want to continue? [y/N]" with yes when its output is not a terminal,
// so a warning (a missing repository field, licence or .vscodeignore) would
// otherwise scroll past in CI and the .vsix be made anyway.
//
//   node scripts/vsce-package.mjs <out.vsix> [--cwd <extension folder>]
//
// The two options passed are not bypasses of a check (docs/vscode.md, "Packaging"):
// --no-dependencies: esbuild bundles every dependency into out/*.cjs, so there
// are no node_modules to pack; --no-rewrite-relative-links: the README's images
// are files inside the .vsix, and there is no public repository whose URL vsce
// could put in front of them.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const args = process.argv.slice(2);
const cwdAt = args.indexOf('--cwd');
const cwd = cwdAt >= 0 ? resolve(args[cwdAt + 1]) : join(dirname(fileURLToPath(import.meta.url)), '..');
const out = args.find((arg, i) => !arg.startsWith('--') && (cwdAt < 0 || i !== cwdAt + 1));
if (!out) {
    console.error('usage: node scripts/vsce-package.mjs <out.vsix> [--cwd <extension folder>]');
    process.exit(2);
}

// GITHUB_ACTIONS would turn vsce's warnings into "::warning::" workflow commands; the check reads both forms.
const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', resolve(out)],
    { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
if (run.status !== 0) {
    console.error(`vsce package failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
}
// eslint-disable-next-line no-control-regex -- vsce colours its labels unless told not to
const lines = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '').split(/\r?\n/);
const warnings = lines.filter(line => /^\s*WARNING\b|^::warning::/.test(line));
if (warnings.length > 0) {
    console.error(`vsce warned while packaging ${out}; the .vsix must package without warnings. `
        + `Fix the cause (docs/vscode.md, "Packaging") rather than adding a bypass flag:\n  ${warnings.join('\n  ')}`);
    process.exit(1);
}
