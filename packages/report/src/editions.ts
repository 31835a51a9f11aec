/**
 * Which sections each edition carries, in order. Both come from the one
 * section context and the one set of findings, so the two can never state
 * different figures.
 */
import type { Block, Section } from './document.js';
import { appendixSection } from './sections/appendix.js';
import type { SectionContext } from './sections/context.js';
import { dealSection, hasTermSheets } from './sections/deal.js';
import { diagnosticsSection } from './sections/diagnostics.js';
import { initiativesSection } from './sections/initiatives.js';
import { methodSection } from './sections/method.js';
import { paradoxSection } from './sections/paradox.js';
import { practicePages } from './sections/practice-pages.js';
import { practicesSection } from './sections/practices.js';
import { readinessInWords } from './sections/readiness-words.js';
import { sharingRulesSection } from './sections/sharing-rules.js';
import { structureSection } from './sections/structure.js';
import { trustSection } from './sections/trust.js';
import { votingPowerSection } from './sections/voting-power.js';

/** `sensitivity`: the sensitivity section, when the report was built with a sensitivity result. */
export function analystSections(ctx: SectionContext, summary: Section, sensitivity?: Section): Section[] {
    return [
        summary,
        practicesSection(ctx),
        initiativesSection(ctx),
        ...decisionSections(ctx),
        paradoxSection(ctx),
        ...(sensitivity ? [sensitivity] : []),
        trustSection(ctx),
        structureSection(ctx),
        diagnosticsSection(ctx),
        appendixSection(ctx)
    ];
}

/** Decision support (DOMAIN.md items 14, 15, 18): present when the analysis was asked for it. */
function decisionSections(ctx: SectionContext): Section[] {
    return [sharingRulesSection(ctx), hasTermSheets(ctx) ? dealSection(ctx) : undefined, votingPowerSection(ctx)].filter((s): s is Section => s !== undefined);
}

/** The recommendation and the deal first, a page per practice, then the paradox, trust in words and the method in one paragraph. */
export function partnerSections(ctx: SectionContext, summary: Section): Section[] {
    const pages = practicePages(ctx);
    return [
        summary,
        dealSection(ctx),
        ...pages.sections,
        withoutSources(paradoxSection(ctx)),
        readinessInWords(ctx),
        methodSection(ctx, pages.omitted)
    ];
}

/** Partners get no links into model files. */
function withoutSources(section: Section): Section {
    return {
        ...section,
        blocks: section.blocks.map((block): Block => {
            if (block.kind === 'table') return { ...block, rows: block.rows.map(row => ({ ...row, source: undefined })) };
            if (block.kind === 'paragraph' || block.kind === 'heading') return { ...block, source: undefined };
            return block;
        })
    };
}
