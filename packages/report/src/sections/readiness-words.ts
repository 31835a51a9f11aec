/** Trust and readiness for partners: a paragraph per collective instead of a table of scores. */
import type { Block, Section } from '../document.js';
import { readinessReason } from '../finding-reasons.js';
import type { SectionContext } from './context.js';
import { pagedGroups } from './paged-summary.js';

const PAGED_COLLECTIVES = 20;

export function readinessInWords(ctx: SectionContext): Section {
    const { analysis, words } = ctx;
    const blocks: Block[] = [{
        kind: 'paragraph',
        text: 'A practice is ready to cede decisions to a group when it trusts the group enough and its partners believe going alone cannot last. '
            + `Trust is scored from how credible, reliable and close the group is, against how much it serves itself; ${analysis.settings.trustThreshold} is the score needed here.`
    }];
    const intro = [...blocks];
    const collectives = [...new Set(analysis.trust.map(t => t.collective))];
    const groups: { weight: number; blocks: Block[] }[] = [];
    for (const c of collectives) {
        const pairs = analysis.trust.filter(t => t.collective === c);
        const ready = pairs.filter(t => t.ready === true).map(t => t.practice);
        const others = pairs.filter(t => t.ready !== true);
        const head = ready.length === pairs.length
            ? `Every practice scored for ${words.title(c)} is ready to cede to it (${words.names(ready)}).`
            : `${ready.length} of the ${pairs.length} practices scored for ${words.title(c)} ${ready.length === 1 ? 'is' : 'are'} ready to cede to it`
                + (ready.length > 0 ? ` (${words.names(ready)}).` : '.');
        const why = others.map(t => `${words.title(t.practice)}: ${readinessReason(t.practice, c, analysis, words).texts.join('; ')}.`);
        const group: Block[] = [{ kind: 'heading', level: 3, text: words.title(c) }, { kind: 'paragraph', text: [head, ...why].join(' ') }];
        groups.push({ weight: others.length, blocks: group });
        blocks.push(...group);
    }
    if (collectives.length === 0) blocks.push({ kind: 'note', text: 'Nobody has yet scored how far the practices trust their groups, so readiness is unknown.' });
    return { id: 'trust', title: 'Trust and readiness', blocks, pagedBlocks: pagedGroups(intro, groups, PAGED_COLLECTIVES, 'collectives') };
}
