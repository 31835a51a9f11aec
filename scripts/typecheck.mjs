// Type-checks every package's sources and tests: each packages/*/tsconfig.test.json,
// found by glob so a new package is checked as soon as it has one (and named if it lacks one).
// Run after `npm run build`: tests import the other packages through their built declarations.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter(entry => entry.isDirectory() && existsSync(join(root, 'packages', entry.name, 'package.json')))
    .map(entry => `packages/${entry.name}`);

const missing = packages.filter(dir => !existsSync(join(root, dir, 'tsconfig.test.json')));
if (missing.length > 0) {
    for (const dir of missing) {
        console.error(`typecheck: ${dir} has no tsconfig.test.json, so its tests are not type-checked. ` +
            `Add one that covers src and test (copy packages/cli/tsconfig.test.json).`);
    }
    process.exit(1);
}

function check(dir) {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [tsc, '-p', join(dir, 'tsconfig.test.json'), '--pretty', 'false'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', chunk => { output += chunk; });
        child.stderr.on('data', chunk => { output += chunk; });
        child.on('close', code => resolve({ dir, ok: code === 0, output }));
    });
}

// Two at a time: CI and developers' machines have two cores.
const queue = [...packages];
const failed = [];
const started = process.hrtime.bigint();
await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, async () => {
    for (let dir = queue.shift(); dir; dir = queue.shift()) {
        const result = await check(dir);
        if (!result.ok) {
            failed.push(result);
        }
    }
}));
for (const { output } of failed) {
    process.stderr.write(output);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`typecheck: ${packages.length - failed.length} of ${packages.length} packages type-check (sources and tests), ${seconds.toFixed(1)} s`);
process.exit(failed.length > 0 ? 1 : 0);
