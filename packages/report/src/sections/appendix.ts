import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, Section } from '../document.js';
import { markdownToBlocks } from '../markdown-blocks.js';
import type { SectionContext } from './context.js';

/**
 * Where the formulas page lives relative to this module: the repository's
 * docs/formulas.md, written with the analysis. A bundle (the editor
 * extension) that moves this module passes the text to buildReport instead.
 */
export function formulasPath(): string | undefined {
    try {
        const inRepository = fileURLToPath(new URL('../../../../docs/formulas.md', import.meta.url));
        // The standalone CLI tarball carries a copy inside this package (packages/cli/scripts/pack-standalone.mjs).
        const inPackage = fileURLToPath(new URL('../../docs/formulas.md', import.meta.url));
        return existsSync(inRepository) || !existsSync(inPackage) ? inRepository : inPackage;
    } catch {
        return undefined;
    }
}

export function loadFormulas(): { text?: string; path?: string } {
    const path = formulasPath();
    if (!path) return {};
    try {
        return { text: readFileSync(path, 'utf8'), path };
    } catch {
        return { path };
    }
}

export function appendixSection(ctx: SectionContext): Section {
    const { analysis, model, words } = ctx;
    const loaded = ctx.formulas !== undefined ? { text: ctx.formulas } : loadFormulas();
    const formulas: Block[] = loaded.text !== undefined
        ? markdownToBlocks(loaded.text)
        : [{ kind: 'note', text: `The formulas page (docs/formulas.md) was not found${loaded.path ? ` at ${loaded.path}` : ''}; this report was built without it.` }];
    const estimated = analysis.initiatives.filter(i => i.method === 'monte-carlo');
    const assumptions = [
        `Every figure is per year, in ${model.settings.currency}, rounded to whole pence so that each split still sums to its total.`,
        `Planning horizon: ${model.settings.horizonYears} years; crisis risks are over that horizon.`,
        `Trust threshold: ${model.settings.trustThreshold}. A practice with no trust statement is counted as not ready.`,
        'A coalition can always keep the status quo, so no group\'s saving is taken as negative.',
        estimated.length === 0
            ? 'Fair shares are exact: every group of participants was evaluated.'
            : `Fair shares are estimated by sampling for ${words.names(estimated.map(i => i.id))} `
                + `(${estimated.map(i => `${words.count(i.samples ?? 0)} samples, seed ${i.seed}`).join('; ')})`
                + (estimated.length < analysis.initiatives.length ? '; the rest are exact.' : '.'),
        `Analysis schema version ${analysis.schemaVersion}.`
    ];
    return {
        id: 'appendix',
        title: 'Appendix: formulas and assumptions',
        blocks: [
            { kind: 'heading', level: 3, text: 'Assumptions used in this report' },
            { kind: 'list', items: assumptions },
            ...formulas
        ]
    };
}
