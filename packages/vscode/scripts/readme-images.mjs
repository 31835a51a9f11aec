// Copies the best e2e screenshots (artifacts/e2e/, taken in a real VS Code
// workbench by `npm run test:e2e`) into images/ for the marketplace README,
// scaled down and, where Debian's pngquant is installed, reduced to a palette
// (about a third of the size) to keep the .vsix and the repository small.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, '../../../artifacts/e2e');
const images = join(here, '../images');
const WIDTH = 960;
const picks = {
    '02-hover.png': 'screenshot-hover.png',
    '03-quick-fix-menu.png': 'screenshot-quick-fix.png',
    '04-preview.png': 'screenshot-preview.png',
    '04-preview-paradox.png': 'screenshot-preview-paradox.png',
    '05-structure.png': 'screenshot-structure.png'
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
    for (const [from, to] of Object.entries(picks)) {
        const data = readFileSync(join(artifacts, from)).toString('base64');
        const page = await browser.newPage({ viewport: { width: WIDTH, height: WIDTH * 10 / 16 } });
        await page.setContent(`<body style="margin:0"><img style="width:${WIDTH}px;display:block" src="data:image/png;base64,${data}"></body>`);
        await page.locator('img').screenshot({ path: join(images, to) });
        await page.close();
        if (existsSync('/usr/bin/pngquant')) {
            execFileSync('/usr/bin/pngquant', ['--quality', '60-85', '--speed', '1', '--force', '--output', join(images, to), join(images, to)]);
        }
        console.log(`images/${to}: ${(readFileSync(join(images, to)).length / 1024).toFixed(0)} KB`);
    }
} finally {
    await browser.close();
}
