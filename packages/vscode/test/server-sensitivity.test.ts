import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleIntoTemp, ServerSession } from './server-session.js';

// "Show Sensitivity": computed on demand by the bundled server, which then marks
// fragile verdicts in hovers and inlay hints, and only for the model it was computed for.

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const path = join(repo, 'examples/document-hub.autonomy');
const uri = pathToFileURL(path).toString();
const text = readFileSync(path, 'utf8');
// "practice Priory" is on line 56 (zero-based 55); The Priory Surgery's verdict flips at a crisis risk 5 points lower: fragile.
const priory = { line: text.split('\n').findIndex(l => l.startsWith('practice Priory')), character: 10 };

let session: ServerSession;

beforeAll(async () => {
    session = new ServerSession(bundleIntoTemp(), {});
    await session.initialize(pathToFileURL(join(repo, 'examples')).toString());
    await session.open(uri, text);
    await session.diagnostics(uri);
}, 60_000);

afterAll(async () => {
    await session?.close();
});

interface Hover { contents: { value: string } }
interface Hint { label: string }

const hover = (): Promise<Hover> => session.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: priory });
const hints = (): Promise<Hint[]> => session.connection.sendRequest<Hint[]>('textDocument/inlayHint', {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }
});

describe('autonomy/sensitivity', () => {
    test('marks fragile verdicts in hovers and inlay hints only once computed', async () => {
        expect(priory.line).toBeGreaterThan(0);
        expect((await hover()).contents.value).not.toContain('Fragile');
        expect((await hints()).some(h => h.label.includes('fragile'))).toBe(false);

        const result = await session.connection.sendRequest<{ text?: string; error?: string }>('autonomy/sensitivity', { uri });
        expect(result.error).toBeUndefined();
        expect(result.text).toContain('chart-tornado');

        const after = (await hover()).contents.value;
        expect(after).toContain('**Fragile**');
        expect(after).toContain("The Priory Surgery's crisis risk from 20% to 15%");
        const labels = (await hints()).map(h => h.label);
        expect(labels.filter(l => l.includes('fragile verdict'))).toHaveLength(2); // Priory and Station Road

        // An edit that changes the figures retires the result: no mark computed for another model.
        const edited = text.replace(/(practice Priory[\s\S]*?crisis risk )20%/, '$140%');
        expect(edited).not.toBe(text);
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
        await session.diagnostics(uri, d => d.diagnostics !== undefined);
        let value = '';
        for (let tries = 0; tries < 50 && !value.includes('Expected autonomy'); tries++) {
            await new Promise(resolve => setTimeout(resolve, 200));
            value = (await hover()).contents.value; // "analysis pending" until the edit is checked
        }
        expect(value).toContain('alone 60%'); // the edited model's figures (crisis risk 40%)
        expect(value).not.toContain('Fragile');
    }, 120_000);
});
