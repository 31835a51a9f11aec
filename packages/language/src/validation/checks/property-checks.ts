import type { AstNode, ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { label } from '../naming.js';
import { report } from '../report.js';

/** Property kinds that may appear once per declaration, with the words a message uses for them. */
const SINGLE_PROPERTIES: Record<string, string> = {
    ListSize: 'list size',
    SustainabilityGap: 'sustainability gap',
    CrisisRisk: 'crisis risk',
    Belief: "'believes going alone is unsustainable'",
    KindProperty: 'kind',
    DecisionProperty: 'decision rule',
    SpeaksProperty: "'speaks for members'",
    RunBy: "'run by'",
    Charging: 'charging rule',
    Sharing: 'sharing rule',
    Investment: 'investment',
    MergerSaving: 'saving',
    CurrencySetting: 'currency',
    HorizonSetting: 'horizon',
    TrustThresholdSetting: 'trust threshold',
    SubtitleSetting: 'subtitle'
};

/** `owner` gives the message's subject, worked out only for a repeat (most declarations have none). */
function reportRepeats(owner: () => string, items: AstNode[], keyOf: (n: AstNode) => string | undefined,
    nameOf: (n: AstNode) => string, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    for (const item of items) {
        const key = keyOf(item);
        if (key === undefined) {
            continue;
        }
        if (seen.has(key)) {
            report(accept, 'duplicate-property',
                `${owner()} states its ${nameOf(item)} more than once; only the first counts. Remove this line.`,
                { node: item, data: { remove: true } });
        }
        seen.add(key);
    }
}

function checkSingles(owner: () => string, properties: AstNode[], accept: ValidationAcceptor): void {
    reportRepeats(owner, properties, p => (p.$type in SINGLE_PROPERTIES ? p.$type : undefined),
        p => SINGLE_PROPERTIES[p.$type], accept);
}

export function checkPracticeProperties(node: ast.Practice, accept: ValidationAcceptor): void {
    checkSingles(() => `Practice ${label(node)}`, node.properties, accept);
}

export function checkCollectiveProperties(node: ast.Collective, accept: ValidationAcceptor): void {
    checkSingles(() => `Collective ${label(node)}`, node.properties, accept);
}

export function checkInitiativeProperties(node: ast.Initiative, accept: ValidationAcceptor): void {
    checkSingles(() => `Initiative ${label(node)}`, node.properties, accept);
}

export function checkMergerProperties(node: ast.Merger, accept: ValidationAcceptor): void {
    checkSingles(() => `Merger ${label(node)}`, node.properties, accept);
}

export function checkSettingEntries(node: ast.ModelSettings, accept: ValidationAcceptor): void {
    checkSingles(() => `Model "${node.title}"`, node.entries, accept);
}

export function checkTrustComponents(node: ast.Trust, accept: ValidationAcceptor): void {
    const owner = () => `The trust of ${node.practice?.$refText} in ${node.collective?.$refText}`;
    reportRepeats(owner, node.components, c => (c as ast.TrustComponent).component,
        c => (c as ast.TrustComponent).component, accept);
}

export function checkCurrentCostsOnce(node: ast.Initiative, accept: ValidationAcceptor): void {
    const costs = node.properties.filter(ast.isCurrentCosts).flatMap(c => c.costs);
    reportRepeats(() => `Initiative ${label(node)}`, costs, c => (c as ast.PracticeCost).practice?.ref?.name,
        c => `current cost for ${(c as ast.PracticeCost).practice.$refText}`, accept);
}

export function checkCoalitionsOnce(node: ast.Initiative, accept: ValidationAcceptor): void {
    const coalitions = node.properties.filter(ast.isCoalitionSaving);
    reportRepeats(() => `Initiative ${label(node)}`, coalitions,
        c => [...new Set((c as ast.CoalitionSaving).members.map(m => m.ref?.name ?? m.$refText))].sort().join('+'),
        c => `saving for coalition ${(c as ast.CoalitionSaving).members.map(m => m.$refText).join(' + ')}`, accept);
}
