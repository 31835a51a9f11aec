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
import type { AnalysisFinding, AnalysisResult, FindingCode, InitiativeOutcome } from './result.js';
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
    const words = new Words({
        practiceById: new Map(model.practices.map(p => [p.id, p])),
        collectiveById: new Map(model.collectives.map(c => [c.id, c])),
        settings: result.settings
    }, result.trust);
    const titleOf = new Map(result.initiatives.map(i => [i.id, i.title]));
    return [...groups.values()].map(group => {
        const first = group[0];
        const initiatives = group.flatMap(f => f.initiative ?? []);
        if (group.length === 1) {
            return { ...first, initiatives };
        }
        const titles = initiatives.map(id => titleOf.get(id) ?? id);
        return { ...first, initiatives, message: mergedMessage(first, titles, words) };
    });
}

function mergedMessage(finding: AnalysisFinding, titles: string[], w: Words): string {
    const practice = finding.practice ?? '';
    const data = finding.data ?? {};
    const reasons = Array.isArray(data.reasons) ? data.reasons.map(String) : [];
    if (finding.code === 'defection-risk') {
        return defectionMessage(w, practice, data.rule as InitiativeOutcome['rule'], finding.collective, reasons, shortList(titles));
    }
    if (finding.code === 'predicted-blocker') {
        return blockerMessage(w, practice, reasons, listNames(shortList(titles)));
    }
    const collective = typeof data.collective === 'string' ? data.collective : finding.collective ?? '';
    return cessionMessage(finding.code as CessionCode, w, practice, finding.collective ?? collective, collective,
        `${titles.length} initiatives (${listNames(shortList(titles))})`);
}

/** The first NAMED titles and "N more": a cause in 40 initiatives stays one readable line. */
function shortList(titles: string[]): string[] {
    return titles.length <= NAMED + 1 ? titles : [...titles.slice(0, NAMED), `${titles.length - NAMED} more`];
}
