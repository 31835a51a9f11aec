// Benchmark: how fast `autonomy validate` checks many files in one process.
// Generates a shared register of practices and N scenario files that import
// it, runs the built CLI on them, and prints the figures. Not a test: it
// asserts nothing about time. Run with `npm run bench:cli` (Node 24).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/autonomy.js', import.meta.url));
const PRACTICES = 50;
const SIZES = [1, 50, 200, 500];

function register() {
    const lines = ['model "Register" {', '    currency £', '    horizon 5 years', '}', '', 'domain documents "Documents" weight 2', ''];
    for (let i = 0; i < PRACTICES; i++) {
        lines.push(`practice P${i} "Practice ${i}" {`, `    list size ${4000 + i * 150}`, `    sustainability gap £${5000 + i * 100} per year`,
            `    crisis risk ${10 + (i % 30)}%`, '    believes going alone is unsustainable', '}', '');
    }
    return lines.join('\n');
}

function scenario(n) {
    const members = Array.from({ length: 6 }, (_, k) => `P${(n * 7 + k) % PRACTICES}`);
    return [
        'import "register.autonomy"', '',
        `collective C${n} "Network ${n}" {`, '    kind network', `    members ${members.join(', ')}`, '    decides by consensus', '}', '',
        ...members.map(m => `trust ${m} -> C${n} { credibility 7 reliability 6 intimacy 6 self-orientation 3 }`), '',
        `initiative I${n} "Hub ${n}" {`, `    run by C${n}`, `    participants ${members.join(', ')}`, '    cedes documents fully',
        `    current cost ${members.map((m, k) => `${m} £${20000 + k * 1500}`).join(', ')}`,
        '    shared cost £30,000 fixed + £1.50 per patient', '    charged by list size', '    share fairly', '}', ''
    ].join('\n');
}

const results = [];
for (const count of SIZES) {
    const dir = mkdtempSync(path.join(tmpdir(), 'autonomy-bench-'));
    try {
        writeFileSync(path.join(dir, 'register.autonomy'), register());
        for (let n = 0; n < count; n++) {
            writeFileSync(path.join(dir, `scenario-${n}.autonomy`), scenario(n));
        }
        const target = count === 1 ? ['scenario-0.autonomy'] : ['.'];
        const start = process.hrtime.bigint();
        const run = spawnSync(process.execPath, [BIN, 'validate', '--format', 'json', ...target], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        if (run.status === 2 || run.status === 3 || run.status === null) {
            throw new Error(`validate failed (exit ${run.status}): ${run.stderr}`);
        }
        const summary = JSON.parse(run.stdout).summary;
        results.push({ scenarios: count, filesChecked: summary.files, errors: summary.errors, warnings: summary.warnings,
            seconds: seconds.toFixed(2), filesPerSecond: Math.round(summary.files / seconds) });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
console.log(`autonomy validate, one process, scenario files each importing one ${PRACTICES}-practice register (Node ${process.versions.node}):`);
console.table(results);
