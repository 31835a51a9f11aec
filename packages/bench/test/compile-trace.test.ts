import { describe, expect, it } from 'vitest';
import { BUILD_END_MARKER, BUILD_START_MARKER, compileCensus, functionNames, packageOf } from '../src/compile-trace.js';

// Lines in the shapes Node 24's V8 prints them (--log-code, --trace-opt, --trace-deopt), addresses made up.
const LOG = [
    'code-creation,JS,9,905755,0x19d452bfef88,471,consume file:///repo/packages/language/dist/parser/autonomy-parser.js:111:12,0xf27602be88,~',
    'code-creation,JS,10,910518,0x7fbedc0dadc0,2824,consume file:///repo/packages/language/dist/parser/autonomy-parser.js:111:12,0xf27602be88,^',
    'code-creation,JS,9,905800,0x19d452bfe000,300, file:///repo/node_modules/chevrotain/lib/src/parse/parser/traits/recognizer_api.js:18:12,0xf27602c000,~',
    'code-creation,JS,9,905900,0x19d452bfe100,300,exactShapley file:///repo/packages/analysis/dist/shapley-exact.js:11:29,0xf27602d000,~'
].join('\n');

/** The value with every `ms` to three decimals: sums of the trace's figures are not exact in binary. */
function rounded<T>(value: T): T {
    return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'ms' && typeof v === 'number' ? Math.round(v * 1000) / 1000 : v))) as T;
}

const compiled = (sfi: string, tier: string, a: number, b: number, c: number): string =>
    `[completed compiling 0x2f35534ad231 <JSFunction x (sfi = ${sfi})> (target ${tier}) - took ${a.toFixed(3)}, ${b.toFixed(3)}, ${c.toFixed(3)} ms]`;

describe('the compile census of a measured build', () => {
    it('counts, for each build, only the compilations and deopts between its markers, named from the log', () => {
        const trace = [
            compiled('0xf27602be89', 'MAGLEV', 0, 5, 0), // the warm-up's: not counted
            BUILD_START_MARKER,
            compiled('0xf27602be89', 'MAGLEV', 0.1, 1, 0.2),
            compiled('0xf27602be89', 'TURBOFAN_JS', 0.5, 10, 1.5),
            compiled('0xf27602c001', 'TURBOFAN_JS', 0, 2, 0),
            compiled('0xf27602d001', 'MAGLEV', 0, 3, 0),
            '[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x0bd56702e7a9 <JSFunction consume (sfi = 0xf27602be89)>, 0x39c925f29e09 <Code TURBOFAN_JS>, opt id 461]',
            BUILD_END_MARKER,
            compiled('0xf27602d001', 'TURBOFAN_JS', 0, 50, 0), // between the builds: not counted
            BUILD_START_MARKER,
            compiled('0xf27602d001', 'TURBOFAN_JS', 0, 70, 0),
            BUILD_END_MARKER
        ].join('\n');
        const [first, second, ...more] = compileCensus(trace, functionNames(LOG), '/repo');
        expect(more).toEqual([]);
        expect(rounded(first.tiers)).toEqual({ MAGLEV: { count: 2, ms: 4.3 }, TURBOFAN_JS: { count: 2, ms: 14 } });
        expect(first.deopts).toBe(1);
        expect(first.deoptsByFunction).toEqual([{ name: 'consume packages/language/dist/parser/autonomy-parser.js:111:12', reason: 'wrong map', count: 1 }]);
        expect(rounded(first.functions[0])).toEqual({ name: 'consume packages/language/dist/parser/autonomy-parser.js:111:12', tier: 'TURBOFAN_JS', count: 1, ms: 12 });
        expect(first.functions.map(f => f.name)).toContain('chevrotain/lib/src/parse/parser/traits/recognizer_api.js:18:12');
        expect(rounded(first.byPackage)).toEqual([
            { where: 'packages/language', ms: 13.3 }, { where: 'packages/analysis', ms: 3 }, { where: 'chevrotain', ms: 2 }
        ]);
        expect(rounded(second.tiers)).toEqual({ MAGLEV: { count: 0, ms: 0 }, TURBOFAN_JS: { count: 1, ms: 70 } });
        expect(second.functions.map(f => f.name)).toEqual(['exactShapley packages/analysis/dist/shapley-exact.js:11:29']);
    });

    it('names a function it cannot find by its address, and says so when the markers are missing', () => {
        const [census] = compileCensus([BUILD_START_MARKER, compiled('0xabc1', 'MAGLEV', 0, 1, 0), BUILD_END_MARKER].join('\n'), new Map(), '/repo');
        expect(census.functions[0].name).toBe('(unnamed 0xabc0)');
        expect(() => compileCensus(compiled('0xabc1', 'MAGLEV', 0, 1, 0), new Map(), '/repo')).toThrow(/AUTONOMY_BENCH_BUILD_MARKERS=1/);
    });

    it('tells the repository\'s packages from npm packages and Node\'s own code', () => {
        expect(packageOf('visit packages/language/dist/speed/ast-walk.js:17:19')).toBe('packages/language');
        expect(packageOf('isOptionalProd @chevrotain/gast/lib/src/helpers.js:12:31')).toBe('@chevrotain/gast');
        expect(packageOf('langium/lib/utils/stream.js:24:22')).toBe('langium');
        expect(packageOf('normalizeString node:path:75:25')).toBe('node');
    });
});
