// Builds the web edition into packages/web/dist: a static folder any web server can serve.
// Two bundles: the page (CodeMirror and the LSP client) and the worker (the language server and the HTML report).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(root, 'dist');
const stubs = join(root, 'src', 'node-stubs');

// The shared packages import a few Node built-ins on paths the browser never takes, and pdfkit a few it
// does take (see src/node-stubs/README.md). The report's PDF renderer and its pdfmake are swapped for
// browser ones: the renderer is loaded only when a PDF is asked for (src/pdf/).
const NODE_STUBS = /^(node:)?(fs|path|url|module|stream|zlib)$/;
// png-js (pdfkit's PNG reader: the report draws no bitmaps) brings its own zlib for browsers; it is never called.
const PNG_ZLIB = /^browserify-zlib$/;
const fromReport = importer => importer.includes(join('report', 'dist'));
const browserOnly = {
    name: 'browser-only',
    setup(build) {
        build.onResolve({ filter: NODE_STUBS }, args => ({ path: join(stubs, `${args.path.replace(/^node:/, '')}.ts`) }));
        build.onResolve({ filter: PNG_ZLIB }, () => ({ path: join(stubs, 'zlib.ts') }));
        build.onResolve({ filter: /\/render\/pdf\.js$/ }, args =>
            fromReport(args.importer) ? { path: join(root, 'src', 'pdf', 'pdf-in-browser.ts') } : undefined);
        build.onResolve({ filter: /^pdfmake$/ }, args =>
            fromReport(args.importer) ? { path: join(root, 'src', 'pdf', 'pdfmake-browser.ts') } : undefined);
    }
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await esbuild.build({
    entryPoints: { app: join(root, 'src', 'main.ts'), worker: join(root, 'src', 'worker.ts') },
    outdir: out,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    metafile: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.autonomy': 'text', '.md': 'text', '.ttf': 'binary' },
    inject: [join(stubs, 'buffer-global.ts')],
    // The server reads its debug switch from the environment (a worker has none); some of pdfkit's packages expect Node's `global`.
    define: { 'process.env': '{}', global: 'globalThis' },
    plugins: [browserOnly],
    logLevel: 'warning'
});
for (const file of readdirSync(join(root, 'static'))) {
    copyFileSync(join(root, 'static', file), join(out, file));
}
const sizes = Object.entries(result.metafile.outputs).map(([file, o]) => `${file.split('/').pop()} ${(o.bytes / 1024).toFixed(0)} kB`);
console.log(`web edition built in ${out}: ${sizes.join(', ')}`);
