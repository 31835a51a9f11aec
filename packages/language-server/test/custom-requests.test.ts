import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AnalysisRequestMethod, CompareRequestMethod, FiguresRequestMethod, type FiguresResult, ReportRequestMethod, SensitivityRequestMethod, StructureRequestMethod } from '../src/protocol.js';
import { CUSTOM_REQUESTS } from '../src/requests/all-requests.js';
import { RawStdioClient } from './raw-stdio-client.js';

// The custom requests through the stdio server, as Neovim or Emacs send them by name.

const examplePath = join(dirname(fileURLToPath(import.meta.url)), '../../../examples/north-locality.autonomy');
const uri = pathToFileURL(examplePath).toString();
let client: RawStdioClient;

beforeAll(async () => {
    client = new RawStdioClient();
    await client.initialize();
    client.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'autonomy', version: 1, text: readFileSync(examplePath, 'utf8') } } });
}, 30_000);

afterAll(async () => {
    await client.stop();
});

describe('the custom requests', () => {
    test('are all registered, once each', () => {
        expect(CUSTOM_REQUESTS.map(r => r.method).sort()).toEqual([AnalysisRequestMethod, CompareRequestMethod, FiguresRequestMethod, ReportRequestMethod, SensitivityRequestMethod, StructureRequestMethod].sort());
    });

    test('autonomy/analysis answers with the analysis of an open model', async () => {
        client.send({ jsonrpc: '2.0', id: 20, method: AnalysisRequestMethod, params: { uri } });
        const reply = await client.reply(20, 60_000);
        const result = reply.result as { analysis?: { practices?: unknown[] }; error?: string };
        expect(result.error).toBeUndefined();
        expect(Array.isArray(result.analysis?.practices)).toBe(true);
    });

    test('autonomy/report renders Markdown naming the model\'s practices', async () => {
        client.send({ jsonrpc: '2.0', id: 21, method: ReportRequestMethod, params: { uri, format: 'markdown' } });
        const result = (await client.reply(21, 60_000)).result as { text?: string };
        expect(result.text).toContain('Hillside');
    });

    test('autonomy/report builds either edition, and the charts as SVG files', async () => {
        client.send({ jsonrpc: '2.0', id: 25, method: ReportRequestMethod, params: { uri, format: 'markdown', edition: 'partners' } });
        const partners = (await client.reply(25, 60_000)).result as { text?: string };
        expect(partners.text).toContain('The recommendation in brief');
        expect(partners.text).not.toContain('Executive summary');
        client.send({ jsonrpc: '2.0', id: 26, method: ReportRequestMethod, params: { uri, format: 'markdown' } });
        expect(((await client.reply(26, 60_000)).result as { text?: string }).text).toContain('Executive summary');
        client.send({ jsonrpc: '2.0', id: 27, method: ReportRequestMethod, params: { uri, format: 'charts' } });
        const charts = ((await client.reply(27, 60_000)).result as { charts?: { name: string; svg: string }[] }).charts ?? [];
        expect(charts.length).toBeGreaterThan(0);
        for (const c of charts) expect(c.svg).toMatch(/^<svg/);
        client.send({ jsonrpc: '2.0', id: 28, method: ReportRequestMethod, params: { uri, format: 'markdown', edition: 'board' } });
        expect((await client.reply(28)).error?.code).toBe(-32602);
    });

    test('autonomy/report dates the briefing as asked (the CLI\'s --date), and refuses a date the calendar lacks', async () => {
        client.send({ jsonrpc: '2.0', id: 29, method: ReportRequestMethod, params: { uri, format: 'json', date: '2026-11-23' } });
        const dated = JSON.parse(((await client.reply(29, 60_000)).result as { text: string }).text) as { cover: { date: string } };
        expect(dated.cover.date).toBe('2026-11-23');
        for (const [id, date] of [[30, '2026-02-30'], [31, '23/11/2026'], [32, '2026-13-01']] as const) {
            client.send({ jsonrpc: '2.0', id, method: ReportRequestMethod, params: { uri, format: 'json', date } });
            const reply = await client.reply(id);
            expect(reply.error?.code).toBe(-32602);
            expect(reply.error?.message).toContain('YYYY-MM-DD');
        }
    });

    test('autonomy/figures lists each stated figure with its place in the text and its limits', async () => {
        client.send({ jsonrpc: '2.0', id: 33, method: FiguresRequestMethod, params: { uri } });
        const result = (await client.reply(33, 60_000)).result as FiguresResult;
        expect(result.version).toBe(1);
        const lines = readFileSync(examplePath, 'utf8').split('\n');
        const listSize = result.figures?.find(f => f.group === 'Riverside Surgery' && f.label === 'list size');
        // examples/north-locality.autonomy line 24: "    list size 8,200"
        expect(listSize).toMatchObject({ text: '8,200', value: 8200, kind: 'count', min: 0, max: 1e9, whole: true, range: { start: { line: 23, character: 14 }, end: { line: 23, character: 19 } } });
        const trust = result.figures?.find(f => f.kind === 'trust');
        expect(trust).toMatchObject({ min: 1, max: 10, whole: false });
        for (const figure of result.figures ?? []) {
            expect(lines[figure.range.start.line].slice(figure.range.start.character, figure.range.end.character)).toBe(figure.text);
        }
    });

    test('a document that is not open gets a sentence, not an exception', async () => {
        client.send({ jsonrpc: '2.0', id: 22, method: StructureRequestMethod, params: { uri: 'file:///nowhere/missing.autonomy' } });
        const result = (await client.reply(22)).result as { error?: string };
        expect(result.error).toContain('missing.autonomy is not open');
    });

    test('malformed params are refused with -32602 naming the field', async () => {
        client.send({ jsonrpc: '2.0', id: 23, method: ReportRequestMethod, params: { uri, format: 'docx' } });
        const bad = await client.reply(23);
        expect(bad.error?.code).toBe(-32602);
        expect(bad.error?.message).toContain('params.format must be one of "pdf", "html", "markdown", "json", "charts"');
        client.send({ jsonrpc: '2.0', id: 24, method: AnalysisRequestMethod, params: { uri: 7 } });
        expect((await client.reply(24)).error?.code).toBe(-32602);
    });
});
