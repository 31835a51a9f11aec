/**
 * DOMAIN.md item 17: several scenarios of one locality side by side. Practices
 * and initiatives are matched by name (their id in the model); each figure is
 * given per scenario with its difference from the first scenario (the
 * baseline). Pure: analysis results in, a ComparisonResult out.
 */
import type { AnalysisResult, ParadoxVerdict, PracticeAnalysis } from './result.js';

export const COMPARISON_SCHEMA_VERSION = '1.0.0';

export interface ScenarioInput {
    /** Short name, usually the file name without its extension. */
    name: string;
    file?: string;
    result: AnalysisResult;
}

/** Whether a practice is ready to cede to the collectives running its initiatives (DOMAIN.md item 10). */
export type Readiness = 'ready' | 'not-ready' | 'unknown' | 'no-initiative';

export interface ScenarioPracticeFigures {
    benefit: number;
    fairShare: number;
    expectedAlone: number;
    expectedCollective: number;
    verdict: ParadoxVerdict;
    /** Present (true) when two standard errors of the estimated benefit could change `verdict` (the analysis's paradoxVerdictUncertain). */
    verdictUncertain?: boolean;
    readiness: Readiness;
}

export interface PracticeDifference {
    benefit: number;
    fairShare: number;
    expectedAlone: number;
    expectedCollective: number;
    verdictChanged: boolean;
    readinessChanged: boolean;
}

export interface PracticeComparison {
    id: string;
    title: string;
    /** Per scenario, in the order given; null where the practice is not in that scenario. */
    figures: (ScenarioPracticeFigures | null)[];
    /** Per scenario, the change from the baseline; null for the baseline itself and wherever either is missing. */
    differences: (PracticeDifference | null)[];
    /** False when the practice is missing from at least one scenario. */
    inEveryScenario: boolean;
}

export interface ScenarioInitiativeFigures {
    netSaving: number;
    /** The decision rule of the collective running it, 'unknown' when none. */
    rule: string;
    /** Predicted outcome; null when it cannot be predicted. */
    proceeds: boolean | null;
    /** Present (true) when estimates within two standard errors of zero could change `proceeds` (the analysis's outcome.proceedsUncertain). */
    proceedsUncertain?: boolean;
}

export interface InitiativeComparison {
    id: string;
    title: string;
    figures: (ScenarioInitiativeFigures | null)[];
    /** Net saving minus the baseline's; null for the baseline and wherever either is missing. */
    netSavingDifference: (number | null)[];
    outcomeChanged: (boolean | null)[];
    inEveryScenario: boolean;
}

export interface ComparisonResult {
    schemaVersion: string;
    currency: string;
    scenarios: { name: string; title: string; file?: string }[];
    practices: PracticeComparison[];
    initiatives: InitiativeComparison[];
}

/** Why these scenarios cannot be compared (money in different currencies), or undefined when they can. */
export function comparisonProblem(scenarios: ScenarioInput[]): string | undefined {
    const base = scenarios[0];
    const other = scenarios.find(s => s.result.settings.currency !== base?.result.settings.currency);
    return base && other
        ? `${other.file ?? other.name} counts money in ${other.result.settings.currency} but the baseline ${base.file ?? base.name} in `
            + `${base.result.settings.currency}: differences between them would mean nothing. Compare scenarios written in one currency.`
        : undefined;
}

export function compareScenarios(scenarios: ScenarioInput[]): ComparisonResult {
    if (scenarios.length === 0) {
        throw new Error('compareScenarios needs at least one scenario (the baseline).');
    }
    const problem = comparisonProblem(scenarios);
    if (problem) {
        throw new Error(problem);
    }
    const practiceIds = unionOfIds(scenarios.map(s => s.result.practices));
    const initiativeIds = unionOfIds(scenarios.map(s => s.result.initiatives));
    const practices = practiceIds.map(id => {
        const found = scenarios.map(s => s.result.practices.find(p => p.id === id));
        const figures = scenarios.map((s, k) => (found[k] ? practiceFigures(found[k], s.result) : null));
        return {
            id,
            title: found.find(p => p !== undefined)!.title,
            figures,
            differences: figures.map((f, k) => (k === 0 || !f || !figures[0] ? null : practiceDifference(figures[0], f))),
            inEveryScenario: figures.every(f => f !== null)
        };
    });
    const initiatives = initiativeIds.map(id => {
        const found = scenarios.map(s => s.result.initiatives.find(i => i.id === id));
        const figures = found.map((i): ScenarioInitiativeFigures | null => (i
            ? { netSaving: i.netSaving, rule: i.outcome.rule, proceeds: i.outcome.proceeds, ...(i.outcome.proceedsUncertain ? { proceedsUncertain: true } : {}) }
            : null));
        const base = figures[0];
        return {
            id,
            title: found.find(i => i !== undefined)!.title,
            figures,
            netSavingDifference: figures.map((f, k) => (k === 0 || !f || !base ? null : f.netSaving - base.netSaving)),
            outcomeChanged: figures.map((f, k) => (k === 0 || !f || !base ? null : f.proceeds !== base.proceeds)),
            inEveryScenario: figures.every(f => f !== null)
        };
    });
    return {
        schemaVersion: COMPARISON_SCHEMA_VERSION,
        currency: scenarios[0].result.settings.currency,
        scenarios: scenarios.map(s => ({ name: s.name, title: s.result.settings.title, ...(s.file ? { file: s.file } : {}) })),
        practices,
        initiatives
    };
}

/** Ids in the order they first appear, baseline first. */
function unionOfIds(lists: { id: string }[][]): string[] {
    return [...new Set(lists.flatMap(list => list.map(x => x.id)))];
}

function practiceFigures(p: PracticeAnalysis, result: AnalysisResult): ScenarioPracticeFigures {
    return {
        benefit: p.benefit,
        fairShare: p.fairShareTotal,
        expectedAlone: p.expectedAlone,
        expectedCollective: p.expectedCollective,
        verdict: p.paradoxVerdict,
        ...(p.paradoxVerdictUncertain ? { verdictUncertain: true } : {}),
        readiness: readiness(p, result)
    };
}

function practiceDifference(base: ScenarioPracticeFigures, f: ScenarioPracticeFigures): PracticeDifference {
    return {
        benefit: f.benefit - base.benefit,
        fairShare: f.fairShare - base.fairShare,
        expectedAlone: f.expectedAlone - base.expectedAlone,
        expectedCollective: f.expectedCollective - base.expectedCollective,
        verdictChanged: f.verdict !== base.verdict,
        readinessChanged: f.readiness !== base.readiness
    };
}

/** Ready only when ready for every collective that runs one of its initiatives; unknown readiness counts as not ready in predictions, so it is named. */
function readiness(p: PracticeAnalysis, result: AnalysisResult): Readiness {
    const collectives = new Set(result.initiatives.filter(i => i.participants.includes(p.id) && i.collective).map(i => i.collective!));
    if (collectives.size === 0) {
        return 'no-initiative';
    }
    const states = [...collectives].map(c => result.trust.find(t => t.practice === p.id && t.collective === c)?.ready ?? null);
    return states.includes(false) ? 'not-ready' : states.includes(null) ? 'unknown' : 'ready';
}
