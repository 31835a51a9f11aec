import type {
    ChargingRule, Collective as DomainCollective, CollectiveKind, DecisionDomain, DecisionRule, DomainModel, Initiative as DomainInitiative,
    MergerOption, ModelSettings, SharedCostTerm, SourceLocation, SystemPartner
} from '@autonomy/domain';
import { DEFAULT_SETTINGS } from '@autonomy/domain';
import { type LangiumDocument, type LangiumDocuments, type Reference, URI } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import * as ast from '../generated/ast.js';
import type { ImportResolver } from '../imports/import-resolver.js';
import { DeclarationRecords, sourceOf } from './declaration-records.js';

const COLLECTIVE_KINDS: Record<string, CollectiveKind> = {
    'network': 'network',
    'federation': 'federation',
    'leadership-group': 'leadership-group',
    'super-partnership': 'super-partnership',
    'group': 'collective'
};

const DECISION_RULES: Record<string, DecisionRule> = {
    'consensus': 'consensus',
    'majority-vote': 'majority-vote',
    'weighted-vote': 'weighted-vote',
    'delegation': 'delegated'
};

/**
 * Builds the plain domain model from a document and the files it imports.
 * Unresolved references and missing values are left out or defaulted: the
 * validator reports them, and the analysis must still run on the rest.
 */
export class DomainModelBuilder {
    private readonly imports: ImportResolver;
    private readonly documents: LangiumDocuments;
    private readonly records = new DeclarationRecords();
    /** Keep each declaration's record from one build to the next (DeclarationRecords); false builds every record anew. */
    keepRecords = true;

    constructor(services: AutonomyServices) {
        this.imports = services.references.ImportResolver;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    build(document: LangiumDocument): DomainModel {
        const files = this.visibleFiles(document);
        const own = document.parseResult.value as ast.AutonomyFile;
        const settingsNode = own.settings[0] ?? files.flatMap(f => f.settings)[0];
        const elements = elementsByKind(files);
        const record = <N extends ast.Element, R>(node: N, make: (node: N, source: SourceLocation | undefined) => R,
            relocate: (record: R, source: SourceLocation | undefined) => R = moved): R =>
            (this.keepRecords ? this.records.recordOf(node, source => make(node, source), relocate) : make(node, sourceOf(node)));
        return {
            settings: buildSettings(settingsNode),
            domains: elements.Domain.map(d => record(d as ast.Domain, buildDomain)),
            practices: elements.Practice.map(p => record(p as ast.Practice, buildPractice)),
            collectives: elements.Collective.map(c => record(c as ast.Collective, buildCollective)),
            trust: elements.Trust.flatMap(t => record(t as ast.Trust, buildTrust, (list, source) => list.map(s => moved(s, source)))),
            initiatives: elements.Initiative.map(i => record(i as ast.Initiative, buildInitiative)),
            mergers: elements.Merger.map(m => record(m as ast.Merger, buildMerger)),
            partners: elements.Partner.map(p => record(p as ast.Partner, buildPartner))
        };
    }

    /** Imported files first (depth-first, in import order), then the document itself. */
    private visibleFiles(document: LangiumDocument): ast.AutonomyFile[] {
        const order: ast.AutonomyFile[] = [];
        const seen = new Set<string>();
        const visit = (doc: LangiumDocument): void => {
            const key = doc.uri.toString();
            if (seen.has(key)) {
                return;
            }
            seen.add(key);
            const root = doc.parseResult.value;
            if (!ast.isAutonomyFile(root)) {
                return;
            }
            for (const imp of root.imports) {
                const imported = this.documents.getDocument(URI.parse(this.imports.resolve(imp).toString()));
                if (imported) {
                    visit(imported);
                }
            }
            order.push(root);
        };
        visit(document);
        return order;
    }
}

function buildSettings(node: ast.ModelSettings | undefined): ModelSettings {
    const settings: ModelSettings = { ...DEFAULT_SETTINGS };
    if (!node) {
        return settings;
    }
    // A half-written block (recovered by the parser) may lack any of these: keep the defaults.
    settings.title = node.title ?? settings.title;
    for (const entry of node.entries) {
        if (ast.isCurrencySetting(entry)) {
            settings.currency = entry.symbol?.replace(/^["']|["']$/g, '') ?? settings.currency;
        } else if (ast.isHorizonSetting(entry)) {
            settings.horizonYears = entry.years ?? settings.horizonYears;
        } else if (ast.isTrustThresholdSetting(entry)) {
            settings.trustThreshold = entry.value ?? settings.trustThreshold;
        } else if (ast.isSubtitleSetting(entry)) {
            settings.subtitle = entry.text ?? settings.subtitle;
        }
    }
    return settings;
}

/** A kept record at a new position. */
function moved<R>(record: R, source: SourceLocation | undefined): R {
    return { ...record, source };
}

function buildDomain(d: ast.Domain, source: SourceLocation | undefined): DecisionDomain {
    return { id: d.name, title: d.title ?? d.name, weight: d.weight ?? 1, source };
}

function buildMerger(m: ast.Merger, source: SourceLocation | undefined): MergerOption {
    return {
        id: m.name,
        title: m.title ?? m.name,
        practices: m.properties.filter(ast.isMerges).flatMap(p => names(p.practices)),
        saving: money(m.properties.find(ast.isMergerSaving)?.amount),
        source
    };
}

function buildPartner(p: ast.Partner, source: SourceLocation | undefined): SystemPartner {
    return { id: p.name, title: p.title ?? p.name, population: p.population ?? 0, source };
}

function buildPractice(p: ast.Practice, source: SourceLocation | undefined): DomainModel['practices'][number] {
    return {
        id: p.name,
        title: p.title ?? p.name,
        listSize: p.properties.find(ast.isListSize)?.value ?? 0,
        gap: money(p.properties.find(ast.isSustainabilityGap)?.amount),
        crisisRisk: p.properties.find(ast.isCrisisRisk)?.value ?? 0,
        believesAloneUnsustainable: p.properties.some(ast.isBelief),
        source
    };
}

function buildCollective(c: ast.Collective, source: SourceLocation | undefined): DomainCollective {
    const rule = c.properties.find(ast.isDecisionProperty)?.rule;
    const kind = c.properties.find(ast.isKindProperty)?.kind;
    return {
        id: c.name,
        title: c.title ?? c.name,
        kind: (kind && COLLECTIVE_KINDS[kind]) || 'collective',
        members: c.properties.filter(ast.isMembersProperty).flatMap(m => names(m.members)),
        decisionRule: rule ? DECISION_RULES[rule] : undefined,
        speaksForMembers: c.properties.some(ast.isSpeaksProperty),
        source
    };
}

function buildTrust(t: ast.Trust, source: SourceLocation | undefined): DomainModel['trust'] {
    const practice = t.practice?.ref?.name;
    const collective = t.collective?.ref?.name;
    if (!practice || !collective) {
        return [];
    }
    const component = (name: string): number =>
        t.components.find(c => c.component === name)?.value ?? 0;
    return [{
        practice,
        collective,
        credibility: component('credibility'),
        reliability: component('reliability'),
        intimacy: component('intimacy'),
        selfOrientation: component('self-orientation'),
        source
    }];
}

function buildInitiative(i: ast.Initiative, source: SourceLocation | undefined): DomainInitiative {
    // One pass over the properties, in order (a keystroke rebuilds every initiative of the file).
    // Concrete AST types have no subtypes, so comparing $type is what the ast.isX guards test.
    const currentCosts: Record<string, number> = {};
    const listed: string[] = [];
    let runBy: ast.RunBy | undefined;
    let sharing: ast.Sharing | undefined;
    let charging: ast.Charging | undefined;
    let investment: ast.Investment | undefined;
    const cessions: DomainInitiative['cessions'] = [];
    const sharedCost: SharedCostTerm[] = [];
    const coalitionValues: DomainInitiative['coalitionValues'] = [];
    const transfers: DomainInitiative['transfers'] = [];
    for (const prop of i.properties) {
        switch (prop?.$type) {
            case ast.CurrentCosts.$type:
                for (const cost of (prop).costs) {
                    const id = cost.practice?.ref?.name;
                    if (id && !(id in currentCosts)) {
                        currentCosts[id] = money(cost.amount);
                    }
                }
                break;
            case ast.Participants.$type:
                pushNames(listed, (prop).practices);
                break;
            case ast.RunBy.$type:
                runBy ??= prop;
                break;
            case ast.Sharing.$type:
                sharing ??= prop;
                break;
            case ast.Charging.$type:
                charging ??= prop;
                break;
            case ast.Investment.$type:
                investment ??= prop;
                break;
            case ast.Cession.$type: {
                const c = prop;
                const domain = c.domain?.ref?.name;
                if (domain) {
                    const practices = names(c.practices);
                    cessions.push({
                        domain,
                        degree: c.fully ? 1 : clamp01(c.degree ?? 0),
                        practices: practices.length > 0 ? practices : undefined
                    });
                }
                break;
            }
            case ast.SharedCost.$type:
                for (const term of (prop).terms) {
                    sharedCost.push(buildCostTerm(term));
                }
                break;
            case ast.CoalitionSaving.$type: {
                const c = prop;
                coalitionValues.push({ members: unique(names(c.members)), value: money(c.value) });
                break;
            }
            case ast.Compensation.$type: {
                const c = prop;
                const from = c.from?.ref?.name;
                const to = c.to?.ref?.name;
                if (from && to) {
                    transfers.push({ from, to, amount: money(c.amount) });
                }
                break;
            }
        }
    }
    return {
        id: i.name,
        title: i.title ?? i.name,
        collective: runBy?.collective?.ref?.name,
        participants: unique(listed.length > 0 ? listed : Object.keys(currentCosts)),
        cessions,
        currentCosts,
        sharedCost,
        charging: buildCharging(charging),
        sharing: sharing?.fairly ? 'fair' : 'as-charged',
        coalitionValues,
        transfers,
        ...(investment ? { investment: buildInvestment(investment) } : {}),
        source
    };
}

function buildInvestment(investment: ast.Investment): NonNullable<DomainInitiative['investment']> {
    const amount = money(investment.amount);
    const stated = investment.byListSize || investment.equally || investment.shares.length > 0;
    return stated ? { amount, split: buildCharging(investment) } : { amount };
}

function buildCostTerm(term: ast.CostTerm): SharedCostTerm {
    const amount = money(term.amount);
    if (term.fixed) {
        return { kind: 'fixed', amount };
    }
    if (term.perPatient) {
        return { kind: 'per-patient', amount };
    }
    return { kind: 'per-step', amount, stepSize: term.stepSize ?? 0 };
}

/** A charging rule, or an investment's stated split: the same three forms. */
function buildCharging(charging: Pick<ast.Charging, 'byListSize' | 'equally' | 'shares'> | undefined): ChargingRule {
    if (!charging || charging.byListSize) {
        return { kind: 'list-size' };
    }
    if (charging.equally) {
        return { kind: 'equal' };
    }
    const shares: Record<string, number> = {};
    for (const share of charging.shares) {
        const id = share.practice?.ref?.name;
        if (id) {
            shares[id] = share.share ?? 0;
        }
    }
    return { kind: 'explicit', shares };
}

/** An amount in minor units (the parser's value converter reads it); none when the parser recovered without it. */
function money(minor: number | undefined): number {
    return minor ?? 0;
}

function names(refs: Array<Reference<ast.Practice | ast.Collective | ast.Unit>>): string[] {
    return pushNames([], refs);
}

/** Appends the names of the resolved references to `into`, in order. */
function pushNames(into: string[], refs: Array<Reference<ast.Practice | ast.Collective | ast.Unit>>): string[] {
    for (const r of refs) {
        const ref = r?.ref;
        if (ref) {
            into.push(ref.name);
        }
    }
    return into;
}

function unique<T>(items: T[]): T[] {
    return [...new Set(items)];
}

function clamp01(x: number): number {
    return Math.min(1, Math.max(0, x));
}

/**
 * The files' declarations by kind, in order, the first declaration of each kind and name only (the
 * validator flags the rest); every trust statement. One pass over the declarations (a keystroke in a
 * 61,000-line model builds the model again from its 11,000): concrete AST types have no subtypes, so
 * `$type` says what the ast.isX guards would.
 */
function elementsByKind(files: readonly ast.AutonomyFile[]): Record<ast.Element['$type'], ast.Element[]> {
    const byKind: Record<ast.Element['$type'], ast.Element[]> = {
        Domain: [], Practice: [], Collective: [], Trust: [], Initiative: [], Merger: [], Partner: []
    };
    const named: Partial<Record<ast.Element['$type'], Set<string>>> = {};
    for (const file of files) {
        for (const element of file.elements) {
            const list = byKind[element.$type];
            if (!list) {
                continue;
            }
            if (element.$type !== ast.Trust.$type) {
                // A declaration the parser recovered without a name has no id to refer to it
                // by; the parse error already says what is missing, so leave it out.
                const name = (element as { name?: string }).name;
                const seen = (named[element.$type] ??= new Set());
                if (!name || seen.has(name)) {
                    continue;
                }
                seen.add(name);
            }
            list.push(element);
        }
    }
    return byKind;
}
