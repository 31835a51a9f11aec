/**
 * Reads what V8 says it compiled during a measured build: the lines of
 * `--trace-opt` (and `--trace-deopt`) between the markers measure-size.ts
 * prints around each build, with each function named from the code events of
 * a `--log-code` log. Pure: text in, a census out (compile-census.ts runs the
 * processes).
 */

/** Printed on stdout by measure-size.ts around a measured build when asked to (COMPILE_MARKERS_ENV). */
export const BUILD_START_MARKER = '@@autonomy-bench build start';
export const BUILD_END_MARKER = '@@autonomy-bench build end';
export const COMPILE_MARKERS_ENV = 'AUTONOMY_BENCH_BUILD_MARKERS';

export type Tier = 'MAGLEV' | 'TURBOFAN_JS';

export interface CompiledFunction {
    /** "name where", e.g. "consume packages/language/dist/parser/autonomy-parser.js:111:12". */
    name: string;
    tier: Tier;
    count: number;
    ms: number;
}

export interface CompileCensus {
    /** Compilations finished between the markers, by tier: how many and V8's own time for them (all three phases). */
    tiers: Record<Tier, { count: number; ms: number }>;
    /** Deoptimisations begun between the markers. */
    deopts: number;
    /** Those by function and V8's reason ("wrong map", "Insufficient type feedback for call"...), most first. */
    deoptsByFunction: Array<{ name: string; reason: string; count: number }>;
    /** Compile time by where the code comes from: one of the repository's packages, or an npm package. */
    byPackage: Array<{ where: string; ms: number }>;
    functions: CompiledFunction[];
}

/**
 * Shared-function-info addresses to names, from `code-creation` events of a V8 log:
 * `code-creation,<type>,<kind>,<time>,<code address>,<size>,<name where>,<sfi address>,<state>`.
 */
export function functionNames(v8Log: string): Map<string, string> {
    const names = new Map<string, string>();
    for (const line of v8Log.split('\n')) {
        if (!line.startsWith('code-creation,JS,')) {
            continue;
        }
        const fields = line.split(',');
        const sfi = fields[fields.length - 2];
        if (!names.has(sfi)) {
            names.set(sfi, fields.slice(6, fields.length - 2).join(',').trim());
        }
    }
    return names;
}

const COMPLETED = /completed compiling .*?\(sfi = (0x[0-9a-f]+)\)> \(target (MAGLEV|TURBOFAN_JS)\) - took ([\d.]+), ([\d.]+), ([\d.]+) ms/;
const DEOPT_BEGIN = /^\[bailout \(kind: deopt[^,]*, reason: (.*?)\): begin\. deoptimizing .*?\(sfi = (0x[0-9a-f]+)\)>/;

/**
 * The census of each measured build in `trace` (the child's stdout), in order. Trace lines name a
 * function's tagged pointer (its address plus one); the log names its address.
 */
export function compileCensus(trace: string, names: ReadonlyMap<string, string>, root: string): CompileCensus[] {
    const builds: CompileCensus[] = [];
    let current: Tally | undefined;
    for (const line of trace.split('\n')) {
        if (line.startsWith(BUILD_START_MARKER)) {
            current = new Tally();
            continue;
        }
        if (line.startsWith(BUILD_END_MARKER)) {
            if (current) {
                builds.push(current.census());
            }
            current = undefined;
            continue;
        }
        if (!current) {
            continue;
        }
        const name = (tagged: string): string => {
            const address = `0x${(BigInt(tagged) - 1n).toString(16)}`;
            return shorten(names.get(address) ?? `(unnamed ${address})`, root);
        };
        const deopt = DEOPT_BEGIN.exec(line);
        if (deopt) {
            current.deopt(name(deopt[2]), deopt[1]);
            continue;
        }
        const m = COMPLETED.exec(line);
        if (m) {
            current.add(name(m[1]), m[2] as Tier, Number(m[3]) + Number(m[4]) + Number(m[5]));
        }
    }
    if (builds.length === 0) {
        throw new Error(`no "${BUILD_START_MARKER}" ... "${BUILD_END_MARKER}" lines in the trace: was measure-size.js run with ${COMPILE_MARKERS_ENV}=1?`);
    }
    return builds;
}

class Tally {
    private deopts = 0;
    private readonly deopted = new Map<string, { name: string; reason: string; count: number }>();
    private readonly tiers: CompileCensus['tiers'] = { MAGLEV: { count: 0, ms: 0 }, TURBOFAN_JS: { count: 0, ms: 0 } };
    private readonly functions = new Map<string, CompiledFunction>();
    private readonly byPackage = new Map<string, number>();

    add(name: string, tier: Tier, ms: number): void {
        this.tiers[tier].count++;
        this.tiers[tier].ms += ms;
        const key = `${tier} ${name}`;
        const known = this.functions.get(key) ?? { name, tier, count: 0, ms: 0 };
        known.count++;
        known.ms += ms;
        this.functions.set(key, known);
        const where = packageOf(name);
        this.byPackage.set(where, (this.byPackage.get(where) ?? 0) + ms);
    }

    deopt(name: string, reason: string): void {
        this.deopts++;
        const key = `${reason}\u0000${name}`;
        const known = this.deopted.get(key) ?? { name, reason, count: 0 };
        known.count++;
        this.deopted.set(key, known);
    }

    census(): CompileCensus {
        return {
            tiers: this.tiers,
            deopts: this.deopts,
            deoptsByFunction: [...this.deopted.values()].sort((a, b) => b.count - a.count),
            byPackage: [...this.byPackage].map(([where, ms]) => ({ where, ms })).sort((a, b) => b.ms - a.ms),
            functions: [...this.functions.values()].sort((a, b) => b.ms - a.ms)
        };
    }
}

/** "name file:///root/packages/x/dist/y.js:1:2" -> "name packages/x/dist/y.js:1:2"; node_modules/ dropped. */
function shorten(name: string, root: string): string {
    return name.replace(`file://${root}/`, '').replace(/(?:file:\/\/)?\S*node_modules\//, '');
}

/** "packages/analysis" for the repository's code, the npm package's name for a dependency's, "node" for Node's own. */
export function packageOf(name: string): string {
    // The place is the last word: names may have spaces ("get range"), paths made relative by shorten() do not.
    const where = name.slice(name.lastIndexOf(' ') + 1);
    const ours = /^packages\/([^/]+)\//.exec(where);
    if (ours) {
        return `packages/${ours[1]}`;
    }
    if (where.startsWith('node:')) {
        return 'node';
    }
    const dependency = /^(@[^/]+\/[^/]+|[^/@][^/]*)\//.exec(where);
    return dependency ? dependency[1] : '(other)';
}
