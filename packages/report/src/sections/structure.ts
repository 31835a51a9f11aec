import type { Collective, DomainModel } from '@autonomy/domain';
import type { Section, StructureNode } from '../document.js';
import { ruleWords, type Wording } from '../wording.js';
import { type SectionContext, sourceRef } from './context.js';
import { collectiveTrustBlocks, structureAlerts } from './member-votes.js';

export function structureSection(ctx: SectionContext): Section {
    const { model, analysis, words } = ctx;
    return {
        id: 'structure',
        title: 'Structure and relationships',
        blocks: [
            {
                kind: 'chart',
                title: 'Which practice belongs to which collective',
                description: 'Collectives contain their members; a practice outside every collective stands alone.',
                chart: { kind: 'structure', roots: structureRoots(model, words, structureAlerts(ctx)) }
            },
            model.collectives.length === 0
                ? { kind: 'note', text: 'The model declares no collectives.' }
                : {
                    kind: 'table',
                    columns: [
                        { header: 'Collective' }, { header: 'Kind' }, { header: 'Decides by' },
                        { header: 'Speaks for members', align: 'center' }, { header: 'Members' }
                    ],
                    rows: model.collectives.map(c => ({
                        kind: 'collective',
                        source: sourceRef(c.source),
                        cells: [c.title, c.kind.replace('-', ' '), ruleWords(c.decisionRule), c.speaksForMembers ? 'yes' : 'no', words.names(c.members)]
                    }))
                },
            ...collectiveTrustBlocks(ctx),
            { kind: 'heading', level: 3, text: 'Relationships with system partners' },
            {
                kind: 'paragraph',
                text: 'Ease of doing business: a system partner must hold one relationship per unit that speaks for practices '
                    + '(a practice alone, or the top collective that speaks for it). The count is an average, the patients it serves '
                    + 'divided by the units\' average list size, so the table gives it rounded, with that division beside it. '
                    + 'Effectively, a collective speaks only for the practices whose trust in it reaches the threshold; the others remain units of their own.'
            },
            analysis.partners.length === 0
                ? { kind: 'note', text: 'The model declares no system partners.' }
                : {
                    kind: 'table',
                    columns: [
                        { header: 'System partner' }, { header: 'Units speaking for practices: today → organised → effectively', align: 'right' },
                        { header: 'Relationships today' }, { header: 'Relationships organised' }, { header: 'Relationships effectively' }
                    ],
                    rows: analysis.partners.map(p => ({
                        kind: 'partner',
                        source: sourceRef(model.partners.find(x => x.id === p.id)?.source),
                        cells: [
                            p.title, `${words.count(p.before.units)} → ${words.count(p.after.units)} → ${words.count(p.effective.units)}`,
                            words.relationships(p.population, p.before), words.relationships(p.population, p.after),
                            words.relationships(p.population, p.effective)
                        ]
                    }))
                }
        ]
    };
}

/** Top-level collectives with their nested members, then practices in no collective. */
export function structureRoots(model: DomainModel, words: Wording, alerts: ReadonlyMap<string, NonNullable<StructureNode['alert']>> = new Map()): StructureNode[] {
    const collectives = new Map(model.collectives.map(c => [c.id, c]));
    const nested = new Set(model.collectives.flatMap(c => c.members));
    const node = (id: string, path: Set<string>): StructureNode => {
        const collective = collectives.get(id);
        if (!collective) return { label: words.title(id), kind: 'practice', children: [] };
        // A membership cycle is a model error the validator reports; stop rather than recurse forever.
        if (path.has(id)) return { label: words.title(id), kind: 'collective', detail: 'membership cycle', children: [] };
        const inner = new Set(path).add(id);
        const alert = alerts.get(id);
        return {
            label: collective.title, kind: 'collective', detail: detail(collective), ...(alert ? { alert } : {}),
            children: collective.members.map(m => node(m, inner))
        };
    };
    const topCollectives = model.collectives.filter(c => !nested.has(c.id));
    // With a cycle every collective is nested somewhere; still draw them.
    const roots = (topCollectives.length > 0 || model.collectives.length === 0 ? topCollectives : model.collectives).map(c => node(c.id, new Set()));
    const loose = model.practices.filter(p => !nested.has(p.id)).map(p => node(p.id, new Set()));
    return [...roots, ...loose];
}

function detail(c: Collective): string {
    return `${c.kind.replace('-', ' ')} · ${ruleWords(c.decisionRule)}`;
}
