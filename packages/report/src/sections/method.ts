/** The partner edition's one paragraph on how the figures were worked out, pointing to the analyst edition. */
import type { Section } from '../document.js';
import type { SectionContext } from './context.js';

export function methodSection(ctx: SectionContext, omittedPractices: number): Section {
    const { analysis } = ctx;
    const more = omittedPractices > 0
        ? ` This edition has a page for the ${analysis.practices.length - omittedPractices} practices with most at stake; the other ${omittedPractices} are in the analyst edition.`
        : '';
    return {
        id: 'method',
        title: 'How these figures were worked out',
        runOn: true,
        blocks: [{
            kind: 'paragraph',
            text: `Every figure is a yearly amount in ${analysis.settings.currency}, from what each practice spends today and what the shared service would cost. `
                + 'A practice\'s fair share is what it adds, on average, to every group of the other practices it could join (the Shapley value); '
                + 'the payments move each practice from what the charging rule gives it to that fair share. A split is stable when no group of practices '
                + 'would do better running the service on its own. Expected autonomy is the share of decisions a practice keeps, multiplied by the chance '
                + `of avoiding a crisis that ends its independence over ${analysis.settings.horizonYears} years; a merger ends it for certain. `
                + `The analyst edition of this briefing sets out every formula, assumption, table and check behind these pages.${more}`
        }]
    };
}
