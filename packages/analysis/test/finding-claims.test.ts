/**
 * Findings claim only what the figures beside them show. A charged split
 * outside the core: "no split is stable" only when the least core says the
 * core is empty, a named stable split only when one was computed, and
 * otherwise a sentence that says the question was not answered. A loss-making
 * initiative: "the most valuable coalition" and "no coalition saves money"
 * only when every coalition was compared (brute force here), else words that
 * say only some were tried.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { brute, gameSpec, modelOf, subsets } from './fixtures.js';

const NO_STABLE_SPLIT = 'No split of this initiative is stable';

describe('the stable-split remedy of a charged split outside the core', () => {
    it('claims only what the stable-split figures show, whatever limits the analysis ran under', () => {
        let unknown = 0;
        fc.assert(fc.property(
            gameSpec(2, 7),
            fc.constantFrom('as-charged' as const, 'fair' as const),
            fc.constantFrom({}, { stableSplitLimit: 0 }, { stableSplitLimit: 3 }, { stableSplitForFindingsOnly: true }),
            (spec, sharing, options) => {
                const result = analyse(modelOf(spec, { sharing }), options);
                const initiative = result.initiatives[0];
                for (const finding of result.findings.filter(f => f.code === 'charged-split-outside-core')) {
                    if (finding.message.includes(NO_STABLE_SPLIT)) {
                        expect(initiative.coreEmpty).toBe(true);
                    }
                    const named = /the (nucleolus|least-core) split is:/.exec(finding.message);
                    if (named) {
                        expect(initiative.coreEmpty).toBe(false);
                        expect(initiative.stableSplitMethod).toBe(named[1]);
                    }
                    if (initiative.coreEmpty === null && initiative.fair.inCore !== true) {
                        unknown++;
                        expect(finding.message).toContain('was not worked out');
                    }
                }
            }
        ), { numRuns: 400, seed: 15 });
        // The property must have met the case it is about.
        expect(unknown).toBeGreaterThan(0);
    });
});

describe('the best coalition of a loss-making initiative', () => {
    it('is the most valuable of all when every coalition was compared, and only said to be so then', () => {
        let heuristic = 0;
        let exhaustive = 0;
        fc.assert(fc.property(gameSpec(2, 7), fc.boolean(), (spec, enumerate) => {
            const n = spec.pops.length;
            const result = analyse(modelOf(spec), enumerate ? {} : { exactLimit: 1, samples: 50 });
            const initiative = result.initiatives[0];
            const best = initiative.bestCoalition;
            if (!initiative.lossMaking || !best) {
                return;
            }
            const index = (id: string) => Number(id.slice(1));
            // The value stated is the value of the coalition named, whichever way it was found.
            expect(best.value).toBe(best.members.length === 0 ? 0 : brute(spec, best.members.map(index)));
            expect(best.exhaustive).toBe(enumerate);
            const message = result.findings.find(f => f.code === 'loss-making-initiative')!.message;
            if (best.exhaustive) {
                exhaustive++;
                expect(best.value).toBe(Math.max(0, ...subsets(n).map(members => brute(spec, members))));
            } else {
                heuristic++;
                expect(message).not.toContain('The most valuable coalition is');
                expect(message).not.toContain('No coalition of its participants saves money');
                expect(message).toContain('tried');
            }
        }), { numRuns: 300, seed: 15 });
        expect(exhaustive).toBeGreaterThan(0);
        expect(heuristic).toBeGreaterThan(0);
    });
});

describe('the estimated-fair-share finding', () => {
    it('writes the number of orderings as partners read numbers', () => {
        const ids = Array.from({ length: 25 }, (_, i) => i);
        const result = analyse(modelOf({ pops: ids.map(i => 1_000 + i), costs: ids.map(() => 100_000), terms: [{ kind: 'fixed', amount: 500_000 }] }));
        const finding = result.findings.find(f => f.code === 'estimated-fair-share')!;
        expect(result.initiatives[0].samples).toBe(5_000);
        expect(finding.message).toContain('estimated from 5,000 random orderings');
    });
});
