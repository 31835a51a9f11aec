import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { diagnosticMessage } from '../../src/validation/plain-diagnostic.js';
import type { AutonomyFile } from '../../src/generated/ast.js';

const example = readFileSync(new URL('../../../../examples/north-locality.autonomy', import.meta.url), 'utf8');
const services = createAutonomyServices(EmptyFileSystem).Autonomy;
const parse = parseHelper<AutonomyFile>(services);

/** A small seeded generator, so a failing variant can be reproduced. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state * 1664525 + 1013904223) >>> 0;
        return state / 2 ** 32;
    };
}

const NOISE = ['{', '}', '->', ',', '%', '£', '"', '-', '+', 'per', 'members', 'cedes', '9,99', '\n', ' ', '/*', '//', '~'];

function garble(text: string, seed: number): string {
    const next = random(seed);
    let out = text;
    for (let k = 0; k < 6; k++) {
        const at = Math.floor(next() * out.length);
        const choice = next();
        if (choice < 0.33) {
            out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 20));
        } else if (choice < 0.66) {
            out = out.slice(0, at) + NOISE[Math.floor(next() * NOISE.length)] + out.slice(at);
        } else {
            const lines = out.split('\n');
            const i = Math.floor(next() * lines.length);
            const j = Math.floor(next() * lines.length);
            [lines[i], lines[j]] = [lines[j], lines[i]];
            out = lines.join('\n');
        }
    }
    return out;
}

/** Validates a text and checks every diagnostic sits inside it; runs every quick fix offered. */
async function validateSafely(text: string): Promise<Diagnostic[]> {
    const document = await parse(text, { validation: true });
    const diagnostics = document.diagnostics ?? [];
    const lines = text.split('\n');
    for (const d of diagnostics) {
        expect(d.message, text).not.toMatch(/An error occurred during validation/);
        for (const p of [d.range.start, d.range.end]) {
            expect(p.line, `${diagnosticMessage(d)} in:\n${text}`).toBeLessThan(lines.length);
            expect(p.character).toBeLessThanOrEqual(lines[p.line].length);
        }
    }
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics }
    }) as CodeAction[] | undefined;
    for (const action of actions ?? []) {
        expect(action.edit?.changes?.[document.textDocument.uri]).toBeDefined();
    }
    await clearDocuments(services);
    return diagnostics;
}

describe('validation never crashes', () => {
    it('validates every prefix of the example (every 23rd character)', async () => {
        let withErrors = 0;
        for (let end = 0; end <= example.length; end += 23) {
            const diagnostics = await validateSafely(example.slice(0, end));
            withErrors += diagnostics.some(d => d.severity === 1) ? 1 : 0;
        }
        // Cutting a model short must be reported, not silently accepted.
        expect(withErrors).toBeGreaterThan(example.length / 23 / 2);
    });

    it('validates garbled versions of the example', async () => {
        for (let seed = 1; seed <= 60; seed++) {
            await validateSafely(garble(example, seed));
        }
    });

    it('keeps validating after a parse error', async () => {
        const broken = example.replace('list size 14,500', 'list size ,,,').replace('decides by consensus', '');
        const diagnostics = await validateSafely(broken);
        const codes = diagnostics.map(d => (d.data as { code?: string } | undefined)?.code);
        expect(codes).toContain('parsing-error');
        expect(codes).toContain('collective-without-decision-rule');
    });

    it('survives empty, binary-like and unbalanced texts', async () => {
        for (const text of ['', '\u0000\u0001\u0002', '}}}}{{{{', 'practice', 'initiative X { run by }', '"unterminated',
            'collective C { members C, C, C decides by }', 'trust -> { self-orientation 0 }', '£'.repeat(500)]) {
            await validateSafely(text);
        }
    });
});
