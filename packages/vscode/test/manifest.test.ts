import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, test } from 'vitest';

// The contributions in package.json must match what the extension registers
// and ships: a command without a handler, or a snippet for a keyword the
// grammar lacks, is only noticed by a user otherwise.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
interface Manifest {
    icon: string;
    engines: { vscode: string };
    devDependencies: Record<string, string>;
    contributes: {
        commands: { command: string }[];
        languages: { configuration: string }[];
        snippets: { path: string }[];
        configuration: { properties: unknown };
        semanticTokenTypes?: unknown;
    };
}
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const extensionSource = readdirSync(join(root, 'src/extension')).map(f => readFileSync(join(root, 'src/extension', f), 'utf8')).join('\n');
const grammar = readFileSync(join(root, '../language/src/autonomy.langium'), 'utf8');

describe('the extension manifest', () => {
    test('every contributed command is registered by the extension', () => {
        const commands = manifest.contributes.commands.map(c => c.command);
        expect(commands.length).toBeGreaterThanOrEqual(7);
        for (const command of commands) {
            expect(extensionSource, command).toContain(`registerCommand('${command}'`);
        }
    });

    test('targets the VS Code engine that vscode-languageclient requires', () => {
        const client = JSON.parse(readFileSync(join(root, '../../node_modules/vscode-languageclient/package.json'), 'utf8')) as { engines: { vscode: string } };
        expect(manifest.engines.vscode).toBe(client.engines.vscode);
        expect(manifest.devDependencies['@types/vscode']).toBe(`~${client.engines.vscode.replace(/^\^/, '')}`);
    });

    test('every contributed file exists', () => {
        const files = [
            manifest.icon,
            ...manifest.contributes.languages.map(l => l.configuration),
            ...manifest.contributes.snippets.map(s => s.path),
            'templates/new-model.autonomy'
        ];
        for (const file of files) {
            expect(existsSync(join(root, file)), file).toBe(true);
        }
    });

    test('there is a snippet for every top-level construct of the grammar', () => {
        const snippets = JSON.parse(readFileSync(join(root, 'snippets/autonomy.json'), 'utf8')) as Record<string, { prefix: string; body: string[] }>;
        const prefixes = new Set(Object.values(snippets).map(s => s.prefix));
        const element = /Element:\s*([\s\S]*?);/.exec(grammar)![1].split('|').map(s => s.trim());
        const keywords = element.map(rule => new RegExp(`^${rule}:\\s*'([a-z]+)'`, 'm').exec(grammar)![1]);
        for (const keyword of ['model', 'import', ...keywords]) {
            expect(prefixes, keyword).toContain(keyword);
        }
    });

    test('documents every setting with a description', () => {
        const properties = manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>;
        for (const [key, property] of Object.entries(properties)) {
            expect(property.description ?? property.markdownDescription, key).toBeTruthy();
        }
        expect(Object.keys(properties)).toEqual(expect.arrayContaining([
            'autonomy.defaults.trustThreshold', 'autonomy.defaults.currency', 'autonomy.preview.debounceMs', 'autonomy.diagnostics.severity'
        ]));
    });
});

describe('semantic token types', () => {
    it('declares every custom token type the language server emits, as a kind of number', async () => {
        const { CUSTOM_TOKEN_TYPES } = await import('../../language/src/lsp/semantic-token-provider.js');
        const declared = (manifest.contributes.semanticTokenTypes ?? []) as { id: string; superType: string }[];
        expect(declared.map(t => t.id).sort()).toEqual(Object.values(CUSTOM_TOKEN_TYPES).sort());
        expect(declared.every(t => t.superType === 'number')).toBe(true);
    });
});
