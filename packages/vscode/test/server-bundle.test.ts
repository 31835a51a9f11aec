import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleIntoTemp, ServerSession } from './server-session.js';

// Drives the bundled language server (out/server.cjs as the .vsix ships it) over
// JSON-RPC: settings reach it through workspace/configuration, diagnostics come
// back re-graded, and `autonomy/report` renders every format from inside the
// bundle -- which proves the fonts, vega and pdfkit assets are found there.

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const examplePath = join(repo, 'examples/north-locality.autonomy');
const exampleUri = pathToFileURL(examplePath).toString();
const example = readFileSync(examplePath, 'utf8');
const withVote = example.replace('decides by consensus', 'decides by majority-vote');
const voteUri = exampleUri.replace('north-locality', 'north-locality-vote');
// Hillside trusts the network at (6 + 7 + 4) / 4 = 4.25: above a threshold of 3, below one of 5.
const unstated = example.replace(/^\s*trust threshold .*$/m, '');
const unstatedUri = exampleUri.replace('north-locality', 'north-locality-no-threshold');

let session: ServerSession;

beforeAll(async () => {
    const bundle = bundleIntoTemp();
    session = new ServerSession(bundle, { diagnostics: { severity: { 'collective-decides-by-vote': 'information' } } });
    await session.initialize(pathToFileURL(join(repo, 'examples')).toString());
    await session.open(exampleUri, example);
    await session.open(voteUri, withVote);
    await session.open(unstatedUri, unstated);
}, 60_000);

afterAll(async () => {
    await session?.close();
});

describe('the bundled language server', () => {
    test('re-grades an opinionated rule as the settings say, and hides it when turned off', async () => {
        const graded = await session.diagnostics(voteUri, d => d.diagnostics.some(x => x.code === 'collective-decides-by-vote'));
        const vote = graded.diagnostics.find(x => x.code === 'collective-decides-by-vote')!;
        expect(vote.severity).toBe(3);
        await session.changeSettings({ diagnostics: { severity: { 'collective-decides-by-vote': 'off' } } });
        const hidden = await session.diagnostics(voteUri);
        expect(hidden.diagnostics.map(x => x.code)).not.toContain('collective-decides-by-vote');
        await session.changeSettings({ diagnostics: { severity: {} } });
        const restored = await session.diagnostics(voteUri, d => d.diagnostics.some(x => x.code === 'collective-decides-by-vote'));
        expect(restored.diagnostics.find(x => x.code === 'collective-decides-by-vote')!.severity).toBe(2);
    });

    test('applies the default trust threshold to models that state none', async () => {
        expect(unstated).not.toBe(example);
        const hillsideLowTrust = (d: { diagnostics: { code?: string | number; message: string }[] }) =>
            d.diagnostics.some(x => x.code === 'low-trust-cession' && x.message.includes('Hillside'));
        const before = await session.diagnostics(unstatedUri);
        expect(hillsideLowTrust(before)).toBe(false);
        await session.changeSettings({ defaults: { trustThreshold: 5 } });
        await session.diagnostics(unstatedUri, hillsideLowTrust);
        const json = await session.connection.sendRequest<{ text?: string }>('autonomy/report', { uri: unstatedUri, format: 'json' });
        expect((JSON.parse(json.text!) as { analysis: { settings: { trustThreshold: number } } }).analysis.settings.trustThreshold).toBe(5);
        // A model that states its threshold keeps it.
        const stated = await session.connection.sendRequest<{ text?: string }>('autonomy/report', { uri: exampleUri, format: 'json' });
        expect((JSON.parse(stated.text!) as { analysis: { settings: { trustThreshold: number } } }).analysis.settings.trustThreshold).toBe(3);
        await session.changeSettings({});
        await session.diagnostics(unstatedUri, d => !hillsideLowTrust(d));
    });

    test('renders the report as HTML with source links for the editor', async () => {
        const result = await session.connection.sendRequest<{ text?: string; error?: string }>('autonomy/report', { uri: exampleUri, format: 'html', theme: 'dark' });
        expect(result.error).toBeUndefined();
        expect(result.text).toContain('Riverside Surgery');
        expect(result.text).toMatch(/data-line="\d+"/);
        expect(result.text).not.toMatch(/<script/i);
    });

    test('renders Markdown and JSON from the same analysis', async () => {
        const markdown = await session.connection.sendRequest<{ text?: string; error?: string }>('autonomy/report', { uri: exampleUri, format: 'markdown' });
        expect(markdown.error).toBeUndefined();
        expect(markdown.text).toMatch(/^# /m);
        expect(markdown.text).toContain('Hillside Medical Centre');
        const json = await session.connection.sendRequest<{ text?: string; error?: string }>('autonomy/report', { uri: exampleUri, format: 'json' });
        const parsed = JSON.parse(json.text!) as { analysis: { practices: { id: string }[] } };
        expect(parsed.analysis.practices.map(p => p.id)).toEqual(['Riverside', 'Hillside', 'Millbrook', 'Oakfield', 'Castle']);
    });

    test('renders a PDF with the bundled fonts', async () => {
        const pdf = await session.connection.sendRequest<{ data?: string; error?: string }>('autonomy/report', { uri: exampleUri, format: 'pdf' });
        expect(pdf.error).toBeUndefined();
        const bytes = Buffer.from(pdf.data!, 'base64');
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.toString('latin1')).toContain('DejaVuSans');
    }, 60_000);

    test('draws the structure diagram of the collectives', async () => {
        const result = await session.connection.sendRequest<{ svg?: string; error?: string }>('autonomy/structure', { uri: exampleUri });
        expect(result.error).toBeUndefined();
        expect(result.svg!.match(/class="unit practice"/g)).toHaveLength(5);
        expect(result.svg).toContain('North Primary Care Network');
    });

    test('says what to do when asked about a document it does not have', async () => {
        const result = await session.connection.sendRequest<{ text?: string; error?: string }>('autonomy/report', { uri: 'file:///nowhere/missing.autonomy', format: 'html' });
        expect(result.error).toMatch(/missing\.autonomy is not open/);
    });
});
