/* global document */
// The web edition's start-up and download size: `npm run bench:web` (builds first). A benchmark, not a test:
// it prints figures against the targets. Headless Debian chromium, the page served from 127.0.0.1.
//   --runs N   page loads to time (default 5; the median is reported)
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveFolder } from '../scripts/serve.mjs';

const DOWNLOAD_TARGET_BYTES = 3 * 1024 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
    console.error(`bench:web: --runs takes a whole number of page loads, 1 or more, not '${values.runs}'.`);
    process.exit(2);
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mb = bytes => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const verdict = ok => (ok ? 'PASS' : 'MISS');

/** One fresh page load: milliseconds from navigation to the first diagnostics, and the files it fetched. */
async function loadOnce(browser, url) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files = new Set();
    context.on('requestfinished', request => { if (request.url().startsWith(url)) files.add(new URL(request.url()).pathname); });
    await page.goto(url);
    // north-locality has warnings; the Problems button counts them once the server has published them.
    await page.waitForFunction(() => /warning|error/.test(document.getElementById('problems')?.textContent ?? ''), null, { timeout: 120_000, polling: 'raf' });
    const ms = await page.evaluate(() => performance.now());
    // The start is over once the briefing is drawn too: what it fetches belongs to the initial download.
    await briefingDrawn(page);
    await context.close();
    return { ms, files: [...files] };
}

function compressed(paths) {
    let raw = 0, gzip = 0, brotli = 0;
    for (const path of paths) {
        const bytes = readFileSync(join(dist, path === '/' ? 'index.html' : path.slice(1)));
        raw += bytes.byteLength;
        gzip += gzipSync(bytes, { level: 9 }).byteLength;
        brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;
    }
    return { raw, gzip, brotli };
}

const served = await serveFolder(dist);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const load = loadavg();
console.log(`web edition benchmark, ${new Date().toISOString()}, Chromium ${browser.version()}, load average ${load.map(l => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
try {
    await loadOnce(browser, served.url); // warm-up: the operating system's file cache and Chromium's start-up
    const loads = [];
    for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, served.url));
    const times = loads.map(l => l.ms);
    const initial = compressed(loads[0].files);
    console.log(`\nPage load to first diagnostics (north-locality), ${runs} fresh page loads: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}).`);
    console.log('  Wall-clock time in a shared machine\'s browser (the page and its worker run in Chromium\'s processes, whose CPU time this does not isolate); compare runs at a similar load average.');
    console.log(`\nInitial download (${loads[0].files.length} files fetched until the diagnostics and the briefing are shown: ${loads[0].files.map(f => f.split('/').pop() || 'index.html').join(', ')}):`);
    console.log(`  uncompressed ${mb(initial.raw)}; gzip -9 ${mb(initial.gzip)} ${verdict(initial.gzip <= DOWNLOAD_TARGET_BYTES)}; brotli 11 ${mb(initial.brotli)} ${verdict(initial.brotli <= DOWNLOAD_TARGET_BYTES)} (target: under ${mb(DOWNLOAD_TARGET_BYTES)} compressed)`);
    const pdf = await firstPdf(browser, served.url);
    const extra = compressed(pdf.files);
    console.log(`\nFirst PDF download: ${pdf.ms.toFixed(0)} ms from the click to the file; it fetched ${pdf.files.map(f => f.split('/').pop()).join(', ')} (the renderer, pdfmake, the DejaVu fonts): uncompressed ${mb(extra.raw)}, gzip ${mb(extra.gzip)}, brotli ${mb(extra.brotli)}, not part of the initial download.`);
} finally {
    await browser.close();
    await served.close();
}

function briefingDrawn(page) {
    return page.frameLocator('#briefing').locator('h1').first().waitFor({ timeout: 120_000 });
}

/** Loads the page, waits for its diagnostics and briefing, then downloads the PDF: the time that takes and the files it fetched. */
async function firstPdf(browser, url) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files = new Set();
    await page.goto(url);
    await page.waitForFunction(() => /warning|error/.test(document.getElementById('problems')?.textContent ?? ''), null, { timeout: 120_000 });
    await briefingDrawn(page);
    context.on('requestfinished', request => { if (request.url().startsWith(url)) files.add(new URL(request.url()).pathname); });
    const start = Date.now();
    await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.locator('#download-pdf').click()]);
    const ms = Date.now() - start;
    await context.close();
    return { ms, files: [...files] };
}
