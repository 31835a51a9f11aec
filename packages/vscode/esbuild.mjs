// Bundles the extension client and the language server into two CommonJS files
// (out/extension.cjs, out/server.cjs) and the previews' webview script into
// out/webview/preview.js, and copies the assets the server reads at run time
// (fonts for the PDF, pdfkit's font metrics) next to them. Langium and the workspace
// packages are ESM; esbuild turns them into CommonJS, which VS Code loads.
import * as esbuild from 'esbuild';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// --outdir lets tests bundle into a temporary folder without touching out/.
const outArg = process.argv.indexOf('--outdir');
const out = outArg > 0 ? process.argv[outArg + 1] : join(here, 'out');
const production = !process.argv.includes('--dev');

if (!existsSync(join(here, 'syntaxes', 'autonomy.tmLanguage.json'))) {
    console.error('syntaxes/autonomy.tmLanguage.json is missing: run `npm run langium:generate` at the repository root first.');
    process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: production ? false : 'linked',
    minify: production,
    logLevel: 'warning',
    // import.meta.url has no meaning in CommonJS; give bundled ESM code the file's URL.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

// The report finds the DejaVu fonts where npm installed them (its
// render/font-files module); inside the bundle they sit in out/fonts instead, so
// that one module is swapped for src/server/font-files.ts when it is resolved.
let fontsSwapped = false;
const bundledFonts = {
    name: 'bundled-fonts',
    setup(build) {
        build.onResolve({ filter: /^\.\/font-files\.js$/ }, args => {
            if (!/[\\/]report[\\/]dist[\\/]render$/.test(args.resolveDir)) {
                return undefined;
            }
            fontsSwapped = true;
            return { path: join(here, 'src/server/font-files.ts') };
        });
    }
};

try {
    await esbuild.build({
        ...common,
        entryPoints: { extension: join(here, 'src/extension/extension.ts') },
        outExtension: { '.js': '.cjs' },
        outdir: out,
        external: ['vscode']
    });
    await esbuild.build({
        ...common,
        entryPoints: { server: join(here, 'src/server/main.ts') },
        outExtension: { '.js': '.cjs' },
        outdir: out,
        plugins: [bundledFonts]
    });
    if (!fontsSwapped) {
        console.error('The server bundle no longer imports report/dist/render/font-files.js: update bundledFonts in packages/vscode/esbuild.mjs, or the PDF export will look for fonts outside the extension.');
        process.exit(1);
    }
    // The previews' script runs in the webview, a browser page.
    await esbuild.build({
        entryPoints: { preview: join(here, 'src/webview/preview.ts') },
        bundle: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        sourcemap: common.sourcemap,
        minify: production,
        logLevel: 'warning',
        outdir: join(out, 'webview')
    });
} catch {
    // esbuild has already printed the errors with their locations.
    console.error('Bundling failed: see the errors above (a workspace package may need `npx tsc -b packages/<name>`).');
    process.exit(1);
}

copyAssets();
console.log(`Bundled ${readdirSync(out).join(', ')}`);


/** Where Node would find a package from `from` (some packages do not export package.json). */
function packageDir(name, from) {
    for (let dir = from; ; dir = dirname(dir)) {
        const candidate = join(dir, 'node_modules', name);
        if (existsSync(join(candidate, 'package.json'))) {
            return candidate;
        }
        if (dirname(dir) === dir) {
            throw new Error(`Cannot find the package ${name} from ${from}; run npm install at the repository root.`);
        }
    }
}

function copyAssets() {
    // DejaVu fonts for the PDF renderer, found by absolute path at run time.
    const fontsPkg = packageDir('dejavu-fonts-ttf', join(here, '../report'));
    const fontsOut = join(out, 'fonts');
    mkdirSync(fontsOut, { recursive: true });
    const ttf = join(fontsPkg, 'ttf');
    for (const file of readdirSync(ttf)) {
        if (/^DejaVuSans(Mono)?(-Bold|-Oblique|-BoldOblique)?\.ttf$/.test(file)) {
            cpSync(join(ttf, file), join(fontsOut, file));
        }
    }
    // pdfkit reads its standard-font metrics from __dirname/data, i.e. from beside the bundle.
    const pdfkit = packageDir('pdfkit', packageDir('pdfmake', join(here, '../report')));
    cpSync(join(pdfkit, 'js', 'data'), join(out, 'data'), { recursive: true });
    // The report's appendix quotes the formulas page; the bundle cannot reach docs/.
    const formulas = join(here, '../../docs/formulas.md');
    if (existsSync(formulas)) {
        cpSync(formulas, join(out, 'formulas.md'));
    }
}
