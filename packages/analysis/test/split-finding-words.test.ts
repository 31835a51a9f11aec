/**
 * The remedy a charged-split-outside-core finding gives must follow from the
 * figures beside it: "no split is stable" only when the least core says the
 * core is empty, a named stable split only when one was computed, and
 * otherwise a sentence that says the question was not answered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.js';
import { gameSpec, modelOf } from './fixtures.js';

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
