import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleIntoTemp, ServerSession } from './server-session.js';

// "Compare with...": the bundled server answers `autonomy/compare` with the
// comparison briefing of the open model and scenario files it may not have open.

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const scenario = (name: string): string => pathToFileURL(join(repo, 'examples/westbrook', `${name}.autonomy`)).toString();

let session: ServerSession;

beforeAll(async () => {
    session = new ServerSession(bundleIntoTemp(), {});
    await session.initialize(pathToFileURL(join(repo, 'examples')).toString());
    await session.open(scenario('vote'), readFileSync(fileURLToPath(scenario('vote')), 'utf8'));
}, 60_000);

afterAll(async () => {
    await session?.close();
});

describe('autonomy/compare', () => {
    test('renders the comparison of the open baseline with scenarios that are not open', async () => {
        const result = await session.connection.sendRequest<{ text?: string; error?: string }>('autonomy/compare', {
            uris: [scenario('vote'), scenario('consensus'), scenario('consensus-merged')], theme: 'dark'
        });
        expect(result.error).toBeUndefined();
        expect(result.text).toContain('chart-scenarios');
        expect(result.text).toContain('Wren Street Health Centre');
        // Finch Green is merged away in consensus-merged: marked, not dropped.
        expect(result.text).toContain('not in this scenario');
        expect(result.text).not.toMatch(/<script/i);
    }, 60_000);

    test('says what to do with fewer than two models', async () => {
        const result = await session.connection.sendRequest<{ text?: string; error?: string }>('autonomy/compare', { uris: [scenario('vote')] });
        expect(result.error).toMatch(/at least one scenario/);
    });
});
