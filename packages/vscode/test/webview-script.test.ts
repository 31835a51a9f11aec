/**
 * The previews' script as esbuild.mjs bundles it (out/webview/preview.js),
 * run in Debian's chromium inside the preview page with its strict CSP, with
 * VS Code's webview API stood in for: it must load under the nonce, show what
 * the extension posts, keep the last good report under an error, and ask the
 * editor to reveal what is clicked.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { shellHtml } from '../src/extension/webview-html.js';
import { bundleIntoTemp } from './server-session.js';

interface Posted { type: string; line?: number; character?: number; uri?: string }
declare global {
    interface Window { posted: Posted[] }
}

let bundle: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
    bundle = bundleIntoTemp();
    const html = shellHtml({ cspSource: 'file:', nonce: 'T3stNonce', title: 'Report: test', scriptUri: 'webview/preview.js', shellCss: 'body{margin:0}' });
    writeFileSync(join(bundle, 'preview.html'), html);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    await page.addInitScript(() => {
        window.posted = [];
        let state: unknown;
        Object.assign(window, {
            acquireVsCodeApi: () => ({
                postMessage: (message: Posted) => { window.posted.push(message); },
                getState: () => state,
                setState: (next: unknown) => { state = next; }
            })
        });
    });
    await page.goto(pathToFileURL(join(bundle, 'preview.html')).toString());
}, 120_000);

afterAll(async () => {
    await browser?.close();
    rmSync(bundle, { recursive: true, force: true });
});

const post = (message: object) => page.evaluate(m => window.postMessage(m, '*'), message);
const posted = () => page.evaluate(() => window.posted);

describe('the preview webview script', () => {
    test('is allowed by the page\'s CSP (by its nonce) and says it is ready', async () => {
        await expect.poll(posted).toContainEqual({ type: 'ready' });
        expect(errors).toEqual([]);
    });

    test('shows the report the extension posts, with its styles', async () => {
        await post({ type: 'update', css: 'h1{color:rgb(200, 0, 0)}', body: '<h1>North Locality</h1><p data-line="3" data-character="2" tabindex="0">Riverside Surgery</p>' });
        await page.locator('body[data-ready="true"]').waitFor();
        expect(await page.locator('#content h1').textContent()).toBe('North Locality');
        expect(await page.locator('#content h1').evaluate(e => getComputedStyle(e).color)).toBe('rgb(200, 0, 0)');
        expect(await page.locator('#status').textContent()).toBe('');
    });

    test('keeps the last good report visible under an error', async () => {
        await post({ type: 'error', error: 'Line 3: unknown practice' });
        await expect.poll(() => page.locator('#status').textContent()).toBe('Line 3: unknown practice');
        expect(await page.locator('#status').getAttribute('class')).toBe('error');
        expect(await page.locator('#content h1').textContent()).toBe('North Locality');
    });

    test('asks the editor to reveal the source of what is clicked', async () => {
        await page.locator('[data-line]').click();
        await expect.poll(posted).toContainEqual({ type: 'reveal', line: 3, character: 2, uri: undefined });
        expect(errors).toEqual([]);
    });
});
