// Renders every examples/*.autonomy model's report so a reviewer can look at
// the pages: PDF -> PNG per page (pdftoppm), and the HTML preview as a
// screenshot in headless Chromium (light, plus dark for the first model).
// Output: artifacts/pages/ (gitignored). Run with `npm run render:pages`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyse } from '@autonomy/analysis';
import { ast, createAutonomyServices, plainDiagnostic } from '@autonomy/language';
import { buildReport, renderHtml, renderPdf } from '@autonomy/report';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';

const root = resolve(import.meta.dirname, '../../..');
const examples = join(root, 'examples');
const out = join(root, 'artifacts/pages');
const DATE = '2026-01-01';
const CHROMIUM = '/usr/bin/chromium';

if (spawnSync('pdftoppm', ['-v']).status !== 0) {
    console.error('pdftoppm is missing: install poppler-utils (apt-get update && apt-get install -y poppler-utils).');
    process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** Loads a model and, transitively, the files it imports, then parses, links and validates them together. */
async function load(file) {
    const { shared, Autonomy } = createAutonomyServices({ ...NodeFileSystem });
    const documents = shared.workspace.LangiumDocuments;
    const add = path => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(path, 'utf8'), URI.file(path));
        documents.addDocument(doc);
        return doc;
    };
    const entry = add(file);
    const queue = [entry];
    while (queue.length > 0) {
        const root = queue.pop().parseResult.value;
        if (!ast.isAutonomyFile(root)) continue;
        for (const imp of root.imports) {
            const target = Autonomy.references.ImportResolver.resolve(imp);
            if (target.scheme === 'file' && !documents.hasDocument(target)) {
                try { queue.push(add(target.fsPath)); } catch { /* the validator reports a missing import */ }
            }
        }
    }
    const all = [...documents.all];
    await shared.workspace.DocumentBuilder.build(all, { validation: true });
    const diagnostics = all.flatMap(doc => (doc.diagnostics ?? []).map(d => plainDiagnostic(d, basename(doc.uri.fsPath))));
    return { model: Autonomy.model.DomainModelBuilder.build(entry), diagnostics };
}

const files = readdirSync(examples).filter(f => f.endsWith('.autonomy')).sort();
const htmlPages = [];
for (const file of files) {
    const name = basename(file, '.autonomy');
    const { model, diagnostics } = await load(join(examples, file));
    const doc = buildReport({ model, analysis: analyse(model), diagnostics, date: DATE, sourceFile: `examples/${file}` });
    const pdfFile = join(out, `${name}.pdf`);
    const started = performance.now();
    writeFileSync(pdfFile, await renderPdf(doc));
    const ms = performance.now() - started;
    execFileSync('pdftoppm', ['-r', '60', '-png', pdfFile, join(out, name)]);
    const pages = readdirSync(out).filter(f => f.startsWith(`${name}-`) && f.endsWith('.png')).length;
    htmlPages.push({ name, html: await renderHtml(doc, { theme: 'light' }), dark: htmlPages.length === 0 ? await renderHtml(doc, { theme: 'dark' }) : undefined });
    console.log(`${file}: ${pages} pages, PDF in ${ms.toFixed(0)} ms -> artifacts/pages/${name}-*.png`);
}

let chromium;
try {
    ({ chromium } = await import('playwright-core'));
} catch {
    chromium = undefined;
}
if (!chromium || spawnSync(CHROMIUM, ['--version']).status !== 0) {
    console.warn(`*** Skipping HTML screenshots: needs playwright-core and ${CHROMIUM} (apt-get install -y chromium). ***`);
} else {
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    for (const { name, html, dark } of htmlPages) {
        for (const [theme, content] of [['light', html], ['dark', dark]]) {
            if (!content) continue;
            await page.setContent(content, { waitUntil: 'load' });
            await page.screenshot({ path: join(out, `${name}-html-${theme}.png`), fullPage: true });
        }
    }
    await browser.close();
    console.log(`HTML screenshots: artifacts/pages/*-html-*.png`);
}
