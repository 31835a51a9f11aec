/**
 * DOMAIN.md item 11: the predicted outcome of an initiative under its
 * collective's decision rule. A participant agrees when its benefit under the
 * proposed rule is >= 0 and it is ready to cede (unknown readiness counts as
 * not ready).
 */
import type { Collective } from '@autonomy/domain';
import type { InitiativeOutcome } from './result.js';
import { listNames } from '@autonomy/domain';

export interface Voter {
    id: string;
    title: string;
    /** For a member collective: the list size of its participating practices, each practice counted once (counted-once.ts). */
    listSize: number;
    benefit: number;
    /** null: no trust statement */
    ready: boolean | null;
    clearsThreshold: boolean | null;
    /**
     * Present for a member collective (DOMAIN.md item 19): whether its own rule
     * carries among its members taking part. It then agrees when that carries
     * and it is ready, whatever `benefit` says.
     */
    carries?: boolean;
}

export function agrees(v: Voter): boolean {
    return (v.carries ?? v.benefit >= 0) && v.ready === true;
}

/** Under delegation: a practice that does not trust the collective enough, or a member collective that is not ready. */
function delegationRisk(v: Voter): boolean {
    return v.carries === undefined ? v.clearsThreshold !== true : v.ready !== true;
}

/**
 * `votersAre`: how the explanation names the voters ('members taking part' when collectives vote, item 19);
 * `countedOnce`: the words saying which member a practice shared by two is counted with, after a weighted
 * vote's share of the list size (counted-once.ts).
 */
export function predictOutcome(collective: Collective | undefined, voters: Voter[], votersAre = 'participants', countedOnce = ''): InitiativeOutcome {
    const agree = voters.filter(agrees);
    const dissent = voters.filter(v => !agrees(v));
    const ids = (vs: Voter[]): string[] => vs.map(v => v.id);
    const rule = collective?.decisionRule;
    if (!collective || !rule) {
        const why = collective
            ? `${collective.title} states no decision rule, so the outcome cannot be predicted.`
            : 'No collective runs this initiative, so the outcome cannot be predicted.';
        return { rule: 'unknown', proceeds: null, agree: ids(agree), blockers: [], defectionRisks: [], explanation: why };
    }
    const n = voters.length;
    if (rule === 'consensus') {
        const proceeds = dissent.length === 0;
        return {
            rule, proceeds, agree: ids(agree), blockers: ids(dissent), defectionRisks: [],
            explanation: proceeds
                ? `${collective.title} decides by consensus and ${n === 1 ? `its one ${votersAre.replace(/^(\w+)s\b/, '$1')} agrees` : `all ${n} ${votersAre} agree`}, so it proceeds.`
                : `${collective.title} decides by consensus and ${listNames(dissent.map(v => v.title))} would not agree, so it does not proceed.`
        };
    }
    if (rule === 'majority-vote' || rule === 'weighted-vote') {
        // With no patients on any voter's list, a weighted vote counts heads (as charging by list size falls back to equal shares).
        const byList = rule === 'weighted-vote' && voters.some(v => v.listSize > 0);
        const weight = (vs: Voter[]): number => (byList ? vs.reduce((s, v) => s + v.listSize, 0) : vs.length);
        const total = weight(voters);
        const yes = weight(agree);
        const proceeds = yes * 2 > total;
        const measure = byList
            ? `${votersAre === 'participants' ? 'practices' : 'members'} holding ${formatShare(yes, total)} of the list size agree${countedOnce}`
            : `${agree.length} of ${n} ${votersAre} agree`;
        return {
            rule, proceeds, agree: ids(agree), blockers: [], defectionRisks: proceeds ? ids(dissent) : [],
            explanation: proceeds
                ? `${collective.title} decides by ${rule === 'weighted-vote' ? 'list-size-weighted vote' : 'majority vote'}: ${measure}, so it proceeds`
                    + (dissent.length > 0 ? `, but ${listNames(dissent.map(v => v.title))} would be outvoted and may go rogue.` : '.')
                : `${collective.title} decides by ${rule === 'weighted-vote' ? 'list-size-weighted vote' : 'majority vote'}: only ${measure}, so it does not proceed.`
        };
    }
    // Delegated: leaders decide, so it proceeds; members who do not trust the collective enough may defect.
    const risks = voters.filter(delegationRisk);
    return {
        rule, proceeds: true, agree: ids(agree), blockers: [], defectionRisks: ids(risks),
        explanation: `${collective.title} delegates the decision to its leaders, so it proceeds` + delegationRiskWords(risks)
    };
}

/**
 * Why a collective whose trust clears is not ready (DOMAIN.md item 19): it believes going alone is unsustainable
 * only when more than half of its practices do, so the belief fails also with exactly half believing, where
 * "most of its practices do not believe" would be false.
 */
export const NO_MAJORITY_BELIEVES = (its: string): string => `no more than half of ${its} practices believe going alone is unsustainable`;

/**
 * Why each defection risk under delegation may defect, as its trust figures say: "does not trust it
 * enough" only where a score is below the threshold; with no trust statement its trust is unknown; a
 * member collective that trusts enough but is not ready is held back by its practices' belief.
 */
function delegationRiskWords(risks: Voter[]): string {
    if (risks.length === 0) {
        return '.';
    }
    const low = risks.filter(v => v.clearsThreshold === false);
    const unstated = risks.filter(v => v.clearsThreshold === null);
    const unready = risks.filter(v => v.clearsThreshold === true);
    const names = (vs: Voter[]): string => listNames(vs.map(v => v.title));
    const clauses = [
        ...(low.length > 0 ? [`${names(low)} ${low.length === 1 ? 'does' : 'do'} not trust it enough`] : []),
        ...(unstated.length > 0 ? [`${names(unstated)} ${unstated.length === 1 ? 'has not stated its' : 'have not stated their'} trust in it`] : []),
        ...(unready.length > 0
            ? [`${names(unready)} ${unready.length === 1 ? 'is' : 'are'} not ready to follow it (${NO_MAJORITY_BELIEVES(unready.length === 1 ? 'its' : 'their')})`]
            : [])
    ];
    return clauses.length === 1 ? `; ${clauses[0]} and may defect.` : `; ${clauses.join('; ')}: each may defect.`;
}

function formatShare(part: number, total: number): string {
    if (!(total > 0)) {
        return '0%';
    }
    return `${Math.round((part / total) * 1000) / 10}%`;
}
