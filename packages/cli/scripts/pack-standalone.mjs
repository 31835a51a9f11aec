#!/usr/bin/env node
// Packs the CLI as one npm tarball that installs on its own (`npm install -g
// autonomy-cli-<version>.tgz`), without this repository: the workspace packages
// it uses (@autonomy/*, never published) are bundled inside it, and their
// third-party dependencies become the tarball's own, installed from the npm
// registry as usual. Needs a build first (`npm run build`).
//
//   node packages/cli/scripts/pack-standalone.mjs [--out <folder>]
//
// Prints the tarball's path.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const repo = resolve(packages, '..');
const outArg = process.argv.indexOf('--out');
const out = resolve(outArg > 0 ? process.argv[outArg + 1] : process.cwd());

const readJson = path => JSON.parse(readFileSync(path, 'utf8'));
const cli = readJson(join(packages, 'cli/package.json'));

/** The @autonomy packages the CLI needs, directly or through each other. */
function workspaceClosure(names, seen = new Set()) {
    for (const name of names) {
        if (seen.has(name)) continue;
        seen.add(name);
        const manifest = readJson(join(packages, name.replace('@autonomy/', ''), 'package.json'));
        workspaceClosure(Object.keys(manifest.dependencies ?? {}).filter(d => d.startsWith('@autonomy/')), seen);
    }
    return [...seen];
}

const bundled = workspaceClosure(Object.keys(cli.dependencies).filter(d => d.startsWith('@autonomy/'))).sort();
const stage = join(mkdtempSync(join(tmpdir(), 'autonomy-pack-')), 'autonomy-cli');
const thirdParty = {};
const copyBuilt = (from, to, extra = []) => {
    if (!existsSync(join(from, 'dist'))) {
        console.error(`${from}/dist is missing: run \`npm run build\` at the repository root first.`);
        process.exit(1);
    }
    mkdirSync(to, { recursive: true });
    for (const entry of ['package.json', 'dist', ...extra]) {
        cpSync(join(from, entry), join(to, entry), { recursive: true, filter: src => !src.endsWith('.tsbuildinfo') });
    }
};

copyBuilt(join(packages, 'cli'), stage, ['bin']);
for (const name of bundled) {
    const dir = join(packages, name.replace('@autonomy/', ''));
    const manifest = readJson(join(dir, 'package.json'));
    const target = join(stage, 'node_modules', name);
    copyBuilt(dir, target, manifest.bin ? ['bin'] : []);
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
        if (!dep.startsWith('@autonomy/')) thirdParty[dep] = range;
    }
    // npm counts the dependencies of a bundled package as part of the bundle and
    // does not fetch them (it leaves empty folders), so the tarball's own
    // manifest declares them instead and the bundled copies declare none; Node
    // finds them one level up.
    const rest = Object.fromEntries(Object.entries(manifest).filter(([key]) => !['dependencies', 'devDependencies', 'scripts'].includes(key)));
    writeFileSync(join(target, 'package.json'), JSON.stringify(rest, null, 2) + '\n');
}
// The pages the report's appendix and the SARIF rule help quote, which a
// repository checkout finds in docs/.
cpSync(join(repo, 'docs/formulas.md'), join(stage, 'node_modules/@autonomy/report/docs/formulas.md'));
cpSync(join(repo, 'docs/diagnostics.md'), join(stage, 'docs/diagnostics.md'));

const manifest = {
    name: 'autonomy-cli',
    version: cli.version,
    description: 'The autonomy command: validate, analyse and report on .autonomy strategy models; and its language server',
    type: 'module',
    license: readJson(join(repo, 'package.json')).license ?? 'UNLICENSED',
    engines: { node: '>=22' },
    bin: {
        autonomy: 'bin/autonomy.js',
        'autonomy-language-server': 'node_modules/@autonomy/language-server/bin/autonomy-language-server.js'
    },
    dependencies: {
        ...Object.fromEntries(Object.entries(cli.dependencies).filter(([dep]) => !dep.startsWith('@autonomy/'))),
        ...thirdParty,
        ...Object.fromEntries(bundled.map(name => [name, readJson(join(stage, 'node_modules', name, 'package.json')).version]))
    },
    bundleDependencies: bundled
};
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
mkdirSync(out, { recursive: true });
const file = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: stage, encoding: 'utf8' }).trim().split('\n').pop();
rmSync(dirname(stage), { recursive: true, force: true });
console.log(join(out, file));
