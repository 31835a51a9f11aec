// Checks what `vsce package` produced and prints its size: the .vsix must hold
// both bundles, the grammar, the fonts for the PDF and no node_modules.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const yauzl = require('yauzl');
const file = process.argv[2];
const entries = await new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
        if (error) { reject(error); return; }
        const names = [];
        zip.on('entry', entry => { names.push(entry.fileName); zip.readEntry(); });
        zip.on('end', () => resolve(names));
        zip.readEntry();
    });
});
const required = [
    'extension/package.json', 'extension/out/extension.cjs', 'extension/out/server.cjs',
    'extension/syntaxes/autonomy.tmLanguage.json', 'extension/language-configuration.json',
    'extension/snippets/autonomy.json', 'extension/templates/new-model.autonomy', 'extension/images/icon.png',
    'extension/out/fonts/DejaVuSans.ttf', 'extension/out/fonts/DejaVuSans-Bold.ttf', 'extension/readme.md'
];
const problems = [
    ...required.filter(name => !entries.some(entry => entry.toLowerCase() === name.toLowerCase())).map(name => `missing ${name}`),
    ...entries.filter(name => name.includes('node_modules/')).map(name => `must not contain ${name}`)
];
const bytes = statSync(file).size;
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
console.log(`${file}: ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes), ${entries.length} files, version ${manifest.version}`);
if (problems.length > 0) {
    console.error(`The .vsix is incomplete:\n  ${problems.join('\n  ')}`);
    process.exit(1);
}
console.log('Contains both bundles, the grammar, snippets, template, icon and fonts; no node_modules.');
