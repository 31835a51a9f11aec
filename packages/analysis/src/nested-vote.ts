/**
 * DOMAIN.md item 19: the decision of a collective whose direct members include
 * collectives. The vote is among its direct members that take part (a member
 * collective takes part when any practice inside it participates). A member
 * collective agrees when its own rule, applied the same way to its own members
 * taking part, carries, and it is ready towards the parent; a member practice
 * agrees as in item 11, ready towards the collective whose vote it takes part
 * in. A collective with no member collective taking part decides exactly as
 * item 11 says (outcome.ts), so a flat model is unchanged.
 */
import { type Collective, formatMoney } from '@autonomy/domain';
import { type CountedMember, countOnce, countedOnceWords } from './counted-once.js';
import type { Membership } from './membership.js';
import { type Voter, agrees, predictOutcome } from './outcome.js';
import { type InitiativeOutcome, type MemberVote, withinTwoStandardErrors } from './result.js';
import type { CleanModel } from './sanitise.js';
import type { TrustTable } from './trust.js';

export interface VoteInputs {
    model: CleanModel;
    membership: Membership;
    trust: TrustTable;
    /** Each participant's benefit from the initiative under its proposed rule. */
    benefit: ReadonlyMap<string, number>;
    /** Each participant's standard error when its benefit is a Monte Carlo estimate (shared fairly above the exact limit). */
    standardError?: ReadonlyMap<string, number>;
}

/** The outcome of an initiative with these participants (in participant order) run by `collective`. */
export function decide(collective: Collective | undefined, participants: readonly string[], inputs: VoteInputs): InitiativeOutcome {
    return decideWithin(collective, participants, inputs, new Set());
}

function decideWithin(collective: Collective | undefined, participants: readonly string[], inputs: VoteInputs,
    deciding: Set<string>): InitiativeOutcome {
    const memberCollectives = collective ? takingPart(collective, participants, inputs, deciding) : [];
    if (!collective || memberCollectives.length === 0) {
        return predictOutcome(collective, participants.map(id => practiceVoter(id, collective, inputs)));
    }
    deciding.add(collective.id);
    const covered = new Set<string>();
    const votes: MemberVote[] = [];
    /** Every vote below this collective, depth first (each direct member's vote, then the votes inside it). */
    const flat: MemberVote[] = [];
    const voters: Voter[] = [];
    // A practice in two member collectives takes part in both votes, but its patients weigh once (counted-once.ts):
    // counted in both, the list sizes add up to more than the participants hold and "members holding x% of the
    // list size agree" is a share of no one's patients.
    const taking = memberCollectives.map(c => ({
        id: c.id, isPractice: false, practices: participants.filter(id => inputs.membership.practicesWithin(c.id).has(id))
    }));
    const counted = new Map(countOnce(taking).map(m => [m.id, m]));
    const shared = new Map<string, string>();
    for (const member of collective.members) {
        const inner = memberCollectives.find(c => c.id === member);
        if (inner) {
            const practices = taking.find(t => t.id === inner.id)!.practices;
            practices.forEach(id => covered.add(id));
            // The votes inside the member are listed flat beside it (with their depth), so the result nests only one level.
            const { memberVotes: deeper = [], ...outcome } = decideWithin(inner, practices, inputs, deciding);
            const readiness = inputs.trust.lookup(inner.id, collective.id);
            const vote: MemberVote = {
                collective: inner.id,
                parent: collective.id,
                depth: 1,
                practices,
                outcome,
                ready: readiness.ready,
                clearsThreshold: readiness.clearsThreshold,
                agrees: false
            };
            const voter: Voter = {
                id: inner.id,
                title: inner.title,
                listSize: counted.get(inner.id)!.counted.reduce((sum, id) => sum + (inputs.model.practiceById.get(id)?.listSize ?? 0), 0),
                benefit: 0,
                ready: readiness.ready,
                clearsThreshold: readiness.clearsThreshold,
                carries: outcome.proceeds === true,
                // Its own decision could go either way: so could its agreement, once it is ready.
                ...(outcome.proceedsUncertain && readiness.ready === true
                    ? { uncertain: 'own decision is uncertain, resting on estimated fair shares within two standard errors of zero' }
                    : {})
            };
            counted.get(inner.id)!.elsewhere.forEach(e => shared.set(e.practice, e.countedWith));
            vote.agrees = agrees(voter);
            votes.push(vote);
            flat.push(vote, ...deeper.map(v => ({ ...v, depth: v.depth + 1 })));
            voters.push(voter);
        }
    }
    deciding.delete(collective.id);
    // Member practices, and participants outside every member (item 11 treats them as voters too).
    for (const id of participants) {
        if (!covered.has(id)) {
            voters.push(practiceVoter(id, collective, inputs));
        }
    }
    const titleOf = (id: string): string => inputs.model.practiceById.get(id)?.title ?? inputs.model.collectiveById.get(id)?.title ?? id;
    const sharedWords = countedOnceWords([...shared].map(([practice, countedWith]) => ({ practice, countedWith })), titleOf);
    const top = predictOutcome(collective, voters, 'members taking part', sharedWords);
    return { ...expand(top, votes, participants, counted), memberVotes: flat };
}

/** Direct member collectives containing a participant, skipping any already deciding higher up (a membership cycle). */
function takingPart(collective: Collective, participants: readonly string[], inputs: VoteInputs, deciding: Set<string>): Collective[] {
    const out: Collective[] = [];
    for (const member of collective.members) {
        const c = inputs.model.collectiveById.get(member);
        if (c && !deciding.has(c.id) && c.id !== collective.id) {
            const within = inputs.membership.practicesWithin(c.id);
            if (participants.some(id => within.has(id))) {
                out.push(c);
            }
        }
    }
    return out;
}

function practiceVoter(id: string, collective: Collective | undefined, inputs: VoteInputs): Voter {
    const practice = inputs.model.practiceById.get(id)!;
    const readiness = collective ? inputs.trust.lookup(id, collective.id) : undefined;
    const benefit = inputs.benefit.get(id) ?? 0;
    const se = inputs.standardError?.get(id);
    const voter: Voter = {
        id,
        title: practice.title,
        listSize: practice.listSize,
        benefit,
        ready: readiness?.ready ?? null,
        clearsThreshold: readiness?.clearsThreshold ?? null
    };
    // Not ready, it does not agree whatever its benefit; ready, its agreement is the sign of an estimate that may not be settled.
    if (voter.ready === true && se !== undefined && withinTwoStandardErrors(benefit, se)) {
        const money = (minor: number): string => formatMoney(minor, inputs.model.settings.currency);
        voter.uncertain = `estimated benefit is ${money(benefit)} with a standard error of ${money(se)}, within two standard errors of zero`;
    }
    return voter;
}

/**
 * The outcome among direct members, restated in practices: a member collective
 * that blocks or may defect brings all its participating practices; one that
 * follows brings the practices its own vote outvoted (when the decision proceeds).
 * A practice inside two members takes part in both votes, but here it is brought
 * only by the member it is counted with (`counted`: the first listed containing it,
 * as its patients are, and as `votingCollective` reads its readiness): brought by
 * both, it could stand in `agree` through one and among the blockers or defection
 * risks through the other, and a briefing would say it agrees and that it may go
 * rogue. Its stance in the other member's vote stays in that vote's own outcome
 * (`memberVotes`), where it did decide that member's vote.
 */
function expand(top: InitiativeOutcome, votes: MemberVote[], participants: readonly string[],
    counted: ReadonlyMap<string, CountedMember>): InitiativeOutcome {
    const byCollective = new Map(votes.map(v => [v.collective, v]));
    const own = new Map(votes.map(v => [v.collective, new Set(counted.get(v.collective)?.counted ?? [])]));
    const mine = (v: MemberVote, ids: readonly string[]): string[] => ids.filter(id => own.get(v.collective)!.has(id));
    const practicesOf = (ids: string[], inner: (v: MemberVote) => readonly string[]): string[] =>
        ids.flatMap(id => {
            const vote = byCollective.get(id);
            return vote ? mine(vote, inner(vote)) : [id];
        });
    const agree = practicesOf(top.agree, v => v.outcome.agree);
    const blockers = practicesOf(top.blockers, v => v.practices);
    const risks = practicesOf(top.defectionRisks, v => v.practices);
    if (top.proceeds === true) {
        for (const vote of votes.filter(v => v.agrees)) {
            risks.push(...mine(vote, vote.outcome.defectionRisks));
        }
    }
    const order = new Map(participants.map((id, i) => [id, i]));
    const sorted = (ids: string[]): string[] => [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    // Doubt reaches a practice through its own estimate, or through a member collective whose own decision is uncertain (all its
    // practices then); inside a member that agrees, its own doubtful voters stand in the lists as they do there. A member that
    // does not agree for certain brings its practices for certain, whatever doubt there is inside it.
    const uncertain = sorted([...practicesOf(top.uncertain ?? [], v => v.practices),
        ...votes.filter(v => v.agrees).flatMap(v => mine(v, v.outcome.uncertain ?? []))]);
    const { uncertain: _voters, ...rest } = top;
    return { ...rest, agree: sorted(agree), blockers: sorted(blockers), defectionRisks: sorted(risks), ...(uncertain.length > 0 ? { uncertain } : {}) };
}

/** The collective in whose vote a participant takes part: the innermost member collective containing it, else the running one. */
export function votingCollective(outcome: InitiativeOutcome, practice: string, running: string | undefined): string | undefined {
    const votes = outcome.memberVotes;
    if (!votes || votes.length === 0) {
        return running;
    }
    const path = homesOf(votes).path(practice);
    return path.length > 0 ? votes[path[path.length - 1]].collective : running;
}

/** A member collective that will not follow the collective above it (`parent`), under that one's rule. */
export interface NotFollowing {
    vote: MemberVote;
    parent: string;
    rule: InitiativeOutcome['rule'];
    /**
     * 'own': it is ready, and its own decision rests on estimates within two standard errors of zero;
     * 'vote': under a vote, whether the parent's decision carries does. Absent when neither.
     */
    uncertain?: 'own' | 'vote';
    /**
     * The practices it takes with it: those of `vote.practices` counted with it, at every level above too. A
     * practice also inside a member listed before it is counted there, and the outcome lists it as that member
     * decides (expand): saying this one takes it too would say it both agrees and blocks or goes rogue.
     */
    practices: string[];
    /** Its practices counted with another member collective instead (`countedWith`: the one listed first at the level where they part). */
    countedElsewhere?: Array<{ practice: string; countedWith: string }>;
}

/**
 * The member collectives (at any depth) that will not follow the collective
 * above them, each with that collective: under consensus one that does not
 * agree blocks; under a vote that carries, one that does not agree is
 * outvoted; under delegation, one that is not ready. Inside a member that
 * follows a decision that proceeds, the same question is asked again.
 */
export function membersNotFollowing(outcome: InitiativeOutcome, running: string): NotFollowing[] {
    const votes = outcome.memberVotes ?? [];
    const out: NotFollowing[] = [];
    let homes: HomeVotes | undefined;
    const walk = (indexes: number[], decision: Pick<InitiativeOutcome, 'rule' | 'proceeds' | 'proceedsUncertain'>, parent: string): void => {
        for (const i of indexes) {
            const vote = votes[i];
            const rule = decision.rule;
            const notFollowing = rule === 'consensus' ? !vote.agrees
                : rule === 'majority-vote' || rule === 'weighted-vote' ? decision.proceeds === true && !vote.agrees
                    : rule === 'delegated' ? vote.ready !== true : false;
            if (notFollowing) {
                // Under delegation only readiness counts, which is no estimate; a consensus is blocked whatever the others do.
                const uncertain = rule === 'delegated' ? undefined
                    : vote.ready === true && vote.outcome.proceedsUncertain ? 'own'
                        : rule !== 'consensus' && decision.proceedsUncertain ? 'vote' : undefined;
                homes ??= homesOf(votes);
                const { practices, elsewhere } = countedWithVote(votes, i, homes);
                out.push({ vote, parent, rule, ...(uncertain ? { uncertain } : {}), practices, ...(elsewhere.length > 0 ? { countedElsewhere: elsewhere } : {}) });
            } else if (vote.agrees && decision.proceeds === true) {
                walk(childrenOf(votes, i), vote.outcome, vote.collective);
            }
        }
    };
    walk(topLevel(votes), outcome, running);
    return out;
}

/**
 * Each vote's parent vote (-1: a direct member), and for a practice the votes its place in the outcome comes from,
 * outermost first: at each level the first member collective listed that contains it (where its patients are
 * counted, counted-once.ts); empty outside every member.
 */
interface HomeVotes {
    parent: number[];
    path(practice: string): number[];
}

const homeIndexes = new WeakMap<readonly MemberVote[], HomeVotes>();

/**
 * The HomeVotes of an outcome's votes, made once per list: an outcome is not changed once made, and the findings
 * ask it for each participant of each initiative (votingCollective) and each practice of a member that will not follow.
 */
function homesOf(votes: readonly MemberVote[]): HomeVotes {
    let homes = homeIndexes.get(votes);
    if (!homes) {
        homes = homeVoteIndex(votes);
        homeIndexes.set(votes, homes);
    }
    return homes;
}

/** HomeVotes for every practice at once: per parent vote, the first child listed that contains each practice. */
function homeVoteIndex(votes: readonly MemberVote[]): HomeVotes {
    const parent: number[] = [];
    const open: number[] = [];
    const first = new Map<number, Map<string, number>>();
    votes.forEach((v, i) => {
        open.length = v.depth - 1;
        const p = v.depth === 1 ? -1 : open[v.depth - 2];
        parent.push(p);
        open.push(i);
        const firsts = first.get(p) ?? new Map<string, number>();
        first.set(p, firsts);
        for (const id of v.practices) {
            if (!firsts.has(id)) {
                firsts.set(id, i);
            }
        }
    });
    return {
        parent,
        path(practice: string): number[] {
            const path: number[] = [];
            for (let at = first.get(-1)?.get(practice); at !== undefined; at = first.get(at)?.get(practice)) {
                path.push(at);
            }
            return path;
        }
    };
}

/** The practices of the vote at `index` whose place it decides, and for the others the member collective that does. */
function countedWithVote(votes: readonly MemberVote[], index: number, homes: HomeVotes): {
    practices: string[]; elsewhere: Array<{ practice: string; countedWith: string }>;
} {
    const chain: number[] = [];
    for (let at = index; at >= 0; at = homes.parent[at]) {
        chain.unshift(at);
    }
    const practices: string[] = [];
    const elsewhere: Array<{ practice: string; countedWith: string }> = [];
    for (const practice of votes[index].practices) {
        const path = homes.path(practice);
        const parting = chain.findIndex((c, level) => path[level] !== c);
        if (parting < 0) {
            practices.push(practice);
        } else {
            elsewhere.push({ practice, countedWith: votes[path[parting]].collective });
        }
    }
    return { practices, elsewhere };
}

/** Indexes of the direct members' votes in a flat, depth-first list. */
function topLevel(votes: readonly MemberVote[]): number[] {
    return votes.flatMap((v, i) => (v.depth === 1 ? [i] : []));
}

/** Indexes of the votes directly inside the vote at `index`: the following ones one level deeper, until the list climbs back. */
function childrenOf(votes: readonly MemberVote[], index: number): number[] {
    const depth = votes[index].depth;
    const out: number[] = [];
    for (let i = index + 1; i < votes.length && votes[i].depth > depth; i++) {
        if (votes[i].depth === depth + 1) {
            out.push(i);
        }
    }
    return out;
}
