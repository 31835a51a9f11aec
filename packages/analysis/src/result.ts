/**
 * The analysis result: the single source of every figure shown downstream
 * (diagnostics, hovers, code lenses, every report format). Plain JSON data;
 * `schema/analysis-result.schema.json` describes it and is versioned with
 * ANALYSIS_SCHEMA_VERSION.
 *
 * Money fields are integers in minor units (pence), rounded for display from
 * exact values so that each list of shares still sums exactly to its total.
 * Fractions (risk, autonomy, degree) are numbers in 0..1.
 */
import { type DecisionRule, formatPercentsApart, type ModelSettings, type SharingRule } from '@autonomy/domain';

export const ANALYSIS_SCHEMA_VERSION = '1.3.0';

export type ParadoxVerdict = 'better-ceding' | 'no-difference' | 'better-alone';

/** How every surface (report, CLI, hover) names a verdict, so they never disagree. */
export const PARADOX_VERDICT_LABELS: Readonly<Record<ParadoxVerdict, string>> = {
    'better-ceding': 'better off ceding',
    'no-difference': 'no difference',
    'better-alone': 'better off alone'
};

/**
 * A practice's verdict as every surface names it: where two standard errors of its estimated benefit could
 * change it (paradoxVerdictUncertain), in the words the decision verdicts use for the same doubt.
 */
export function paradoxVerdictLabel(p: Pick<PracticeAnalysis, 'paradoxVerdict' | 'paradoxVerdictUncertain'>): string {
    const label = PARADOX_VERDICT_LABELS[p.paradoxVerdict];
    return p.paradoxVerdictUncertain ? `${label} on the estimated fair shares, but that is uncertain` : label;
}

/**
 * Why a verdict marked uncertain is, with the figures that make it true, and what to do; '' when it is not.
 * `money` formats minor units in the surface's own way; `whose` starts the sentence ("Its", "Practice P1's").
 */
export function paradoxDoubtWords(p: Pick<PracticeAnalysis, 'benefit' | 'paradoxVerdictUncertain'>, money: (minor: number) => string, whose = 'Its'): string {
    const doubt = p.paradoxVerdictUncertain;
    if (!doubt) return '';
    return `${whose} benefit of ${money(p.benefit)} a year rests on estimated fair shares with a standard error of ${money(doubt.standardError)}, `
        + 'and within two standard errors either way the verdict could change: raise the exact limit or the number of orderings to tell.';
}

/**
 * A practice's crisis risk alone and in the collective, and its expected autonomy alone and in the collective, as
 * every surface prints them beside its verdict: each pair shown apart wherever the verdict (or the change of risk)
 * says they differ, however little (formatPercentsApart).
 */
export function practicePercents(p: Pick<PracticeAnalysis, 'crisisRisk' | 'residualRisk' | 'expectedAlone' | 'expectedCollective' | 'paradoxVerdict'>)
    : { risk: string; residual: string; alone: string; collective: string } {
    const [risk, residual] = formatPercentsApart(p.crisisRisk, p.residualRisk);
    const [alone, collective] = formatPercentsApart(p.expectedAlone, p.expectedCollective, p.paradoxVerdict !== 'no-difference');
    return { risk, residual, alone, collective };
}

export interface AnalysisResult {
    schemaVersion: string;
    settings: ModelSettings;
    initiatives: InitiativeAnalysis[];
    practices: PracticeAnalysis[];
    trust: TrustAnalysis[];
    mergers: MergerAnalysis[];
    partners: PartnerAnalysis[];
    /** DOMAIN.md item 18, for each collective deciding by vote; absent without decision support. */
    votingPower?: VotingPowerAnalysis[];
    /** Findings that become diagnostics in the editor and in `autonomy validate`. */
    findings: AnalysisFinding[];
}

/** A coalition: practice ids in model order. */
export type Coalition = string[];

export interface CoalitionFigure {
    members: Coalition;
    /** v(S): the coalition's saving. */
    value: number;
    /** x(S): what the allocation gives the coalition. */
    allocated: number;
    /** v(S) - x(S): how much better the coalition does alone (positive = it would break away). */
    excess: number;
}

export interface StabilityCheck {
    /** True when x(S) >= v(S) for every coalition S; null when too large to check. */
    inCore: boolean | null;
    /** The coalition with the largest v(S) - x(S), present when that excess is positive. */
    mostViolated?: CoalitionFigure;
    /** Practices that would be better off alone (singleton violations). */
    individuallyIrrational: string[];
    method: 'exhaustive' | 'not-checked';
}

export interface ParticipantShare {
    practice: string;
    listSize: number;
    /** c_i: current annual cost of doing it alone. */
    currentCost: number;
    /** w_i: share of the shared cost charged to it (0..1). */
    chargeWeight: number;
    /** charge_i = C(P) * w_i */
    charge: number;
    /** Net declared transfers (received minus paid). */
    transfers: number;
    /** r_i = c_i - charge_i + transfers */
    realisedBenefit: number;
    /** phi_i: Shapley value (fair share). */
    fairShare: number;
    /** Standard error of phi_i when estimated by Monte Carlo. */
    fairShareStandardError?: number;
    /** t_i = phi_i - r_i: positive means it should receive this much. Zero when N < 0. */
    compensation: number;
    /** The stable split (`stableSplitMethod` names it: the nucleolus, or a least-core split) when computed. */
    nucleolusShare?: number;
    /** Benefit under the proposed sharing rule (r_i or phi_i; r_i when N < 0). */
    benefitUnderRule: number;
    /** v({i}) */
    standaloneValue: number;
}

export interface PaymentInstruction {
    from: string;
    to: string;
    amount: number;
}

export interface InitiativeOutcome {
    rule: DecisionRule | 'unknown';
    /** True/false when predictable; null when the collective or rule is missing. */
    proceeds: boolean | null;
    agree: string[];
    /** Under consensus: participants who would refuse (benefit < 0 or not ready). */
    blockers: string[];
    /** Under a vote or delegation: participants who would lose and may go rogue. */
    defectionRisks: string[];
    /** One plain sentence saying why. */
    explanation: string;
    /**
     * Participants whose agreement rests on a Monte Carlo estimate of their benefit within two standard
     * errors of zero (shared fairly above the exact limit), or on a ready member collective's own decision
     * that is uncertain (all its practices), or who are such voters inside a member collective that agrees:
     * they are listed in `agree`, `blockers` or `defectionRisks` as the estimate says, but whether they
     * agree is not known. Absent when there are none.
     */
    uncertain?: string[];
    /** Present (true) when `proceeds` could go the other way as the `uncertain` participants' agreement does. */
    proceedsUncertain?: boolean;
    /**
     * DOMAIN.md item 19: when the running collective has member collectives
     * taking part, the vote is among its direct members, and this holds each
     * member collective's own decision: the direct members' votes (depth 1),
     * each followed by the votes inside it (depth 2, ...), flat, so the result
     * nests one level however deep the collectives do. `agree`, `blockers` and
     * `defectionRisks` still list practices: a member collective that does
     * not follow contributes all its participating practices.
     */
    memberVotes?: MemberVote[];
}

/** A member collective's part in its parent's decision (item 19). */
export interface MemberVote {
    collective: string;
    /** The collective whose vote it takes part in. */
    parent: string;
    /** 1 for a direct member of the running collective, 2 for a member of one of those, ... */
    depth: number;
    /** Its participating practices, directly or through nesting, in participant order. */
    practices: string[];
    /** Its own rule applied to its members taking part (the votes inside it follow it in the list). */
    outcome: Omit<InitiativeOutcome, 'memberVotes'>;
    /** Its readiness towards the running collective; null when no trust statement. */
    ready: boolean | null;
    clearsThreshold: boolean | null;
    /** Its own decision carries (outcome.proceeds === true) and it is ready. */
    agrees: boolean;
}

/** DOMAIN.md item 20: money an initiative needs up front. */
export interface InvestmentAnalysis {
    amount: number;
    /** 'charging': split by the initiative's charging rule; otherwise the investment's own split. */
    split: 'charging' | 'list-size' | 'equal' | 'explicit';
    shares: InvestmentShare[];
}

export interface InvestmentShare {
    practice: string;
    /** Its share of the investment (minor units; the shares sum to the amount). */
    share: number;
    /** Its yearly benefit from the initiative under the proposed rule. */
    yearlyBenefit: number;
    /** share / yearly benefit, in years; null when the benefit is not positive (never repaid). */
    paybackYears: number | null;
    /** H * yearly benefit - share */
    horizonBenefit: number;
    /** Payback within the horizon (a share of 0 is repaid at once). */
    repaidWithinHorizon: boolean;
}

export interface InitiativeAnalysis {
    id: string;
    title: string;
    collective?: string;
    sharing: SharingRule;
    participants: string[];
    /** 'exact' by subset enumeration, 'monte-carlo' above the exact limit. */
    method: 'exact' | 'monte-carlo';
    samples?: number;
    seed?: number;
    /** Sum of c_i over P */
    totalCurrentCost: number;
    /** C(P) */
    sharedCost: number;
    /** N = sum c_i - C(P) */
    netSaving: number;
    /** v(P) */
    grandValue: number;
    lossMaking: boolean;
    /**
     * When N < 0: the coalition with the largest v(S) when `exhaustive` (every coalition's value
     * was enumerated); above the exact limit, the best of the coalitions tried (docs/formulas.md),
     * which a coalition not tried may beat.
     */
    bestCoalition?: { members: Coalition; value: number; exhaustive: boolean };
    shares: ParticipantShare[];
    /** Payments that turn the charged split into the fair one (from payers to receivers). */
    payments: PaymentInstruction[];
    charged: StabilityCheck;
    fair: StabilityCheck;
    /** Whether any allocation is in the core (LP); null when not computed. */
    coreEmpty: boolean | null;
    /** Least-core epsilon: the smallest e such that x(S) >= v(S) - e for all S, in pence rounded half away from zero. */
    leastCoreEpsilon?: number;
    /** The same epsilon exactly, as "p/q" pence (exact rational LP). */
    leastCoreEpsilonExact?: string;
    /** Which stable split `nucleolusShare` holds, when computed: the nucleolus (over imputations) or a least-core split. */
    stableSplitMethod?: 'least-core' | 'nucleolus';
    /** Whether the stable split was computed, and why not when it was not: never a silent null. */
    stableSplit: StableSplitStatus;
    outcome: InitiativeOutcome;
    /** Present when the initiative states an investment (item 20). */
    investment?: InvestmentAnalysis;
    /**
     * DOMAIN.md item 14: every sharing rule side by side. Absent when the caller
     * did not ask for decision support (the editor's per-keystroke analysis).
     */
    sharingRules?: SharingRulesAnalysis;
    /** DOMAIN.md item 15: the deal (term sheet) or the cheapest lever. Absent as sharingRules. */
    deal?: InitiativeDeal;
}

export type SharingRuleName = 'as-charged' | 'shapley' | 'nucleolus' | 'equal-surplus' | 'list-size' | 'current-cost';

/** How every surface names a sharing rule. */
export const SHARING_RULE_LABELS: Readonly<Record<SharingRuleName, string>> = {
    'as-charged': 'as charged',
    shapley: 'Shapley (fair share)',
    nucleolus: 'nucleolus',
    'equal-surplus': 'equal surplus',
    'list-size': 'by list size',
    'current-cost': 'by current cost'
};

export interface SharingRuleSplit {
    rule: SharingRuleName;
    /** 'not-computed' with a reason when the rule cannot be applied (e.g. no list sizes, nucleolus above its limit). */
    status: 'computed' | 'not-computed';
    reason?: string;
    /** Each participant's yearly gain under the rule, in participant order, pence summing to N. */
    gains?: number[];
    /** x(S) >= v(S) for every coalition; null when the coalitions are not enumerated. */
    inCore?: boolean | null;
    smallestGain?: { practice: string; gain: number };
    /** The proper coalition with the largest v(S) - x(S) (negative when everyone is comfortably in). */
    largestExcess?: CoalitionFigure;
}

export type SharingRulesAnalysis =
    | { status: 'computed'; rules: SharingRuleSplit[] }
    | { status: 'not-applicable'; reason: string };

/** The money part of the deal: the LP's term sheet, or why there is none. */
export type DealMoney =
    | {
        status: 'deal';
        /** True when the core is not empty, so the deal also keeps every coalition in. */
        keepsEveryCoalition: boolean;
        /** r_i + t_i per participant (participant order), pence summing to N, each >= 0. */
        benefitsAfter: number[];
        /** t_i per participant: positive receives, negative pays; they sum to zero. */
        transfers: number[];
        /** Sum of the positive t_i, in pence (after rounding to pence). */
        moneyMoved: number;
        /** The LP's optimum exactly, "p/q" pence. */
        moneyMovedExact: string;
        /** The transfers settled payer -> payee. */
        payments: PaymentInstruction[];
        /** True when no settlement has fewer payments (proven by search); false above 20 movers. */
        fewestPayments: boolean;
        /** For comparison: the money moved by the compensation to the fair share (item 5). */
        fairCompensationMoved: number;
    }
    | { status: 'no-deal' | 'not-computed'; reason: string; fairCompensationMoved: number };

export type TrustComponent = 'credibility' | 'reliability' | 'intimacy' | 'self-orientation';

export type DealLever =
    | { kind: 'cut-shared-cost'; amount: number; sentence: string }
    | { kind: 'leave-out'; leaveOut: string[]; coalition: string[]; value: number; sentence: string }
    /**
     * `practice` (`practices` below) is the unit that trusts, as in TrustAnalysis: a practice, or a member
     * collective taking part (item 19); `collective` is the one whose vote it takes part in.
     */
    | {
        kind: 'raise-trust'; practice: string; collective: string; score: number; threshold: number;
        component: TrustComponent; from: number; to: number; sentence: string;
    }
    | { kind: 'state-trust'; practices: string[]; collective: string; sentence: string }
    | { kind: 'shared-belief'; practices: string[]; sentence: string }
    | { kind: 'consensus-needs-deal'; rule: DecisionRule; sentence: string };

export type InitiativeDeal = DealMoney & {
    /** Whether a consensus (the deal everyone signs) exists, and what it costs whom, in one sentence. */
    consensus: { exists: boolean; sentence: string };
    /** What would create a deal (or a consensus) where there is none; empty when nothing is missing. */
    levers: DealLever[];
};

/** DOMAIN.md item 18: a member of a voting collective and its power. */
export interface VotingPowerMember {
    member: string;
    /** Votes: 1 under majority vote, list size under weighted vote. */
    weight: number;
    /**
     * Its share of the collective's list size (0..1), each practice's patients counted once: a practice inside
     * several members is counted with the first member collective listed that contains it (`countedElsewhere`).
     */
    listShare: number;
    shapleyShubik: number;
    /** Normalised Banzhaf index (sums to 1). */
    banzhaf: number;
    /** In every winning coalition. */
    veto: boolean;
    /** Never pivotal. */
    dummy: boolean;
    /** Practices inside this member whose patients `weight` and `listShare` count with another member (listed first); absent when none. */
    countedElsewhere?: Array<{ practice: string; countedWith: string }>;
}

export interface VotingPowerAnalysis {
    collective: string;
    rule: 'majority-vote' | 'weighted-vote';
    /** A coalition wins with at least this much weight (more than half). */
    quota: number;
    totalWeight: number;
    /** Empty, with `reason`, when the indices cannot be computed (no members, no votes). */
    members: VotingPowerMember[];
    reason?: string;
}

/**
 * 'computed'; 'not-requested' (the caller did not ask: the editor computes it on
 * demand); 'too-large' (above a stated participant limit); 'no-imputation'
 * (the participants' savings alone add up to more than the whole saves, so the
 * nucleolus over imputations does not exist); 'lp-failed' (a linear program
 * could not be solved; the reason says which).
 */
export interface StableSplitStatus {
    state: 'computed' | 'not-requested' | 'too-large' | 'no-imputation' | 'lp-failed';
    reason?: string;
}

export interface PracticeAnalysis {
    id: string;
    title: string;
    listSize: number;
    /** A_i */
    autonomyRetained: number;
    /** Sum over ceded domains of weight * degree. */
    cededWeight: number;
    /** B_i: sum over its initiatives of benefit under each initiative's rule. */
    benefit: number;
    /**
     * Present when `benefit` sums fair shares estimated by Monte Carlo (shared fairly above the exact
     * limit): its standard error in minor units, the estimates' errors combined as independent
     * (benefitStandardError in sustainability.ts). Absent when the benefit is exact.
     */
    benefitStandardError?: number;
    gap: number;
    crisisRisk: number;
    /** p_i' */
    residualRisk: number;
    expectedAlone: number;
    expectedCollective: number;
    expectedMerger: number;
    /** E_collective > E_alone */
    paradoxResolved: boolean;
    /**
     * The three-way reading of E_collective against E_alone (equal within 1e-9 is
     * 'no-difference': a practice that cedes nothing and gains nothing is not "better off alone").
     */
    paradoxVerdict: ParadoxVerdict;
    /**
     * Present only when the benefit sums fair shares estimated by Monte Carlo and the verdict at
     * B_i - 2·SE or B_i + 2·SE differs from the one at B_i: the verdict then rests on the estimates and
     * could go either way. `standardError`: of B_i, the estimates' errors combined as independent
     * (square root of the sum of squares), minor units.
     */
    paradoxVerdictUncertain?: { standardError: number };
    initiatives: string[];
    /** Collectives it belongs to, directly or through nesting. */
    memberOf: string[];
    /** Net fair share over its initiatives (sum of phi_i). */
    fairShareTotal: number;
    /** Net compensation over its initiatives (sum of t_i). */
    compensationTotal: number;
    /**
     * Item 20, present when the practice puts money up front: its shares of the
     * investments, and that total / horizon, which sustainability takes off the benefit.
     */
    investmentTotal?: number;
    annualisedInvestment?: number;
}

export interface TrustAnalysis {
    /** The unit that trusts: a practice, or a collective when `truster` says so (item 19). */
    practice: string;
    truster?: 'collective';
    collective: string;
    /** T = (credibility + reliability + intimacy) / self-orientation; null when no statement. */
    score: number | null;
    clearsThreshold: boolean | null;
    /** For a collective: a majority of its member practices (through nesting) believe it. */
    believesAloneUnsustainable: boolean;
    /** null when unknown (no trust statement): counted as not ready in predictions. */
    ready: boolean | null;
}

export interface MergerAnalysis {
    id: string;
    title: string;
    practices: string[];
    saving: number;
    /** Saving shared by list size. */
    shares: { practice: string; share: number }[];
}

export interface RelationshipFigures {
    /** Units that speak for practices to the partner. */
    units: number;
    averagePopulation: number;
    /** N / average population of the units. */
    relationships: number;
}

export interface PartnerAnalysis {
    id: string;
    title: string;
    population: number;
    before: RelationshipFigures;
    /** Nominal: each practice's top-most speaking collective, or itself. */
    after: RelationshipFigures;
    /** Item 19: a collective speaks only for the practices that follow it (trust at or above the threshold). */
    effective: RelationshipFigures;
}

export type FindingCode =
    | 'uncompensated-loss'
    | 'loss-making-initiative'
    | 'charged-split-outside-core'
    | 'predicted-blocker'
    | 'defection-risk'
    | 'low-trust-cession'
    | 'no-shared-belief'
    | 'unknown-readiness'
    | 'estimated-fair-share'
    | 'voting-power-differs'
    | 'collective-will-not-follow'
    | 'investment-not-repaid';

export interface AnalysisFinding {
    code: FindingCode;
    severity: 'error' | 'warning' | 'info';
    message: string;
    /** What it is about, so the editor can place it. */
    initiative?: string;
    practice?: string;
    collective?: string;
    /** Machine-readable details a quick fix can use (e.g. the transfer that fixes a loss). */
    data?: Record<string, unknown>;
}

/**
 * Whether the participants' benefits under the proposed rule are fair shares estimated by Monte Carlo
 * (shared fairly above the exact limit, and saving money): words built on them say "estimated".
 */
export function benefitIsEstimated(i: Pick<InitiativeAnalysis, 'method' | 'sharing' | 'lossMaking'>): boolean {
    return i.method === 'monte-carlo' && i.sharing === 'fair' && !i.lossMaking;
}

/**
 * Whether an estimate's sign is not settled: it lies within two standard errors of zero (about 98%
 * one-sided either way). A figure with no standard error, or a zero one, is exact and has its sign.
 * The one cut-off for every word that reads the sign of a Monte Carlo estimate (a loss, an agreement).
 */
export function withinTwoStandardErrors(estimate: number, standardError: number | undefined): boolean {
    return standardError !== undefined && standardError > 0 && Math.abs(estimate) <= 2 * standardError;
}

/**
 * Whether a participant's benefit under the proposed rule, and so its agreement (benefit >= 0, DOMAIN.md
 * item 11), is an estimate whose sign is not settled.
 */
export function benefitSignUncertain(i: Pick<InitiativeAnalysis, 'method' | 'sharing' | 'lossMaking'>,
    s: Pick<ParticipantShare, 'benefitUnderRule' | 'fairShareStandardError'>): boolean {
    return benefitIsEstimated(i) && withinTwoStandardErrors(s.benefitUnderRule, s.fairShareStandardError);
}
