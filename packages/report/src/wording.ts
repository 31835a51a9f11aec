/**
 * How figures and names read in a report: display titles instead of ids, and
 * money, percentages and counts in the model's currency with separators. Only
 * formatting lives here; every number comes from the analysis.
 */
import type { InitiativeOutcome } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
import { formatCount, formatMoney, formatPercent, joinNames } from '@autonomy/domain';

export class Wording {
    private readonly titles = new Map<string, string>();

    constructor(model: DomainModel, private readonly currency: string) {
        // Later kinds never shadow practices: practices are what readers look for most.
        for (const group of [model.partners, model.mergers, model.domains, model.initiatives, model.collectives, model.practices]) {
            for (const item of group) this.titles.set(item.id, item.title || item.id);
        }
    }

    /** "Riverside Surgery" for "Riverside"; the id itself when the model has no title. */
    title(id: string): string {
        return this.titles.get(id) ?? id;
    }

    /** "A, B and C" */
    names(ids: readonly string[]): string {
        return joinNames(ids.map(id => this.title(id)));
    }

    money(minor: number): string {
        return formatMoney(minor, this.currency);
    }

    /** Money with an explicit sign, for gains and losses. */
    signedMoney(minor: number): string {
        return minor > 0 ? '+' + this.money(minor) : this.money(minor);
    }

    percent(fraction: number, digits = 1): string {
        return formatPercent(fraction, digits);
    }

    count(n: number, digits = 0): string {
        return formatCount(n, digits);
    }

    /**
     * A relationship count is an average, not a head count: "about 18 (300,000
     * patients / units of 16,400 on average)", never a bare 18.3.
     */
    relationships(population: number, figures: { relationships: number; averagePopulation: number }, noun = ''): string {
        const r = figures.relationships;
        const exact = Math.abs(r - Math.round(r)) < 0.05;
        const count = r < 0.5 ? 'less than 1' : `${exact ? '' : 'about '}${formatCount(Math.round(r), 0)}`;
        return `${count}${noun ? ' ' + noun : ''} (${formatCount(population, 0)} patients / units of ${formatCount(figures.averagePopulation, 0)} on average)`;
    }
}

export function plural(n: number, one: string, many: string): string {
    return n === 1 ? one : many;
}

const RULE_WORDS: Record<string, string> = {
    'consensus': 'consensus',
    'majority-vote': 'majority vote',
    'weighted-vote': 'list-size-weighted vote',
    'delegated': 'delegation to leaders',
    'unknown': 'no stated decision rule'
};

/**
 * A predicted outcome in words: "goes ahead", "does not go ahead", "cannot be predicted", or, where
 * estimates within two standard errors of zero could change it, what it would do on them and that it is uncertain.
 */
export function outcomeWords(o: Pick<InitiativeOutcome, 'proceeds' | 'proceedsUncertain'>): string {
    if (o.proceeds === null) return 'cannot be predicted';
    if (o.proceedsUncertain) return `${o.proceeds ? 'would go ahead' : 'would not go ahead'} on the estimated fair shares, but that is uncertain`;
    return o.proceeds ? 'goes ahead' : 'does not go ahead';
}

export function ruleWords(rule: string | undefined): string {
    return RULE_WORDS[rule ?? 'unknown'] ?? rule ?? 'no stated decision rule';
}
