/**
 * What the language services hold with a whole workspace built (issue 15:
 * server memory): builds the generated 50,000-line workspace in this process
 * as the server does (parse, link, validate every file), collects garbage,
 * writes a V8 heap snapshot and prints the heap by constructor (self sizes),
 * largest first.
 *
 * `node --expose-gc packages/bench/dist/heap-census.js [--lines 50000] [--top 30] [--keep <file.heapsnapshot>]`
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { createAutonomyServices } from '@autonomy/language';
import { EmptyFileSystem } from 'langium';
import { generateModel } from './generate-model.js';
import { buildDocuments } from './in-memory-workspace.js';

interface HeapSnapshot {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]]; edge_fields: string[]; edge_types: [string[], ...unknown[]] } };
    nodes: number[];
    edges: number[];
    strings: string[];
}

export interface CensusRow {
    kind: string;
    count: number;
    mb: number;
}

/** Self sizes summed by node type and constructor name (objects), or by type alone (strings, arrays, code). */
export function census(path: string): { rows: CensusRow[]; totalMb: number } {
    const heap = JSON.parse(readFileSync(path, 'utf8')) as HeapSnapshot;
    const fields = heap.snapshot.meta.node_fields;
    const types = heap.snapshot.meta.node_types[0];
    const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map(f => fields.indexOf(f));
    const edgeFields = heap.snapshot.meta.edge_fields;
    const edgeTypes = heap.snapshot.meta.edge_types[0];
    const [edgeTypeAt, edgeNameAt] = ['type', 'name_or_index'].map(f => edgeFields.indexOf(f));
    const sums = new Map<string, { count: number; bytes: number }>();
    let total = 0;
    let edge = 0;
    for (let i = 0; i < heap.nodes.length; i += fields.length) {
        const type = types[heap.nodes[i + typeAt]];
        const edges = heap.nodes[i + edgeCountAt];
        let kind = type === 'object' ? heap.strings[heap.nodes[i + nameAt]] : `(${type})`;
        if (kind === 'Object') {
            // Plain objects (AST nodes, descriptions, ranges) told apart by their first property names.
            const names: string[] = [];
            for (let e = edge; e < edge + edges * edgeFields.length && names.length < 4; e += edgeFields.length) {
                if (edgeTypes[heap.edges[e + edgeTypeAt]] === 'property') {
                    names.push(heap.strings[heap.edges[e + edgeNameAt]]);
                }
            }
            kind = `Object {${names.join(', ')}}`;
        }
        edge += edges * edgeFields.length;
        const bytes = heap.nodes[i + sizeAt];
        const sum = sums.get(kind) ?? { count: 0, bytes: 0 };
        sum.count++;
        sum.bytes += bytes;
        sums.set(kind, sum);
        total += bytes;
    }
    const rows = [...sums].map(([kind, s]) => ({ kind, count: s.count, mb: s.bytes / 1048576 })).sort((a, b) => b.mb - a.mb);
    return { rows, totalMb: total / 1048576 };
}

if (process.argv[1]?.endsWith('heap-census.js')) {
    const argv = process.argv.slice(2);
    const get = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
    const lines = Number(get('lines', '50000'));
    const model = generateModel({ lines, seed: 1 });
    const { shared } = createAutonomyServices(EmptyFileSystem);
    const documents = await buildDocuments(shared, model.files);
    globalThis.gc?.();
    // Unless kept where asked, in a folder of its own: a fixed name in the shared /tmp can be another user's file.
    const scratch = argv.includes('--keep') ? undefined : mkdtempSync(join(tmpdir(), 'autonomy-census-'));
    const path = scratch ? join(scratch, 'heap.heapsnapshot') : get('keep', '');
    writeHeapSnapshot(path);
    const { rows, totalMb } = census(path);
    if (scratch) {
        rmSync(scratch, { recursive: true, force: true });
    }
    console.log(`${model.lines.toLocaleString('en-GB')} lines in ${documents.length} files built and validated; heap after a full GC: ${totalMb.toFixed(1)} MB (RSS ${Math.round(process.memoryUsage().rss / 1048576)} MB)`);
    for (const row of rows.slice(0, Number(get('top', '30')))) {
        console.log(`${row.mb.toFixed(1).padStart(8)} MB ${String(row.count).padStart(9)}  ${row.kind}`);
    }
}
