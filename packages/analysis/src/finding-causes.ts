/**
 * One finding per cause (issue 12). A practice's low trust in a collective,
 * its partners' missing belief, or a missing trust statement is one cause
 * however many initiatives it cedes in; a blocker or a defection risk with
 * the same reasons in several initiatives is one too. Findings that differ
 * only in their initiative become one that names every initiative, so a
 * model of 3 practices and 3 initiatives no longer says the same thing 9 times.
 * `result.findings` keeps one finding per initiative (the JSON, the reports);
 * this is what the editor and `autonomy validate` show.
 */
import type { DomainModel } from '@autonomy/domain';
import { type CessionCode, cessionMessage } from './cession-findings.js';
import { blockerMessage, defectionMessage } from './decision-findings.js';
import { Words } from './finding-words.js';
import type { AnalysisFinding, AnalysisResult, FindingCode, InitiativeOutcome, TrustAnalysis } from './result.js';
import { listNames } from '@autonomy/domain';

export interface CauseFinding extends AnalysisFinding {
    /** Every initiative the cause affects, in the analysis's order (the first is `initiative`). */
    initiatives: string[];
}

const CESSION_CODES: ReadonlySet<FindingCode> = new Set<CessionCode>(['unknown-readiness', 'low-trust-cession', 'no-shared-belief']);
const MERGED_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([...CESSION_CODES, 'predicted-blocker', 'defection-risk']);

/** Initiatives named in full before "and N more". */
const NAMED = 5;

/**
 * Each finding's cause as a string, once per finding object: the editor's analysis hands out the
 * same finding objects for initiatives an edit did not touch (findings-memo.ts), and findings are
 * not changed once made.
 */
const causeKeys = new WeakMap<AnalysisFinding, string>();

function causeKey(finding: AnalysisFinding): string {
    let key = causeKeys.get(finding);
    if (key === undefined) {
        // Everything but the initiative and the words that name it: the same cause when all of it is equal.
        key = JSON.stringify([finding.code, finding.practice, finding.collective, finding.data]);
        causeKeys.set(finding, key);
    }
    return key;
}

export function findingsByCause(model: DomainModel, result: AnalysisResult): CauseFinding[] {
    return new CauseGrouping().of(model, result);
}

/**
 * findingsByCause, kept from one analysis to the next by a caller (the editor's diagnostics): a
 * cause whose findings are the same objects as last time (findings-memo.ts hands them out again
 * for initiatives an edit did not touch) is the last one when the words a merged message is
 * written in are the same; so a keystroke writes again the causes of the findings it changed,
 * not 4,000 merged messages. The same causes, in the same order, as findingsByCause.
 */
export class CauseGrouping {
    /** A finding that is its own cause, by the finding: it reads nothing else. */
    private readonly single = new WeakMap<AnalysisFinding, CauseFinding>();
    /** Last time's merged causes by cause key, with the findings they merged. */
    private merged = new Map<string, { group: AnalysisFinding[]; cause: CauseFinding }>();
    private words: { practices: readonly unknown[]; collectives: readonly unknown[]; settings: unknown[]; trust: readonly TrustAnalysis[] } | undefined;

    of(model: DomainModel, result: AnalysisResult): CauseFinding[] {
        const groups = new Map<string, AnalysisFinding[]>();
        for (const finding of result.findings) {
            const key = MERGED_CODES.has(finding.code) && finding.initiative !== undefined ? causeKey(finding) : `\u0000${groups.size}`;
            const group = groups.get(key);
            if (group) {
                group.push(finding);
            } else {
                groups.set(key, [finding]);
            }
        }
        const sameWords = this.sameWords(model, result);
        const lastMerged = sameWords ? this.merged : new Map<string, { group: AnalysisFinding[]; cause: CauseFinding }>();
        const merged = new Map<string, { group: AnalysisFinding[]; cause: CauseFinding }>();
        let words: Words | undefined;
        let titleOf: Map<string, string> | undefined;
        const causes: CauseFinding[] = [];
        for (const [key, group] of groups) {
            const first = group[0];
            if (group.length === 1) {
                let cause = this.single.get(first);
                if (!cause) {
                    cause = { ...first, initiatives: first.initiative === undefined ? [] : [first.initiative] };
                    this.single.set(first, cause);
                }
                causes.push(cause);
                continue;
            }
            const last = lastMerged.get(key);
            let cause = last && sameItems(last.group, group) ? last.cause : undefined;
            if (!cause) {
                words ??= new Words({
                    practiceById: new Map(model.practices.map(p => [p.id, p])),
                    collectiveById: new Map(model.collectives.map(c => [c.id, c])),
                    settings: result.settings
                }, result.trust);
                titleOf ??= new Map(result.initiatives.map(i => [i.id, i.title]));
                const initiatives = group.flatMap(f => f.initiative ?? []);
                const titles = initiatives.map(id => titleOf!.get(id) ?? id);
                cause = { ...first, initiatives, message: mergedMessage(first, titles, words) };
            }
            merged.set(key, { group, cause });
            causes.push(cause);
        }
        this.merged = merged;
        return causes;
    }

    /**
     * Whether a merged message would be written in the same words as last time: the same practice
     * and collective records (their titles), currency and threshold, and equal trust pairs.
     * Initiative titles need no look: a retitled initiative's findings are new objects.
     */
    private sameWords(model: DomainModel, result: AnalysisResult): boolean {
        const now = {
            practices: model.practices, collectives: model.collectives,
            settings: [result.settings.currency, result.settings.trustThreshold], trust: result.trust
        };
        const last = this.words;
        this.words = now;
        return last !== undefined && sameItems(last.practices, now.practices) && sameItems(last.collectives, now.collectives)
            && sameItems(last.settings, now.settings) && last.trust.length === now.trust.length && last.trust.every((t, i) => sameTrust(t, now.trust[i]));
    }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
    return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

function sameTrust(a: TrustAnalysis, b: TrustAnalysis): boolean {
    return a === b || (a.practice === b.practice && a.collective === b.collective && a.truster === b.truster && Object.is(a.score, b.score)
        && a.clearsThreshold === b.clearsThreshold && a.believesAloneUnsustainable === b.believesAloneUnsustainable && a.ready === b.ready);
}

function mergedMessage(finding: AnalysisFinding, titles: string[], w: Words): string {
    const practice = finding.practice ?? '';
    const data = finding.data ?? {};
    const reasons = Array.isArray(data.reasons) ? data.reasons.map(String) : [];
    const doubt = data.uncertain === 'own' || data.uncertain === 'vote' ? data.uncertain : undefined;
    if (finding.code === 'defection-risk') {
        // `data.collective`: the member collective whose decision it would go rogue on, when not the running one (item 19).
        const decidedBy = typeof data.collective === 'string' ? data.collective : finding.collective;
        return defectionMessage(w, practice, data.rule as InitiativeOutcome['rule'], decidedBy, reasons, shortList(titles), doubt);
    }
    if (finding.code === 'predicted-blocker') {
        return blockerMessage(w, practice, reasons, listNames(shortList(titles)), doubt);
    }
    const collective = typeof data.collective === 'string' ? data.collective : finding.collective ?? '';
    return cessionMessage(finding.code as CessionCode, w, practice, finding.collective ?? collective, collective,
        `${titles.length} initiatives (${listNames(shortList(titles))})`);
}

/** The first NAMED titles and "N more": a cause in 40 initiatives stays one readable line. */
function shortList(titles: string[]): string[] {
    return titles.length <= NAMED + 1 ? titles : [...titles.slice(0, NAMED), `${titles.length - NAMED} more`];
}
