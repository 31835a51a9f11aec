// End-to-end test in a real VS Code workbench on this machine: packages the
// extension, installs it into code-server, drives the workbench with headless
// Chromium, saves screenshots to artifacts/e2e/ and prints a clear result.
// Run from the repository root: npm run test:e2e
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { checks, VOTE_CODE } from './checks.mjs';
import {
    ensureCodeServer, freePort, installExtension, prepareProfile, startCodeServer, stopProcessGroup, waitForHealth
} from './code-server.mjs';
import { Workbench } from './workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const artifacts = join(repo, 'artifacts', 'e2e');
const cache = join(repo, '.cache');
const vsix = join(repo, 'packages/vscode/autonomy-vscode.vsix');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const overallTimeoutMs = Number(process.env.AUTONOMY_E2E_TIMEOUT_MS ?? 15 * 60_000);
const started = Date.now();
const log = message => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

let codeServer;
let browser;
let scratch;

async function cleanUp() {
    await browser?.close().catch(() => undefined);
    await stopProcessGroup(codeServer);
    if (scratch && !process.env.AUTONOMY_E2E_KEEP) {
        rmSync(scratch, { recursive: true, force: true });
    }
}

function finish(code, message) {
    console.log(`\n${message}`);
    void cleanUp().finally(() => setTimeout(() => process.exit(code), 300));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => finish(1, `E2E FAILED: interrupted by ${signal}`));
}

/** The scenario: the shipped example, deciding by vote so there is a warning and a quick fix. */
function scenario() {
    const source = readFileSync(join(repo, 'examples/north-locality.autonomy'), 'utf8');
    const text = source.replace('decides by consensus', 'decides by majority-vote');
    if (text === source) {
        throw new Error('examples/north-locality.autonomy no longer has "decides by consensus"; update packages/vscode/e2e/run.mjs');
    }
    const practice = /practice (\w+) "([^"]+)" \{\s*list size ([\d,]+)/.exec(source);
    return {
        text,
        model: {
            title: /model "([^"]+)"/.exec(source)[1],
            practice: practice[1],
            practiceTitle: practice[2],
            listSize: practice[3],
            practiceCount: source.match(/^practice \w+/gm).length
        }
    };
}

async function main() {
    if (!existsSync(chromiumPath)) {
        throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
    }
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });

    if (!process.env.AUTONOMY_E2E_SKIP_PACKAGE) {
        log('Packaging the extension (npm run package:vscode)...');
        execFileSync('npm', ['run', '--silent', 'package:vscode'], { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
    }
    if (!existsSync(vsix)) {
        throw new Error(`${vsix} is missing: run npm run package:vscode`);
    }
    const bin = ensureCodeServer({ repo, cache, log });
    // The limit is for the test, not for the one-off install above: on a loaded machine npm alone took 13 minutes.
    const overall = setTimeout(() => finish(1, `E2E FAILED: timed out after ${overallTimeoutMs / 1000} s (after code-server was installed)`), overallTimeoutMs);
    overall.unref();

    scratch = mkdtempSync(join(tmpdir(), 'autonomy-e2e-'));
    const workspace = join(scratch, 'workspace');
    mkdirSync(workspace);
    const { text, model } = scenario();
    const modelFile = 'north-locality-vote.autonomy';
    writeFileSync(join(workspace, modelFile), text);
    const dirs = prepareProfile(join(scratch, 'profile'));
    const node = process.execPath; // Node 24: npm scripts put it first on PATH

    log('Installing the .vsix with --install-extension...');
    const installed = installExtension({ bin, dirs, vsix, node });
    if (!/successfully installed/i.test(installed)) {
        throw new Error(`code-server did not install the extension:\n${installed}`);
    }

    const port = await freePort();
    const serverLog = join(scratch, 'code-server.log');
    codeServer = startCodeServer({ bin, dirs, port, node, logFile: openSync(serverLog, 'a') });
    await waitForHealth(port, 60_000);
    log(`code-server is up on 127.0.0.1:${port} (process group ${codeServer.pid})`);

    browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run']
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const workbench = new Workbench(page, artifacts);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await workbench.waitUntilLoaded();
    log('Workbench loaded');

    const results = [];
    for (const [name, run] of checks({ workbench, workspace, modelFile, model })) {
        const checkStarted = Date.now();
        try {
            const detail = await run();
            results.push({ name, ok: true, detail });
            log(`PASS ${name} -- ${detail} (${Date.now() - checkStarted} ms)`);
        } catch (error) {
            const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
            results.push({ name, ok: false, detail });
            log(`FAIL ${name} -- ${detail}`);
            await workbench.screenshot(`failed-${results.length}`).catch(() => undefined);
            await page.keyboard.press('Escape').catch(() => undefined);
        }
    }
    copyFileSync(serverLog, join(artifacts, 'code-server.log'));
    await browser.close();
    await stopProcessGroup(codeServer);
    results.push(await inHostSuite({ bin, dirs, node, text }));

    writeFileSync(join(artifacts, 'results.json'), JSON.stringify({ vote: VOTE_CODE, results }, null, 2));
    const failed = results.filter(r => !r.ok);
    const summary = results.map(r => `  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}`).join('\n');
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    if (failed.length > 0) {
        finish(1, `E2E FAILED: ${failed.length} of ${results.length} checks failed in ${seconds} s (screenshots in artifacts/e2e/)\n${summary}\ne2e: ${results.length - failed.length} passed, ${failed.length} failed`);
    } else {
        finish(0, `E2E PASSED: ${results.length} checks in a real VS Code workbench (code-server) in ${seconds} s; screenshots in artifacts/e2e/\n${summary}\ne2e: ${results.length} passed, 0 failed`);
    }
}

/**
 * Runs the test-electron suite inside code-server's extension host (code-server
 * refuses --extensionTestsPath; the extension runs the suite when its
 * environment asks). A browser must open the workbench for the host to start.
 */
async function inHostSuite({ bin, dirs, node, text }) {
    const name = 'the test-electron integration suite passes inside the real extension host';
    const workspace = join(scratch, 'suite-workspace');
    mkdirSync(workspace);
    writeFileSync(join(workspace, 'north-locality-vote.autonomy'), text);
    const resultsFile = join(scratch, 'in-host-results.json');
    const port = await freePort();
    const serverLog = join(scratch, 'code-server-suite.log');
    codeServer = startCodeServer({
        bin, dirs, port, node, logFile: openSync(serverLog, 'a'),
        extraEnv: { AUTONOMY_IN_HOST_SUITE: join(repo, 'packages/vscode/test-electron/suite/index.cjs'), AUTONOMY_IN_HOST_RESULTS: resultsFile }
    });
    try {
        await waitForHealth(port, 60_000);
        browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
        const workbench = new Workbench(page, artifacts);
        await workbench.waitUntilLoaded();
        // The extension activates when an .autonomy file opens.
        await workbench.openFile('north-locality-vote.autonomy', 'model "');
        const deadline = Date.now() + 180_000;
        while (!existsSync(resultsFile) && Date.now() < deadline) {
            await page.waitForTimeout(500);
        }
        await workbench.screenshot('07-in-host-suite');
        if (!existsSync(resultsFile)) {
            throw new Error('the suite wrote no results within 180 s');
        }
        const outcome = JSON.parse(readFileSync(resultsFile, 'utf8'));
        writeFileSync(join(artifacts, 'in-host-suite.json'), JSON.stringify(outcome, null, 2));
        const summary = outcome.output.filter(line => /passed, \d+ failed/.test(line)).pop() ?? '';
        outcome.output.filter(line => /^\s+[✓✗]/.test(line)).forEach(line => log(`suite:${line}`));
        if (!outcome.ok) {
            throw new Error(`${outcome.error} (${summary})`);
        }
        log(`PASS ${name} -- ${summary}`);
        return { name, ok: true, detail: summary };
    } catch (error) {
        const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
        log(`FAIL ${name} -- ${detail}`);
        return { name, ok: false, detail };
    } finally {
        copyFileSync(serverLog, join(artifacts, 'code-server-suite.log'));
    }
}

main().catch(error => finish(1, `E2E FAILED: ${error instanceof Error ? error.message : String(error)}`));
