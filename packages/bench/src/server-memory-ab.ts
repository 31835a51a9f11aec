/**
 * `npm run bench:memory`: the language server's resident memory under
 * several start-up settings, measured A/B/A/B (the variants alternate, so a
 * change in the machine's load hits them alike), with the load average beside
 * every figure. Each variant is Node/V8 flags and environment variables for
 * the server process, e.g.
 *
 *   npm run bench:memory -- --lines 50000 --runs 3 \
 *     --variant "now: --max-semi-space-size=16" \
 *     --variant "arenas: --max-semi-space-size=16 MALLOC_ARENA_MAX=2"
 *
 * A word starting with `--` is a Node flag, NAME=value an environment
 * variable (every server gets DEFAULT_SERVER_ENV, the extension's, besides;
 * `NAME=` with no value leaves NAME out), `entry=<path>` the server to start for this variant (to compare
 * two builds, e.g. bundles made with `node packages/vscode/esbuild.mjs --outdir <dir>`
 * from two commits: `entry=<dir>/server.cjs`). `--lines 0` measures the server with an empty workspace (what the
 * process holds by itself). `--edits 40` then types that many characters
 * into shared.autonomy, which every other file imports (each edit rebuilds the
 * workspace), and measures again. `--settle 8000` reads the memory that long
 * after the last diagnostics instead of 2,000 ms; `--idle 8000` reads it a
 * second time, that long after the last diagnostics (the server's idle
 * memory release waits 0.5 s of quiet after loading, 5 s after typing). `--latency 300,1000` also runs those keystroke
 * latency rows for each variant (a setting that saves memory but slows typing
 * must show it). `--entry bundle` or `--entry package` picks the server
 * (packages/vscode/out/server.cjs or packages/language-server/dist/main.js);
 * by default the one `npm run bench` starts.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { measureServerMemory, type ServerMemory } from './editor-latency.js';
import { BUNDLED_SERVER_ENTRY, DEFAULT_SERVER_NODE_ARGS, describeServerEntry, findServerEntry, LANGUAGE_SERVER_ENTRY, REPO_ROOT } from './language-server-client.js';
import { LATENCY_TARGETS, latencyReport, measureLatencyRows } from './latency-rows.js';
import { median } from './statistics.js';

export interface ServerVariant {
    name: string;
    nodeArgs: string[];
    env: Record<string, string>;
    /** The server to start, when not the one given by --entry. */
    entry?: string;
}

/** "name: --flag NAME=value ..." as a variant; without "name:", the words themselves name it. */
export function parseVariant(spec: string): ServerVariant {
    const colon = spec.indexOf(':');
    const name = colon >= 0 ? spec.slice(0, colon).trim() : undefined;
    const words = spec.slice(colon + 1).split(' ').filter(w => w.length > 0);
    const env: Record<string, string> = {};
    const nodeArgs: string[] = [];
    let entry: string | undefined;
    for (const word of words) {
        if (word.startsWith('entry=')) {
            entry = resolve(word.slice('entry='.length));
            continue;
        }
        const variable = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(word);
        if (variable) {
            env[variable[1]] = variable[2];
        } else if (word.startsWith('--')) {
            nodeArgs.push(word);
        } else {
            throw new Error(`bench:memory: "${word}" in --variant "${spec}" is neither a Node flag (--name), an environment variable (NAME=value) nor entry=<path to a server>`);
        }
    }
    return { name: name ?? (words.join(' ') || "Node's defaults"), nodeArgs, env, ...(entry ? { entry } : {}) };
}

const mb = (n: number | undefined) => (n === undefined ? '-' : String(n));

const ms = (n: number | undefined) => (n === undefined ? '-' : Math.round(n).toLocaleString('en-GB'));

function row(variant: ServerVariant, memory: ServerMemory, load: number): string[] {
    const edited = memory.afterEdits;
    return [variant.name, mb(memory.rssMb), mb(memory.rssAnonMb), mb(memory.rssFileMb),
        ...(memory.idle ? [mb(memory.idle.rssMb)] : []),
        ...(edited ? [mb(edited.rssMb), ms(edited.cpuMsPerEdit)] : []), mb(memory.afterGc?.rssMb),
        `${mb(memory.afterGc?.heapUsedMb)} / ${mb(memory.afterGc?.heapTotalMb)}`, mb(memory.afterGc?.externalMb),
        ms(memory.loadMs), ms(memory.loadCpuMs), load.toFixed(1)];
}

function table(rows: string[][]): string {
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    return rows.map(r => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')).join('\n');
}

async function main(): Promise<void> {
    const argv = process.argv.slice(2);
    const get = (name: string, fallback: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
    const lines = Number(get('lines', '50000'));
    const runs = Number(get('runs', '3'));
    const seed = Number(get('seed', '1'));
    const edits = Number(get('edits', '0'));
    const settleMs = Number(get('settle', '2000'));
    const idleMs = argv.includes('--idle') ? Number(get('idle', '8000')) : undefined;
    const latencySizes = get('latency', '').split(',').map(Number).filter(n => n > 0);
    const entryName = get('entry', '');
    const entry = entryName === 'bundle' ? REPO_ROOT + BUNDLED_SERVER_ENTRY : entryName === 'package' ? REPO_ROOT + LANGUAGE_SERVER_ENTRY : findServerEntry();
    if (!entry) {
        throw new Error('bench:memory: no language server build found; run npm run build');
    }
    const specs = argv.flatMap((a, i) => (a === '--variant' ? [argv[i + 1]] : []));
    const variants = specs.length > 0 ? specs.map(parseVariant) : [{ name: "the extension's", nodeArgs: [...DEFAULT_SERVER_NODE_ARGS], env: {} }];
    console.log(`server memory A/B, ${new Date().toISOString()}, Node ${process.version}, ${lines.toLocaleString('en-GB')}-line workspace, read ${settleMs.toLocaleString('en-GB')} ms after the last diagnostics, ${runs} round(s), load average ${loadavg().map(l => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    console.log(`  server: ${describeServerEntry(entry)}`);
    for (const v of variants) {
        console.log(`  ${v.name}: ${[...v.nodeArgs, ...Object.entries(v.env).map(([k, val]) => `${k}=${val}`)].join(' ') || "Node's defaults"}`);
        if (v.entry) {
            console.log(`    server: ${describeServerEntry(v.entry)}`);
        }
    }
    const header = ['variant', `RSS MB at ${settleMs.toLocaleString('en-GB')} ms`, 'anon', 'file', ...(idleMs === undefined ? [] : [`RSS at ${idleMs.toLocaleString('en-GB')} ms`]), ...(edits > 0 ? [`RSS after ${edits} edits`, 'CPU ms/edit'] : []),
        'RSS after GC', 'heap used / total', 'external', 'load ms', 'load CPU ms', 'load avg'];
    const rows: string[][] = [header];
    const figures = new Map(variants.map(v => [v.name, { rss: [] as number[], idle: [] as number[], cpu: [] as number[], edited: [] as number[] }]));
    for (let round = 0; round < runs; round++) {
        for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
            const memory = await measureServerMemory({ lines, seed, nodeArgs: variant.nodeArgs, env: variant.env, entry: variant.entry ?? entry, edits, settleMs, idleMs });
            const load = loadavg()[0];
            rows.push(row(variant, memory, load));
            console.log(table([header, rows[rows.length - 1]]).split('\n')[1]);
            const kept = figures.get(variant.name)!;
            kept.rss.push(...(memory.rssMb === undefined ? [] : [memory.rssMb]));
            kept.idle.push(...(memory.idle?.rssMb === undefined ? [] : [memory.idle.rssMb]));
            kept.cpu.push(...(memory.loadCpuMs === undefined ? [] : [memory.loadCpuMs]));
            kept.edited.push(...(memory.afterEdits?.rssMb === undefined ? [] : [memory.afterEdits.rssMb]));
        }
    }
    const medians = variants.map(v => {
        const kept = figures.get(v.name)!;
        return `${v.name} ${median(kept.rss)} MB${idleMs === undefined ? '' : ` (at ${idleMs.toLocaleString('en-GB')} ms ${median(kept.idle)} MB)`}${edits > 0 ? ` (after edits ${median(kept.edited)} MB)` : ''}, load CPU ${ms(median(kept.cpu))} ms`;
    });
    console.log(`\n${table(rows)}\n\nmedians: ${medians.join('; ')}`);
    if (latencySizes.length > 0) {
        const targets = LATENCY_TARGETS.filter(t => latencySizes.includes(t.lines));
        for (const variant of variants) {
            const latency = await measureLatencyRows({ seed, nodeArgs: variant.nodeArgs, env: variant.env, entry: variant.entry ?? entry, targets });
            console.log(`\n${variant.name}:\n${latencyReport(latency).lines.slice(2).join('\n')}`);
        }
    }
}

if (process.argv[1]?.endsWith('server-memory-ab.js')) {
    await main();
}
