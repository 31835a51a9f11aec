import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built command, run exactly as `npx autonomy` runs it. */
export const BIN = fileURLToPath(new URL('../bin/autonomy.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const BUILT = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export interface CliRun {
    code: number | null;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    cwd?: string;
    env?: Record<string, string>;
    /**
     * Run without the power to read files whatever their mode. Root has it, so
     * there the CLI runs under setpriv with that capability dropped: still root,
     * so it can run Node wherever the checkout sits (a mode-700 home included).
     */
    obeyFileModes?: boolean;
}

/** Root's capabilities that bypass file modes; dropped from the bounding and inheritable sets. */
const BYPASS_FILE_MODES = '-dac_override,-dac_read_search';

/** Fails loudly when the CLI has not been built, rather than with a confusing child-process error. */
export function requireBuiltCli(): void {
    if (!existsSync(BUILT)) {
        throw new Error(`The CLI is not built (${BUILT} is missing). Run \`npx tsc -b packages/cli\` first.`);
    }
}

/**
 * Runs the CLI in a child process with this test's Node. Colour variables are
 * cleared so output is what a pipe would get unless a test sets them.
 */
export function runCli(args: string[], options: RunOptions = {}): CliRun {
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && !['FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS'].includes(key)) {
            env[key] = value;
        }
    }
    const asRoot = options.obeyFileModes === true && process.getuid?.() === 0;
    const [command, commandArgs] = asRoot
        ? ['setpriv', ['--bounding-set', BYPASS_FILE_MODES, '--inh-caps', BYPASS_FILE_MODES, '--', process.execPath, BIN, ...args]]
        : [process.execPath, [BIN, ...args]];
    const result = spawnSync(command, commandArgs, {
        cwd: options.cwd ?? FIXTURES,
        env: { ...env, ...options.env },
        encoding: 'utf8',
        timeout: 60_000
    });
    if (result.error) {
        throw result.error;
    }
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** 1-based line and column of the first occurrence of `text` in a file's content. */
export function positionOf(content: string, text: string): { line: number; column: number } {
    const lines = content.split(/\r?\n/);
    const index = lines.findIndex(l => l.includes(text));
    if (index < 0) {
        throw new Error(`'${text}' is not in the fixture`);
    }
    return { line: index + 1, column: lines[index].indexOf(text) + 1 };
}
