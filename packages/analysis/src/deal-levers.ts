/**
 * DOMAIN.md item 15, the words: whether a consensus (the deal everyone signs)
 * exists and what it costs whom, and otherwise the cheapest levers that would
 * create one: a cut in shared cost (N < 0), the practices to leave out (the
 * best coalition), the smallest change of one trust component that lifts a
 * practice to the threshold, a trust statement or a shared belief that is
 * missing, and, under a vote, that consensus would need the deal.
 */
import type { Collective, TrustStatement } from '@autonomy/domain';
import type { Words } from './finding-words.js';
import type { DealLever, DealMoney, InitiativeAnalysis, InitiativeDeal, TrustAnalysis, TrustComponent } from './result.js';
import { trustScore } from './trust.js';
import { dealGainWords } from './deal-words.js';
import { listNames } from '@autonomy/domain';
import { votingCollective } from './nested-vote.js';

export interface LeverInputs {
    initiative: InitiativeAnalysis;
    money: DealMoney;
    collective: Collective | undefined;
    /** A unit's (a practice's, or a member collective's) readiness towards a collective, and the statement it rests on. */
    trust: (unit: string, collective: string) => TrustAnalysis | undefined;
    statement: (unit: string, collective: string) => TrustStatement | undefined;
    words: Words;
}

/**
 * Whose readiness a consensus needs (DOMAIN.md item 19): each participant's towards the collective
 * whose vote it takes part in (a member collective containing it, else the running one), and each
 * member collective taking part towards the collective above it, as the predicted outcome reads them.
 */
interface Signatory {
    id: string;
    kind: 'practice' | 'collective';
    /** Undefined when no collective runs the initiative: no one to cede to. */
    to: string | undefined;
}

function signatories(i: InitiativeAnalysis, runBy: Collective | undefined): Signatory[] {
    const practices = i.participants.map((id): Signatory => ({ id, kind: 'practice', to: runBy ? votingCollective(i.outcome, id, runBy.id) : undefined }));
    const members = runBy ? (i.outcome.memberVotes ?? []).map((v): Signatory => ({ id: v.collective, kind: 'collective', to: v.parent })) : [];
    return [...practices, ...members];
}

export function completeDeal(input: LeverInputs): InitiativeDeal {
    const { initiative: i, money, words: w } = input;
    const levers: DealLever[] = [];
    if (i.lossMaking) {
        levers.push({ kind: 'cut-shared-cost', amount: -i.netSaving, sentence: `Cut the shared cost by ${w.money(-i.netSaving)} a year and ${i.title} breaks even.` });
        const best = i.bestCoalition;
        if (best && best.value > 0) {
            const leaveOut = i.participants.filter(p => !best.members.includes(p));
            levers.push({
                kind: 'leave-out', leaveOut, coalition: best.members, value: best.value,
                sentence: `Leave out ${w.coalition(leaveOut)}: ${w.coalition(best.members)} together save ${w.money(best.value)} a year.`
            });
        }
    }
    const readiness = (u: Signatory): TrustAnalysis | undefined => (u.to ? input.trust(u.id, u.to) : undefined);
    const notReady = signatories(i, input.collective).filter(u => readiness(u)?.ready !== true);
    levers.push(...readinessLevers(notReady, readiness, input));
    const rule = i.outcome.rule;
    if (money.status === 'deal' && (rule === 'majority-vote' || rule === 'weighted-vote') && i.shares.some(s => s.benefitUnderRule < 0)) {
        const losers = w.coalition(i.shares.filter(s => s.benefitUnderRule < 0).map(s => s.practice));
        // Only a vote that carries leaves anyone losing; one that fails leaves the losers where they are.
        const sentence = i.outcome.proceeds === true
            ? `The vote would leave ${losers} losing; a consensus needs the deal's payments.`
            : `${losers} would lose under the proposed split (as things stand the vote does not carry); a consensus needs the deal's payments.`;
        levers.push({ kind: 'consensus-needs-deal', rule, sentence });
    }
    const exists = money.status === 'deal' && notReady.length === 0;
    // No trust statement (or no collective to cede to): readiness is unknown, which the words may not call "not ready".
    const unknown = notReady.filter(u => (readiness(u)?.ready ?? null) === null);
    return { ...money, consensus: { exists, sentence: consensusSentence(i, money, exists, notReady, unknown, input.collective !== undefined, w) }, levers };
}

function unitName(u: Signatory, w: Words): string {
    return u.kind === 'practice' ? w.practice(u.id) : w.collective(u.id);
}

function consensusSentence(i: InitiativeAnalysis, money: DealMoney, exists: boolean, notReady: Signatory[], unknown: Signatory[], runBy: boolean, w: Words): string {
    if (money.status === 'not-computed') {
        return `Whether a deal everyone signs exists for ${i.title} was not worked out: ${money.reason}.`;
    }
    if (money.status !== 'deal') {
        return `No deal everyone signs exists for ${i.title}: ${money.reason}.`;
    }
    const cost = money.payments.length === 0
        ? 'no payments are needed'
        : listNames(money.payments.map(p => `${w.practice(p.from)} pays ${w.practice(p.to)} ${w.money(p.amount)}`)) + ' a year';
    const keeps = money.keepsEveryCoalition ? ' and no group does better alone' : '';
    const gains = dealGainWords(money, i.participants, p => w.practice(p)).holds;
    if (exists) {
        return `A consensus exists for ${i.title}: ${cost}; ${gains}${keeps}.`;
    }
    return `The money works for ${i.title} (${cost}; ${gains}${keeps}), but ${readinessGap(notReady, unknown, runBy, w)}.`;
}

/** Who stands between the money and a consensus: units known not to be ready, and those whose readiness is unknown. */
function readinessGap(notReady: Signatory[], unknown: Signatory[], runBy: boolean, w: Words): string {
    const names = (us: Signatory[]): string => listNames(us.map(u => unitName(u, w)));
    if (!runBy) {
        return 'no collective runs it, so no participant\'s readiness to cede is known';
    }
    const known = notReady.filter(u => !unknown.includes(u));
    const parts = [
        ...(known.length > 0 ? [`${names(known)} ${known.length === 1 ? 'is' : 'are'} not ready to cede`] : []),
        ...(unknown.length > 0
            ? [`${unknown.length === 1 ? `${names(unknown)}'s readiness to cede is` : `the readiness to cede of ${names(unknown)} is`} unknown (no trust statement)`]
            : [])
    ];
    return parts.join(', and ');
}

const COMPONENTS = ['credibility', 'reliability', 'intimacy'] as const;

/**
 * Per unit, the trust rise it needs; the missing statements as one lever per collective they are
 * missing towards, and the missing beliefs as one lever, naming every unit.
 */
function readinessLevers(notReady: Signatory[], readiness: (u: Signatory) => TrustAnalysis | undefined, input: LeverInputs): DealLever[] {
    const { words: w } = input;
    const out: DealLever[] = [];
    const unstated = new Map<string, Signatory[]>();
    const unbelieving: Signatory[] = [];
    for (const unit of notReady) {
        const t = readiness(unit);
        if (!t || !unit.to) {
            continue;
        }
        const collective = unit.to;
        const statement = input.statement(unit.id, collective);
        if (t.score === null || !statement) {
            unstated.set(collective, [...(unstated.get(collective) ?? []), unit]);
        } else if (t.clearsThreshold === false) {
            const lever = cheapestTrustRise(statement, w.threshold);
            if (lever) {
                const verb = lever.component === 'self-orientation' ? 'fall' : 'rise';
                out.push({
                    kind: 'raise-trust', practice: unit.id, collective, score: t.score, threshold: w.threshold, ...lever,
                    sentence: `${unitName(unit, w)}'s trust in ${w.collective(collective)} is ${t.score.toFixed(2)} against a threshold of ${w.threshold}: `
                        + `its ${lever.component} must ${verb} from ${lever.from} to ${lever.to}.`
                });
            }
        }
        if (!t.believesAloneUnsustainable) {
            unbelieving.push(unit);
        }
    }
    const names = (us: Signatory[]): string => listNames(us.map(u => unitName(u, w)));
    for (const [collective, units] of unstated) {
        const who = units.some(u => u.kind === 'collective') ? 'a practice or collective' : 'a practice';
        out.push({
            kind: 'state-trust', practices: units.map(u => u.id), collective,
            sentence: `State how far ${names(units)} trust${units.length === 1 ? 's' : ''} ${w.collective(collective)}: without a trust statement ${who} counts as not ready.`
        });
    }
    if (unbelieving.length > 0) {
        const practices = unbelieving.filter(u => u.kind === 'practice');
        const collectives = unbelieving.filter(u => u.kind === 'collective');
        // A collective believes when most of its practices do (item 19).
        const whose = [
            ...(practices.length > 0 ? [`the partners of ${names(practices)}`] : []),
            ...(collectives.length > 0 ? [`most of the practices of ${names(collectives)}`] : [])
        ].join(' and ');
        out.push({ kind: 'shared-belief', practices: unbelieving.map(u => u.id), sentence: `${whose.charAt(0).toUpperCase()}${whose.slice(1)} must come to believe that going alone is unsustainable.` });
    }
    return out;
}

/** The smallest single-component change (to 0.01, within 1..10) that lifts T to the threshold. */
interface TrustRise {
    component: TrustComponent;
    from: number;
    to: number;
}

export function cheapestTrustRise(s: TrustStatement, threshold: number): TrustRise | undefined {
    const options: TrustRise[] = [];
    const clears = (x: TrustStatement): boolean => trustScore(x) >= threshold;
    for (const c of COMPONENTS) {
        let to = Math.ceil((threshold * s.selfOrientation - (s.credibility + s.reliability + s.intimacy) + s[c]) * 100) / 100;
        while (!clears({ ...s, [c]: to }) && to <= 10) {
            to = Math.round(to * 100 + 1) / 100;
        }
        if (to <= 10 && to > s[c]) {
            options.push({ component: c, from: s[c], to });
        }
    }
    let so = Math.floor(((s.credibility + s.reliability + s.intimacy) / threshold) * 100) / 100;
    while (!clears({ ...s, selfOrientation: so }) && so >= 1) {
        so = Math.round(so * 100 - 1) / 100;
    }
    if (so >= 1 && so < s.selfOrientation) {
        options.push({ component: 'self-orientation', from: s.selfOrientation, to: so });
    }
    options.sort((a, b) => Math.abs(a.to - a.from) - Math.abs(b.to - b.from));
    return options[0];
}
