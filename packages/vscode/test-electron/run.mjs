// Runs the integration suite in a real VS Code downloaded by @vscode/test-electron.
// Where VS Code cannot be downloaded (no internet, as on the build machine) it
// says so loudly and exits 0; any other failure -- including a failing test --
// exits 1. Set VSCODE_EXECUTABLE to use an installed VS Code instead.
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const extensionDir = join(here, '..');
const repo = join(extensionDir, '../..');
const NETWORK_ERRORS = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|timed out/i;
const DOWNLOAD_TIMEOUT_MS = Number(process.env.VSCODE_DOWNLOAD_TIMEOUT_MS ?? 120_000);

function skip(reason) {
    const bar = '='.repeat(78);
    console.log(`\n${bar}\nSKIPPED: VS Code cannot be downloaded on this machine; run \`npm run test:vscode\` on a machine with internet.\n`
        + `Reason: ${reason}\nThe code-server end-to-end test (npm run test:e2e) covers the real editor here.\n${bar}\n`);
    process.exit(0);
}

async function vscodeExecutable() {
    if (process.env.VSCODE_EXECUTABLE) {
        return process.env.VSCODE_EXECUTABLE;
    }
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`download timed out after ${DOWNLOAD_TIMEOUT_MS / 1000} s`)), DOWNLOAD_TIMEOUT_MS);
    });
    try {
        return await Promise.race([downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? 'stable' }), timeout]);
    } catch (error) {
        const message = error instanceof Error ? `${error.message} ${error.cause?.message ?? ''}` : String(error);
        if (NETWORK_ERRORS.test(message)) {
            skip(message.trim());
        }
        throw error;
    } finally {
        clearTimeout(timer);
    }
}

function scenarioWorkspace() {
    const workspace = mkdtempSync(join(tmpdir(), 'autonomy-test-electron-'));
    mkdirSync(workspace, { recursive: true });
    const source = readFileSync(join(repo, 'examples/north-locality.autonomy'), 'utf8');
    const text = source.replace('decides by consensus', 'decides by majority-vote');
    if (text === source) {
        throw new Error('examples/north-locality.autonomy no longer has "decides by consensus"; update test-electron/run.mjs');
    }
    writeFileSync(join(workspace, 'north-locality-vote.autonomy'), text);
    return workspace;
}

try {
    const executable = await vscodeExecutable();
    // The suite tests the bundles as the .vsix ships them.
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: extensionDir, stdio: 'inherit' });
    await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: extensionDir,
        extensionTestsPath: join(here, 'suite', 'index.cjs'),
        launchArgs: [scenarioWorkspace(), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome']
    });
    console.log('test-electron: all integration tests passed');
} catch (error) {
    console.error(`test-electron FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
}
