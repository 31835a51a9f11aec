/**
 * Re-runs the pure analysis on a model with one input changed, but only the
 * parts that input reaches: an initiative's split is recomputed only when one
 * of its own inputs changed, autonomy only when a weight or degree did, trust
 * only when a trust figure did. Every figure comes from the same functions
 * analyse() uses, so a verdict here is the verdict analyse() would give
 * (test/sensitivity.test.ts checks it against analyse() on perturbed models).
 */
import { autonomyRetained, cededDegrees } from './autonomy.js';
import { type InitiativeFigures, analyseInitiative } from './initiative.js';
import { initiativeOutcome } from './initiative-outcome.js';
import { analyseInvestment, annualised } from './investment.js';
import { Membership } from './membership.js';
import { type ResolvedOptions } from './options.js';
import type { CleanModel } from './sanitise.js';
import type { InputRef, VerdictRef, VerdictValue } from './sensitivity-result.js';
import { withInput } from './sensitivity-inputs.js';
import { benefitStandardError, estimatedBenefitErrors, practiceRiskFigures } from './sustainability.js';
import { TrustTable } from './trust.js';

/** Verdicts by verdict id ("paradox:Ash"), headline figures by subject id ("practice:Ash", "initiative:Hub"). */
export interface Evaluation {
    verdicts: Map<string, VerdictValue>;
    figures: Map<string, number>;
    /**
     * Outcome verdicts that estimates within two standard errors of zero could change (outcome.proceedsUncertain),
     * and paradox verdicts that two standard errors of the estimated benefit could (paradoxVerdictUncertain).
     */
    uncertain: Set<string>;
}

/** What one input reaches. */
interface Scope {
    initiatives: string[];
    autonomy: boolean;
    trust: boolean;
    practices: string[];
    outcomes: string[];
    cores: string[];
    /** Estimated initiatives whose net saving (which needs no fair share) is still recomputed. */
    netOnly: string[];
}

export function verdictId(ref: VerdictRef): string {
    return ref.kind === 'paradox' ? `paradox:${ref.practice}` : `${ref.kind}:${ref.initiative}`;
}

export class VerdictEvaluator {
    private readonly figures: Map<string, InitiativeFigures>;
    private readonly trust: TrustTable;
    /** Membership is no input of the search, so it is read once. */
    private readonly membership: Membership;
    private readonly autonomy: Map<string, number>;
    /** Initiatives whose benefits are fair shares estimated by Monte Carlo (sharing fairly above the exact limit). */
    private readonly estimated: Set<string>;
    /** The verdicts and figures of the model as written. */
    readonly base: Evaluation;
    /** Verdicts that exist (an outcome or core test that cannot be predicted is not a verdict). */
    readonly verdicts: VerdictRef[];
    evaluations = 0;

    constructor(private readonly model: CleanModel, private readonly options: ResolvedOptions) {
        this.figures = new Map(model.initiatives.map(i => [i.id, analyseInitiative(i, model, options)]));
        this.membership = new Membership(model);
        this.trust = new TrustTable(model, this.membership);
        this.autonomy = autonomies(model);
        this.estimated = new Set(model.initiatives
            .filter(i => i.sharing === 'fair' && i.participants.length > options.exactLimit).map(i => i.id));
        const all: Scope = {
            initiatives: [], autonomy: false, trust: false, netOnly: [],
            practices: model.practices.map(p => p.id),
            outcomes: model.initiatives.map(i => i.id),
            cores: model.initiatives.map(i => i.id)
        };
        this.base = this.compute(model, all);
        this.verdicts = [
            ...model.practices.map(p => ({ kind: 'paradox' as const, practice: p.id })),
            ...model.initiatives.flatMap(i => [{ kind: 'outcome' as const, initiative: i.id }, { kind: 'charged-core' as const, initiative: i.id }])
        ].filter(v => this.base.verdicts.has(verdictId(v)));
    }

    /** The figures of the initiative as written (for labels and tornado bases). */
    initiative(id: string): InitiativeFigures | undefined {
        return this.figures.get(id);
    }

    /**
     * Verdict ids and figure ids that `ref` can move, and the verdicts and
     * figures it moves only through fair shares estimated by Monte Carlo
     * (left out of `verdicts` and `figures`, and never re-estimated).
     */
    dependents(ref: InputRef): { verdicts: string[]; figures: string[]; estimated: string[] } {
        const full = this.scope(ref, false);
        const scope = this.scope(ref);
        const verdictsOf = (s: Scope): string[] => [
            ...s.practices.map(p => `paradox:${p}`),
            ...s.outcomes.map(i => `outcome:${i}`),
            ...s.cores.map(i => `charged-core:${i}`)
        ].filter(id => this.base.verdicts.has(id));
        const verdicts = verdictsOf(scope);
        const estimated = verdictsOf(full).filter(id => !verdicts.includes(id));
        return { verdicts, figures: this.figuresOf(scope), estimated };
    }

    private figuresOf(scope: Scope): string[] {
        return [
            ...scope.practices.map(p => `practice:${p}`),
            ...scope.initiatives.map(i => `initiative:${i}`),
            ...scope.netOnly.map(i => `initiative:${i}`)
        ];
    }

    evaluate(ref: InputRef, value: number): Evaluation {
        this.evaluations++;
        return this.compute(withInput(this.model, ref, value), this.scope(ref));
    }

    /**
     * What `ref` reaches. With `withoutEstimated`, initiatives whose fair shares
     * are Monte Carlo estimates that decide a benefit are not re-analysed, and
     * the verdicts resting on them (their participants' paradox verdicts,
     * their outcome) are out of scope.
     */
    private scope(ref: InputRef, withoutEstimated = true): Scope {
        const s = this.rawScope(ref);
        if (!withoutEstimated || !s.initiatives.some(id => this.estimated.has(id))) {
            return s;
        }
        const kept = s.initiatives.filter(id => !this.estimated.has(id));
        const leaning = new Set(this.model.initiatives.filter(i => this.estimated.has(i.id)).flatMap(i => i.participants));
        return {
            ...s,
            initiatives: kept,
            netOnly: s.initiatives.filter(id => this.estimated.has(id)),
            practices: s.practices.filter(p => !leaning.has(p)),
            outcomes: s.outcomes.filter(id => !this.estimated.has(id)),
            cores: s.cores.filter(id => !this.estimated.has(id))
        };
    }

    private rawScope(ref: InputRef): Scope {
        const none: Scope = { initiatives: [], autonomy: false, trust: false, practices: [], outcomes: [], cores: [], netOnly: [] };
        const ceding = (): string[] => this.model.practices.filter(p => this.autonomy.get(p.id) !== undefined).map(p => p.id);
        switch (ref.kind) {
            case 'domain-weight':
                return { ...none, autonomy: true, practices: ceding() };
            case 'degree': {
                const initiative = this.model.initiatives.find(i => i.id === ref.initiative);
                const cession = initiative?.cessions[ref.cession];
                return { ...none, autonomy: true, practices: cession ? [...(cession.practices ?? initiative?.participants ?? [])] : [] };
            }
            case 'crisis-risk': case 'gap':
                return { ...none, practices: [ref.practice] };
            case 'list-size':
                return this.initiativeScope(this.model.initiatives.filter(i => i.participants.includes(ref.practice)).map(i => i.id));
            case 'current-cost': case 'shared-cost':
                return this.initiativeScope([ref.initiative]);
            case 'trust':
                return {
                    ...none, trust: true,
                    outcomes: this.model.initiatives.filter(i => i.collective === ref.collective && i.participants.includes(ref.practice)).map(i => i.id)
                };
            case 'trust-threshold':
                return { ...none, trust: true, outcomes: this.model.initiatives.filter(i => i.collective).map(i => i.id) };
        }
    }

    private initiativeScope(ids: string[]): Scope {
        const participants = new Set(this.model.initiatives.filter(i => ids.includes(i.id)).flatMap(i => i.participants));
        return {
            initiatives: ids, autonomy: false, trust: false, netOnly: [],
            practices: this.model.practices.filter(p => participants.has(p.id)).map(p => p.id),
            outcomes: ids, cores: ids
        };
    }

    private compute(model: CleanModel, scope: Scope): Evaluation {
        const figures = new Map(this.figures);
        for (const id of scope.initiatives) {
            const initiative = model.initiatives.find(i => i.id === id);
            if (initiative) {
                figures.set(id, analyseInitiative(initiative, model, this.options));
            }
        }
        const trust = scope.trust ? new TrustTable(model, this.membership) : this.trust;
        const autonomy = scope.autonomy ? autonomies(model) : this.autonomy;
        const verdicts = new Map<string, VerdictValue>();
        const uncertain = new Set<string>();
        const headline = new Map<string, number>();
        for (const id of scope.outcomes) {
            const initiative = model.initiatives.find(i => i.id === id)!;
            const f = figures.get(id)!;
            const collective = initiative.collective ? model.collectiveById.get(initiative.collective) : undefined;
            const outcome = initiativeOutcome(f, collective, { model, membership: this.membership, trust });
            if (outcome.proceeds !== null) {
                verdicts.set(`outcome:${id}`, outcome.proceeds ? 'proceeds' : 'does-not-proceed');
                if (outcome.proceedsUncertain) {
                    uncertain.add(`outcome:${id}`);
                }
            }
            headline.set(`initiative:${id}`, f.netSaving);
        }
        for (const id of scope.netOnly) {
            // N = sum c - C(P) needs no fair share, so one Monte Carlo ordering is enough to read it.
            const initiative = model.initiatives.find(i => i.id === id)!;
            headline.set(`initiative:${id}`, analyseInitiative(initiative, model, { ...this.options, samples: 1 }).netSaving);
        }
        for (const id of scope.cores) {
            const inCore = figures.get(id)!.charged.inCore;
            if (inCore !== null) {
                verdicts.set(`charged-core:${id}`, inCore ? 'in-core' : 'outside-core');
            }
        }
        // Each practice's benefit and investment share, summed once over the initiatives (not once per practice).
        const benefitOf = new Map<string, number>();
        const investedOf = new Map<string, number>();
        const errorsOf = estimatedBenefitErrors(model.initiatives.map(i => figures.get(i.id)!));
        for (const initiative of model.initiatives) {
            const f = figures.get(initiative.id)!;
            for (const share of f.shares) {
                benefitOf.set(share.practice, (benefitOf.get(share.practice) ?? 0) + share.benefitUnderRule);
            }
            for (const share of analyseInvestment(initiative, f.shares, model.settings.horizonYears)?.shares ?? []) {
                investedOf.set(share.practice, (investedOf.get(share.practice) ?? 0) + share.share);
            }
        }
        for (const id of scope.practices) {
            const practice = model.practiceById.get(id)!;
            const benefit = benefitOf.get(id) ?? 0;
            const invested = investedOf.get(id) ?? 0;
            // As analyse(): money up front, spread over the horizon, comes off the yearly benefit (item 20).
            // As analyse(), the verdict is marked where two standard errors of an estimated benefit could change it.
            const s = practiceRiskFigures(practice, benefit - annualised(invested, model.settings.horizonYears), autonomy.get(id) ?? 1,
                benefitStandardError(errorsOf.get(id) ?? []));
            verdicts.set(`paradox:${id}`, s.paradoxVerdict);
            if (s.paradoxVerdictUncertain) {
                uncertain.add(`paradox:${id}`);
            }
            headline.set(`practice:${id}`, s.expectedCollective - s.expectedAlone);
        }
        return { verdicts, figures: headline, uncertain };
    }
}

/** A_i of every practice that cedes something (absent: cedes nothing, A = 1 whatever the weights). */
function autonomies(model: CleanModel): Map<string, number> {
    const out = new Map<string, number>();
    for (const [practice, degrees] of cededDegrees(model)) {
        out.set(practice, autonomyRetained(model, degrees).autonomyRetained);
    }
    return out;
}
