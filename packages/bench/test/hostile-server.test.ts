/**
 * Issue 12 item 5, in the language server over stdio: 200,000 comment lines
 * crashed the parser's tree builder; the server must publish diagnostics for
 * the text and go on answering.
 */
import { describe, expect, it } from 'vitest';
import { readCorpusFile } from '../src/hostile-corpus.js';
import { findServerEntry, LanguageServerClient } from '../src/language-server-client.js';

describe('the language server and hostile text', () => {
    it('survives 200,000 comment lines and answers afterwards', async () => {
        if (!findServerEntry()) {
            console.warn('SKIPPED: no language server build (npm run build)');
            return;
        }
        const client = await LanguageServerClient.start();
        try {
            const uri = 'file:///hostile/comments-200k.autonomy';
            const published = client.nextDiagnostics(uri, 240_000);
            await client.open(uri, readCorpusFile('comments-200k.autonomy').text);
            expect((await published).diagnostics).toEqual([]);
            expect(client.running).toBe(true);
            const small = 'file:///hostile/small.autonomy';
            const next = client.nextDiagnostics(small, 60_000);
            await client.open(small, 'practice A { list size }');
            expect((await next).diagnostics.map(d => d.code)).toContain('parsing-error');
        } finally {
            await client.stop();
        }
    }, 300_000);
});
