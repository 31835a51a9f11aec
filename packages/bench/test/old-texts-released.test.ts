/**
 * Issue 15 (server memory): after keystrokes parsed incrementally, the
 * document's earlier texts must not stay in memory. V8 makes a substring of
 * 13 characters or more a view into the string it came from, so a name or
 * title kept in the AST of a declaration the edit did not touch would keep
 * the whole text of the version it was parsed from (the value converter copies
 * them: packages/language/src/parser/value-converter.ts). Counted in a heap
 * snapshot: strings as long as the document's text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { planEdits } from '../src/editor-latency.js';
import { generateModel } from '../src/generate-model.js';
import { OpenDocument } from '../src/open-document.js';

interface Snapshot {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
    strings: string[];
}

/**
 * How many strings of the heap are versions of the document: `length`
 * characters, give or take the edits, starting with `start` (the edits are
 * further in). The heap holds other long strings: the modules' sources.
 */
function versionsOf(length: number, start: string): number {
    // A folder of its own: a fixed name in the shared /tmp can be a file another user left (a run as root, then one as a user).
    const folder = mkdtempSync(join(tmpdir(), 'autonomy-old-texts-'));
    const path = join(folder, 'heap.heapsnapshot');
    writeHeapSnapshot(path);
    try {
        const heap = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
        const fields = heap.snapshot.meta.node_fields;
        const [typeAt, nameAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
        const stringType = heap.snapshot.meta.node_types[0].indexOf('string');
        let count = 0;
        for (let i = 0; i < heap.nodes.length; i += fields.length) {
            count += heap.nodes[i + typeAt] === stringType && heap.nodes[i + sizeAt] >= length - 100
                && heap.strings[heap.nodes[i + nameAt]].startsWith(start) ? 1 : 0;
        }
        return count;
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}

describe('memory after incremental parses', () => {
    it('keeps no earlier text of the document after 60 keystrokes', async () => {
        const { shared } = createAutonomyServices(EmptyFileSystem);
        // The lines as strings of their own: split's would be views into the generated text, keeping it.
        const lines = JSON.parse(JSON.stringify(generateModel({ lines: 1000, seed: 5, singleFile: true }).files[0].text.split('\n'))) as string[];
        const uri = URI.parse('file:///old-texts/model.autonomy');
        const open = await OpenDocument.open(shared, uri, lines.join('\n'));
        const edits = planEdits(lines.join('\n'), 60, 5);
        // What every version starts with: the lines before the first edited one.
        const start = lines.slice(0, Math.min(...edits.map(e => e.line))).join('\n');
        expect(start.length).toBeGreaterThan(20);
        for (const edit of edits) {
            const line = lines[edit.line];
            lines[edit.line] = line.slice(0, edit.character) + edit.insert + line.slice(edit.character + edit.deleteLength);
            await open.type(lines.join('\n'));
        }
        const length = lines.join('\n').length;
        expect(length).toBeGreaterThan(30_000);
        // The text now, in the editor's documents and the Langium document's (one or two strings), and no older one.
        expect(versionsOf(length, start)).toBeLessThanOrEqual(2);
    }, 120_000);
});
