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

// The shared packages import a few Node built-ins on paths the browser never takes (see src/node-stubs/README.md),
// and the report's PDF renderer, which the web edition leaves out for size.
const browserOnly = {
    name: 'browser-only',
    setup(build) {
        build.onResolve({ filter: /^node:(fs|path|url|module)$/ }, args => ({ path: join(stubs, `${args.path.slice(5)}.ts`) }));
        build.onResolve({ filter: /\/render\/pdf\.js$/ }, args =>
            args.importer.includes(`${join('report', 'dist')}`) ? { path: join(root, 'src', 'pdf-unavailable.ts') } : undefined);
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
    loader: { '.autonomy': 'text', '.md': 'text' },
    plugins: [browserOnly],
    logLevel: 'warning'
});
for (const file of readdirSync(join(root, 'static'))) {
    copyFileSync(join(root, 'static', file), join(out, file));
}
const sizes = Object.entries(result.metafile.outputs).map(([file, o]) => `${file.split('/').pop()} ${(o.bytes / 1024).toFixed(0)} kB`);
console.log(`web edition built in ${out}: ${sizes.join(', ')}`);
