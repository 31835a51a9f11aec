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

export interface LeverInputs {
    initiative: InitiativeAnalysis;
    money: DealMoney;
    collective: Collective | undefined;
    trust: (practice: string) => TrustAnalysis | undefined;
    statement: (practice: string) => TrustStatement | undefined;
    words: Words;
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
    const notReady = i.participants.filter(p => input.trust(p)?.ready !== true);
    levers.push(...readinessLevers(notReady, input));
    const rule = i.outcome.rule;
    if (money.status === 'deal' && (rule === 'majority-vote' || rule === 'weighted-vote') && i.shares.some(s => s.benefitUnderRule < 0)) {
        levers.push({ kind: 'consensus-needs-deal', rule, sentence: `The vote would leave ${w.coalition(i.shares.filter(s => s.benefitUnderRule < 0).map(s => s.practice))} losing; a consensus needs the deal's payments.` });
    }
    const exists = money.status === 'deal' && notReady.length === 0;
    // No trust statement (or no collective to cede to): readiness is unknown, which the words may not call "not ready".
    const unknown = notReady.filter(p => (input.trust(p)?.ready ?? null) === null);
    return { ...money, consensus: { exists, sentence: consensusSentence(i, money, exists, notReady, unknown, input.collective !== undefined, w) }, levers };
}

function consensusSentence(i: InitiativeAnalysis, money: DealMoney, exists: boolean, notReady: string[], unknown: string[], runBy: boolean, w: Words): string {
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

/** Who stands between the money and a consensus: practices known not to be ready, and those whose readiness is unknown. */
function readinessGap(notReady: string[], unknown: string[], runBy: boolean, w: Words): string {
    const names = (ids: string[]): string => listNames(ids.map(p => w.practice(p)));
    if (!runBy) {
        return 'no collective runs it, so no participant\'s readiness to cede is known';
    }
    const known = notReady.filter(p => !unknown.includes(p));
    const parts = [
        ...(known.length > 0 ? [`${names(known)} ${known.length === 1 ? 'is' : 'are'} not ready to cede`] : []),
        ...(unknown.length > 0
            ? [`${unknown.length === 1 ? `${names(unknown)}'s readiness to cede is` : `the readiness to cede of ${names(unknown)} is`} unknown (no trust statement)`]
            : [])
    ];
    return parts.join(', and ');
}

const COMPONENTS = ['credibility', 'reliability', 'intimacy'] as const;

/** Per practice, the trust rise it needs; the missing statements and beliefs as one lever each, naming every practice. */
function readinessLevers(notReady: string[], input: LeverInputs): DealLever[] {
    const { words: w } = input;
    const collective = input.collective?.id;
    if (!collective) {
        return [];
    }
    const out: DealLever[] = [];
    const unstated: string[] = [];
    const unbelieving: string[] = [];
    for (const practice of notReady) {
        const t = input.trust(practice);
        if (!t) {
            continue;
        }
        const statement = input.statement(practice);
        if (t.score === null || !statement) {
            unstated.push(practice);
        } else if (t.clearsThreshold === false) {
            const lever = cheapestTrustRise(statement, w.threshold);
            if (lever) {
                const verb = lever.component === 'self-orientation' ? 'fall' : 'rise';
                out.push({
                    kind: 'raise-trust', practice, collective, score: t.score, threshold: w.threshold, ...lever,
                    sentence: `${w.practice(practice)}'s trust in ${w.collective(collective)} is ${t.score.toFixed(2)} against a threshold of ${w.threshold}: `
                        + `its ${lever.component} must ${verb} from ${lever.from} to ${lever.to}.`
                });
            }
        }
        if (!t.believesAloneUnsustainable) {
            unbelieving.push(practice);
        }
    }
    const names = (ids: string[]): string => listNames(ids.map(id => w.practice(id)));
    if (unstated.length > 0) {
        out.push({ kind: 'state-trust', practices: unstated, collective, sentence: `State how far ${names(unstated)} trust${unstated.length === 1 ? 's' : ''} ${w.collective(collective)}: without a trust statement a practice counts as not ready.` });
    }
    if (unbelieving.length > 0) {
        out.push({ kind: 'shared-belief', practices: unbelieving, sentence: `The partners of ${names(unbelieving)} must come to believe that going alone is unsustainable.` });
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
