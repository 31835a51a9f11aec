/**
 * CLI throughput: `autonomy validate` over a folder of many small models in
 * one invocation, as CI runs it on every push.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateModel } from './generate-model.js';
import { REPO_ROOT } from './language-server-client.js';

export interface CliThroughput {
    files?: number;
    lines?: number;
    ms?: number;
    exitCode?: number | null;
    note?: string;
}

export const CLI_ENTRY = join(REPO_ROOT, 'packages/cli/bin/autonomy.js');

export function measureCliThroughput(options: { files: number; linesPerFile: number; seed: number }): CliThroughput {
    if (!existsSync(CLI_ENTRY) || !existsSync(join(REPO_ROOT, 'packages/cli/dist'))) {
        return { note: 'the CLI is not built (packages/cli/bin/autonomy.js or packages/cli/dist missing)' };
    }
    const folder = mkdtempSync(join(tmpdir(), 'autonomy-cli-'));
    let lines = 0;
    try {
        for (let i = 0; i < options.files; i++) {
            const model = generateModel({ lines: options.linesPerFile, seed: options.seed + i, singleFile: true });
            writeFileSync(join(folder, `model-${i.toString().padStart(4, '0')}.autonomy`), model.files[0].text);
            lines += model.lines;
        }
        const start = performance.now();
        const run = spawnSync(process.execPath, [CLI_ENTRY, 'validate', folder, '--quiet'], {
            cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000
        });
        const ms = performance.now() - start;
        if (run.error || (run.status !== 0 && run.status !== 1)) {
            return { note: `autonomy validate failed (exit ${run.status}): ${(run.error?.message ?? run.stderr).split('\n')[0]}` };
        }
        return { files: options.files, lines, ms, exitCode: run.status };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
