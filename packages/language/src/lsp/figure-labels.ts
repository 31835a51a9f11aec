import type { AnalysisResult, InitiativeAnalysis, PracticeAnalysis } from '@autonomy/analysis';
import { formatMoney } from '@autonomy/domain';

/**
 * The one-line figures shown beside declarations (inlay hints and code
 * lenses): short enough to sit at the end of a line, taken from the analysis.
 */
export class FigureLabels {
    constructor(private readonly result: AnalysisResult) {}

    /** "benefit £5,000 · fair share £5,000 · should receive £4,000", or undefined when it takes part in nothing. */
    practice(p: PracticeAnalysis): string | undefined {
        if (p.initiatives.length === 0) {
            return undefined;
        }
        const estimated = estimatedInitiatives(this.result, p).length > 0 ? ' · estimated (Monte Carlo)' : '';
        return `benefit ${this.money(p.benefit)} · fair share ${this.money(p.fairShareTotal)} · ${this.compensation(p)}${estimated}`;
    }

    /** "proceeds · saves £12,000", "blocked by Oakfield Practice · saves £3,000", "costs the group £2,000". */
    initiative(i: InitiativeAnalysis): string {
        const o = i.outcome;
        // On estimates within two standard errors of zero: the verdict, or a practice's part in it, is marked as such.
        const open = o.proceedsUncertain === true;
        const doubt = new Set(o.uncertain ?? []);
        const named = (ids: string[]): string => ids.map(id => this.titleOf(id) + (doubt.has(id) && !open ? ' (estimated)' : '')).join(', ');
        const verdict = o.proceeds === null ? 'outcome unknown'
            : o.proceeds ? open ? 'would proceed on estimates (uncertain)' : 'proceeds'
                : o.blockers.length > 0 ? `${open ? 'may be blocked' : 'blocked'} by ${named(o.blockers)}${open ? ' on estimates (uncertain)' : ''}`
                    : open ? 'would not proceed on estimates (uncertain)' : 'does not proceed';
        const risks = o.defectionRisks.length > 0 ? ` · defection risk ${named(o.defectionRisks)}` : '';
        const saving = i.netSaving < 0 ? `costs the group ${this.money(-i.netSaving)}` : `saves ${this.money(i.netSaving)}`;
        return `${verdict}${risks} · ${saving}`;
    }

    private compensation(p: PracticeAnalysis): string {
        const sides = compensationSides(this.result, p);
        if (sides.receive > 0 && sides.pay > 0) {
            return `should receive ${this.money(sides.receive)} and pay ${this.money(sides.pay)} (net ${this.money(p.compensationTotal)})`;
        }
        const amount = p.compensationTotal;
        if (Math.round(amount) === 0) {
            return 'no compensation due';
        }
        return amount > 0 ? `should receive ${this.money(amount)}` : `should pay ${this.money(-amount)}`;
    }

    private money(minor: number): string {
        return formatMoney(minor, this.result.settings.currency);
    }

    private titleOf(id: string): string {
        return this.result.practices.find(p => p.id === id)?.title ?? id;
    }
}

/**
 * What a practice should receive and pay over its initiatives, apart: compensationTotal nets them, and a
 * practice receiving £4,000 on one initiative and paying £4,000 on another is not "due no compensation".
 */
export function compensationSides(result: AnalysisResult, p: PracticeAnalysis): { receive: number; pay: number } {
    let receive = 0;
    let pay = 0;
    for (const i of initiativesOf(result, p)) {
        const t = i.shares.find(s => s.practice === p.id)?.compensation ?? 0;
        if (t > 0) receive += t;
        else pay -= t;
    }
    return { receive, pay };
}

/**
 * Its initiatives whose fair shares are Monte Carlo estimates (above the exact limit: 12 in the editor).
 * The practice's fair share and compensation sum them, and so does its benefit where they are shared fairly.
 */
export function estimatedInitiatives(result: AnalysisResult, p: PracticeAnalysis): InitiativeAnalysis[] {
    return initiativesOf(result, p).filter(i => i.method === 'monte-carlo');
}

/** Each result's initiatives by id, made once: labels are asked for every practice in view. */
const initiativesById = new WeakMap<AnalysisResult, Map<string, InitiativeAnalysis>>();

/** The initiatives a practice has a share in (p.initiatives), without scanning every initiative of the model. */
function initiativesOf(result: AnalysisResult, p: PracticeAnalysis): InitiativeAnalysis[] {
    let byId = initiativesById.get(result);
    if (!byId) {
        byId = new Map(result.initiatives.map(i => [i.id, i]));
        initiativesById.set(result, byId);
    }
    return p.initiatives.flatMap(id => byId.get(id) ?? []);
}
