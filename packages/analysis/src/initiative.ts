/**
 * One initiative's split: DOMAIN.md items 1-6 composed. The outcome (item 11)
 * is added by analyse.ts once readiness is known.
 */
import type { Initiative } from '@autonomy/domain';
import { compensation, payments } from './compensation.js';
import { chargedSplit } from './charging.js';
import { type Game, allValues, buildGame, sharedCost, singletonValue, valueOf } from './coalition-value.js';
import { stabilityCheck } from './core.js';
import { bestCoalition } from './best-coalition.js';
import { type StableSplit, stableSplit } from './stable-split.js';
import { type ResolvedOptions, checkCancelled, defaultSamples } from './options.js';
import { dealMoney } from './deal.js';
import type { DealMoney, InitiativeAnalysis, ParticipantShare, StabilityCheck } from './result.js';
import { sharingRules } from './sharing-rules.js';
import type { CleanModel } from './sanitise.js';
import { exactShapley } from './shapley-exact.js';
import { monteCarloShapley } from './shapley-monte-carlo.js';

/** The figures of one initiative before the outcome; the deal's money waits there for its words (deal-levers.ts). */
export type InitiativeFigures = Omit<InitiativeAnalysis, 'outcome' | 'deal'> & { dealMoney?: DealMoney };

export function analyseInitiative(initiative: Initiative, model: CleanModel, options: ResolvedOptions): InitiativeFigures {
    const game = buildGame(initiative, model.practiceById);
    const tick = (): void => checkCancelled(options);
    tick();
    const exact = game.n <= options.exactLimit;
    const values = exact ? allValues(game, tick) : undefined;
    const all = game.ids.map((_, i) => i);
    const totalCurrentCost = game.costs.reduce((a, b) => a + b, 0);
    const grandPop = game.pops.reduce((a, b) => a + b, 0);
    // No participants, no service: nothing is bought, so nothing is charged.
    const grandCost = game.n === 0 ? 0 : sharedCost(game.terms, grandPop);
    const netSaving = totalCurrentCost - grandCost;
    const grandValue = values ? values[values.length - 1] : valueOf(game, all);
    const lossMaking = netSaving < 0;

    const charged = chargedSplit(initiative.charging, game.ids, game.pops, game.costs, grandCost, initiative.transfers);
    const fair = fairShares(game, values, grandValue, options, tick);
    const t = compensation(fair.rounded, charged.realised, lossMaking);
    const benefit = game.ids.map((_, i) => (initiative.sharing === 'fair' && !lossMaking ? fair.rounded[i] : charged.realised[i]));
    const chargedCheck = stabilityCheck(game, values, charged.realised, charged.realised);
    const fairCheck = stabilityCheck(game, values, fair.rounded, fair.values);
    const wanted = options.decisionSupport || !options.stableSplitForFindingsOnly || quotedByFindings(lossMaking, chargedCheck, fairCheck);
    const stable = stableSplitFor(game.n, values, options, wanted, tick);

    const shares: ParticipantShare[] = game.ids.map((id, i) => {
        const share: ParticipantShare = {
            practice: id,
            listSize: game.pops[i],
            currentCost: game.costs[i],
            chargeWeight: charged.weights[i],
            charge: charged.charges[i],
            transfers: charged.transfers[i],
            realisedBenefit: charged.realised[i],
            fairShare: fair.rounded[i],
            compensation: t[i],
            benefitUnderRule: benefit[i],
            standaloneValue: singletonValue(game, values, i)
        };
        if (fair.standardErrors) {
            share.fairShareStandardError = Math.round(fair.standardErrors[i]);
        }
        if (stable.rounded) {
            share.nucleolusShare = stable.rounded[i];
        }
        return share;
    });

    const result: InitiativeFigures = {
        id: initiative.id,
        title: initiative.title,
        ...(initiative.collective ? { collective: initiative.collective } : {}),
        sharing: initiative.sharing,
        participants: game.ids,
        method: exact ? 'exact' : 'monte-carlo',
        ...(exact ? {} : { samples: fair.samples, seed: fair.seed }),
        totalCurrentCost,
        sharedCost: grandCost,
        netSaving,
        grandValue,
        lossMaking,
        shares,
        payments: payments(game.ids, t),
        charged: chargedCheck,
        fair: fairCheck,
        coreEmpty: stable.coreEmpty,
        stableSplit: stable.status
    };
    if (lossMaking) {
        result.bestCoalition = bestCoalition(game, values);
    }
    if (stable.epsilon !== undefined) {
        result.leastCoreEpsilon = stable.epsilon;
        result.leastCoreEpsilonExact = stable.epsilonExact;
    }
    if (stable.method) {
        result.stableSplitMethod = stable.method;
    }
    if (options.decisionSupport) {
        result.sharingRules = sharingRules({ game, values, netSaving, charged: charged.realised, shapley: fair, stable });
        result.dealMoney = dealMoney({ ids: game.ids, charged: charged.realised, netSaving, values, coreEmpty: stable.coreEmpty, fairCompensation: t }, tick);
    }
    return result;
}

function stableSplitFor(n: number, values: Float64Array | undefined, options: ResolvedOptions, wanted: boolean, tick: () => void): StableSplit {
    if (!values) {
        return { status: { state: 'too-large', reason: `more than ${options.exactLimit} participants: coalition values are not enumerated` }, coreEmpty: null };
    }
    if (n > options.stableSplitLimit) {
        return { status: { state: 'not-requested', reason: `more than ${options.stableSplitLimit} participants, the stable-split limit in use` }, coreEmpty: null };
    }
    if (!wanted) {
        return { status: { state: 'not-requested', reason: 'no finding quotes it (the editor computes it on demand)' }, coreEmpty: null };
    }
    return stableSplit(n, values, tick, options.stableSplitForFindingsOnly && !options.decisionSupport);
}

/**
 * Mirrors chargedOutsideCore (split-findings.ts), the only finding whose words
 * depend on the stable split, and only when the core is not empty.
 */
function quotedByFindings(lossMaking: boolean, charged: StabilityCheck, fair: StabilityCheck): boolean {
    return !lossMaking && charged.inCore === false && charged.mostViolated !== undefined && fair.inCore !== true;
}

interface FairShares {
    rounded: number[];
    values: number[];
    standardErrors?: number[];
    samples?: number;
    seed?: number;
}

function fairShares(game: Game, values: Float64Array | undefined, grandValue: number, options: ResolvedOptions, tick: () => void): FairShares {
    if (values) {
        const { rounded, values: exactValues } = exactShapley(values, game.n, tick);
        return { rounded, values: exactValues };
    }
    const samples = options.samples ?? defaultSamples(game.n);
    return monteCarloShapley(game, grandValue, samples, options.seed, tick);
}

