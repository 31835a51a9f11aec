/**
 * The plain domain model: what a parsed, linked model says, with no Langium
 * or VS Code types. The language package builds it from the AST; the analysis
 * reads it. Everything here is JSON-serialisable.
 *
 * Conventions:
 * - Money is an integer number of minor units (pence, cents) of the model's
 *   currency. The language rejects amounts finer than one minor unit, so every
 *   sum of money stays an exact integer.
 * - Percentages and degrees are fractions in 0..1 (40% is 0.4).
 * - Entities refer to each other by `id` (the name written in the model).
 */

/** An integer amount of minor currency units (pence for £). */
export type Minor = number;

/** Where something was written: lets reports and the editor point back to it. */
export interface SourceLocation {
    /** Document URI, e.g. file:///home/me/models/north.autonomy */
    uri: string;
    /** Zero-based line and character, as LSP counts them. */
    line: number;
    character: number;
}

export interface ModelSettings {
    title: string;
    subtitle?: string;
    /** Currency symbol written in the model, e.g. "£". */
    currency: string;
    horizonYears: number;
    trustThreshold: number;
}

export interface DecisionDomain {
    id: string;
    title: string;
    /** How much partners value deciding it alone; default 1. */
    weight: number;
    source?: SourceLocation;
}

export interface Practice {
    id: string;
    title: string;
    listSize: number;
    /** Sustainability gap per year. */
    gap: Minor;
    /** Crisis risk over the horizon when going alone, 0..1. */
    crisisRisk: number;
    /** Whether the partners believe going alone is unsustainable. */
    believesAloneUnsustainable: boolean;
    source?: SourceLocation;
}

export type DecisionRule = 'consensus' | 'majority-vote' | 'weighted-vote' | 'delegated';

export type CollectiveKind = 'network' | 'federation' | 'leadership-group' | 'super-partnership' | 'collective';

export interface Collective {
    id: string;
    title: string;
    kind: CollectiveKind;
    /** Ids of practices or of other collectives. */
    members: string[];
    /** Undefined when the model states none (the validator flags that). */
    decisionRule?: DecisionRule;
    speaksForMembers: boolean;
    source?: SourceLocation;
}

/** Charles Green's trust equation inputs, each 1..10. */
export interface TrustStatement {
    /**
     * The unit that trusts: a practice, or (DOMAIN.md item 19) a collective
     * trusting a collective that contains it. The name predates item 19.
     */
    practice: string;
    collective: string;
    credibility: number;
    reliability: number;
    intimacy: number;
    selfOrientation: number;
    source?: SourceLocation;
}

export interface Cession {
    domain: string;
    /** 1 for "fully", otherwise the stated degree 0..1. */
    degree: number;
    /** The participants that cede it; undefined means every participant. */
    practices?: string[];
}

export type SharedCostTerm =
    | { kind: 'fixed'; amount: Minor }
    | { kind: 'per-patient'; amount: Minor }
    | { kind: 'per-step'; amount: Minor; stepSize: number };

export type ChargingRule =
    | { kind: 'list-size' }
    | { kind: 'equal' }
    /** Explicit shares by practice id, fractions that should sum to 1. */
    | { kind: 'explicit'; shares: Record<string, number> };

/** How the consultant proposes to share the benefit. */
export type SharingRule = 'as-charged' | 'fair';

/** An explicit saving for a named coalition, overriding the cost formula. */
export interface CoalitionValue {
    members: string[];
    value: Minor;
}

/** A payment the model already agrees between two participants, per year. */
export interface Transfer {
    from: string;
    to: string;
    amount: Minor;
}

/** Money put in up front (DOMAIN.md item 20). */
export interface Investment {
    amount: Minor;
    /** How it is split; undefined: by the initiative's charging rule. */
    split?: ChargingRule;
}

export interface Initiative {
    id: string;
    title: string;
    /** The collective that runs it; undefined when not stated. */
    collective?: string;
    participants: string[];
    cessions: Cession[];
    /** Each participant's current annual cost of doing it alone. */
    currentCosts: Record<string, Minor>;
    sharedCost: SharedCostTerm[];
    charging: ChargingRule;
    sharing: SharingRule;
    coalitionValues: CoalitionValue[];
    transfers: Transfer[];
    /** Undefined when the initiative needs no money up front. */
    investment?: Investment;
    source?: SourceLocation;
}

export interface MergerOption {
    id: string;
    title: string;
    practices: string[];
    /** Saving per year the merger would bring. */
    saving: Minor;
    source?: SourceLocation;
}

export interface SystemPartner {
    id: string;
    title: string;
    /** Number of patients it serves. */
    population: number;
    source?: SourceLocation;
}

export interface DomainModel {
    settings: ModelSettings;
    domains: DecisionDomain[];
    practices: Practice[];
    collectives: Collective[];
    trust: TrustStatement[];
    initiatives: Initiative[];
    mergers: MergerOption[];
    partners: SystemPartner[];
}

export const DEFAULT_SETTINGS: ModelSettings = {
    title: 'Untitled model',
    currency: '£',
    horizonYears: 5,
    trustThreshold: 3
};
