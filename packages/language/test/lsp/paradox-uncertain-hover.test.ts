/**
 * A practice's hover on fair shares estimated above the editor's exact limit (12 participants): where two
 * standard errors of its estimated benefit could change its paradox verdict (paradoxVerdictUncertain), the
 * hover says the verdict rests on the estimates, with the figures and what to do; elsewhere it does not.
 */
import { parseHelper } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { thirteenPracticesText } from '../../../analysis/test/thirteen-practices.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestServices, hoverReader } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

/**
 * Every practice cedes documents (weight 1 of 100): A = 0.99, so with a 30% risk the tie E_collective = E_alone
 * is at a benefit of (0.7 / 0.99 - 0.7) / 0.3 of the gap: £117.85 of P1's £5,000, £235.69 of the others' £10,000.
 */
function model(p1Gap: string): string {
    return thirteenPracticesText({ p1Gap, otherDomains: true });
}

const hoverAt = hoverReader(Autonomy);

/** A practice's hover, over its name in its declaration. */
function practiceHover(document: LangiumDocument, id: string): Promise<string> {
    // The first occurrence of "P1 {" is in "practice P1 {".
    return hoverAt(document, `${id} {`);
}

describe('Practice P1, its fair share estimated at -£306.73 (standard error £270.45)', () => {
    let near: LangiumDocument;
    let far: LangiumDocument;
    beforeAll(async () => {
        near = await parse(model('£5,000'), { validation: true });
        far = await parse(model('£100,000'), { validation: true });
    });

    it('with a £5,000 gap (tie at £117.85, within two standard errors): the verdict is said to be uncertain', async () => {
        const text = await practiceHover(near, 'P1');
        expect(text).toContain('| Net benefit | -£306.73 per year |');
        expect(text).toContain('**On the estimated fair shares, ceding would not raise its expected autonomy** (70% alone, 69.3% in the collective), but that is uncertain.');
        expect(text).toContain('Its benefit of -£306.73 a year rests on estimated fair shares with a standard error of £270.45, and within two standard errors '
            + 'either way the verdict could change: raise the exact limit or the number of orderings to tell.');
        expect(text).not.toContain('it is better off alone as modelled');
        // Practice P0 gains well clear of its tie: its verdict is stated.
        const p0 = await practiceHover(near, 'P0');
        expect(p0).toContain('**Ceding raises its expected autonomy**');
        expect(p0).not.toContain('uncertain');
    });

    it('with a £100,000 gap (tie at £2,356.90, beyond two standard errors): the verdict is stated, not called uncertain', async () => {
        const text = await practiceHover(far, 'P1');
        expect(text).toContain('| Net benefit | -£306.73 per year |');
        expect(text).toContain('**Ceding does not raise its expected autonomy** (70% alone, 69.3% in the collective): it is better off alone as modelled.');
        expect(text).not.toContain('uncertain');
        expect(text).not.toContain('rests on estimated fair shares');
    });
});
