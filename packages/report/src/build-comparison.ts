/**
 * The comparison briefing (DOMAIN.md item 17): one document, rendered by the
 * same renderers as the report, with each practice's and each initiative's
 * figures per scenario and their differences from the baseline (the first
 * scenario). Figures come from the ComparisonResult; only formatting here.
 */
import { type AnalysisResult, type ComparisonResult, PARADOX_VERDICT_LABELS, type Readiness, signedPoints } from '@autonomy/analysis';
import { formatMoney, formatPercent } from '@autonomy/domain';
import { type Block, type Column, REPORT_SCHEMA_VERSION, type ReportDocument, type Section, type TableRow } from './document.js';
import { ruleWords } from './wording.js';

export interface ComparisonDocumentInput {
    comparison: ComparisonResult;
    /** The baseline's analysis, carried in the JSON for other tools. */
    baseline: AnalysisResult;
    /** YYYY-MM-DD */
    date: string;
}

export const READINESS_LABELS: Readonly<Record<Readiness, string>> = {
    'ready': 'ready',
    'not-ready': 'not ready',
    'unknown': 'unknown (no trust statement)',
    'no-initiative': 'in no initiative'
};

const ABSENT = 'not in this scenario';

export function buildComparisonDocument(input: ComparisonDocumentInput): ReportDocument {
    const { comparison: c } = input;
    const money = (minor: number): string => formatMoney(minor, c.currency);
    const signedMoney = (minor: number): string => (minor > 0 ? '+' : '') + money(minor);
    const scenarioColumns: Column[] = c.scenarios.map((s, k) => ({ header: k === 0 ? `${s.name} (baseline)` : s.name, align: 'right' }));
    const partial = c.practices.filter(p => !p.inEveryScenario);

    const practiceTable = (caption: string, cell: (p: ComparisonResult['practices'][number], k: number) => string): Block => ({
        kind: 'table',
        caption,
        columns: [{ header: 'Practice' }, ...scenarioColumns],
        rows: c.practices.map((p): TableRow => ({
            kind: 'practice',
            cells: [p.inEveryScenario ? p.title : `${p.title} *`, ...c.scenarios.map((_, k) => (p.figures[k] ? cell(p, k) : ABSENT))]
        }))
    });
    const withDiff = (value: string, diff: string | undefined): string => (diff === undefined ? value : `${value} (${diff})`);

    const practices: Section = {
        id: 'practices',
        title: 'Practices in each scenario',
        blocks: [
            {
                kind: 'paragraph',
                text: `Each figure is shown per scenario; in brackets, its change from ${c.scenarios[0].name}, the baseline. `
                    + 'Practices are matched by the name written in the models.'
            },
            ...(partial.length > 0
                ? [{ kind: 'note' as const, text: `* Not in every scenario: ${partial.map(p => `${p.title} (in ${c.scenarios.filter((_, k) => p.figures[k]).map(s => s.name).join(', ')})`).join('; ')}.` }]
                : []),
            practiceTable('Benefit a year under each initiative\'s proposed sharing rule', (p, k) =>
                withDiff(signedMoney(p.figures[k]!.benefit), p.differences[k] ? signedMoney(p.differences[k].benefit) : undefined)),
            practiceTable('Fair share a year (Shapley value)', (p, k) =>
                withDiff(signedMoney(p.figures[k]!.fairShare), p.differences[k] ? signedMoney(p.differences[k].fairShare) : undefined)),
            practiceTable('Expected autonomy in the collective (alone in brackets)', (p, k) => {
                const f = p.figures[k]!;
                return withDiff(`${formatPercent(f.expectedCollective)} (${formatPercent(f.expectedAlone)})`,
                    p.differences[k] ? signedPoints(p.differences[k].expectedCollective) : undefined);
            }),
            practiceTable('Verdict, and readiness to cede', (p, k) => {
                const f = p.figures[k]!;
                // A verdict two standard errors of the estimated benefit could change is said to rest on the estimates, and so is a change to or from one.
                const onEstimates = p.differences[k]?.verdictChanged === true && (f.verdictUncertain === true || p.figures[0]?.verdictUncertain === true);
                const changed = p.differences[k]?.verdictChanged || p.differences[k]?.readinessChanged ? (onEstimates ? ' (changed on the estimates)' : ' (changed)') : '';
                return `${PARADOX_VERDICT_LABELS[f.verdict]}${f.verdictUncertain ? ' on the estimates (uncertain)' : ''}; ${READINESS_LABELS[f.readiness]}${changed}`;
            }),
            {
                kind: 'chart',
                title: 'Expected autonomy per scenario',
                description: 'For each practice, one bar per scenario: its expected autonomy over the horizon if it cedes as the scenario proposes. '
                    + 'The black mark is its expected autonomy alone. A practice missing from a scenario has no bar there.',
                chart: {
                    kind: 'scenarios',
                    scenarios: c.scenarios.map(s => s.name),
                    practices: c.practices.map(p => ({
                        label: p.title,
                        alone: p.figures.map(f => f?.expectedAlone ?? null),
                        collective: p.figures.map(f => f?.expectedCollective ?? null)
                    }))
                }
            }
        ]
    };

    const initiatives: Section = {
        id: 'initiatives',
        title: 'Initiatives in each scenario',
        blocks: c.initiatives.length === 0
            ? [{ kind: 'note', text: 'No scenario has an initiative.' }]
            : [{
                kind: 'table',
                caption: 'Net saving a year and predicted outcome',
                columns: [{ header: 'Initiative' }, ...scenarioColumns],
                rows: c.initiatives.map((i): TableRow => ({
                    kind: 'initiative',
                    cells: [i.inEveryScenario ? i.title : `${i.title} *`, ...i.figures.map((f, k) => {
                        if (!f) {
                            return ABSENT;
                        }
                        const diff = i.netSavingDifference[k];
                        // An outcome that estimates within two standard errors of zero could change is said to rest on them, and so is a change to or from one.
                        const outcome = f.proceeds === null ? 'outcome unknown'
                            : f.proceedsUncertain ? `${f.proceeds ? 'would proceed' : 'would not proceed'} on the estimates (uncertain)`
                                : f.proceeds ? 'proceeds' : 'does not proceed';
                        const onEstimates = f.proceedsUncertain === true || i.figures[0]?.proceedsUncertain === true;
                        return `${withDiff(signedMoney(f.netSaving), diff === null ? undefined : signedMoney(diff))}; ${outcome} under ${ruleWords(f.rule)}`
                            + (i.outcomeChanged[k] ? (onEstimates ? ' (changed on the estimates)' : ' (changed)') : '');
                    })]
                }))
            }]
    };

    const scenarios: Section = {
        id: 'scenarios',
        title: 'Scenarios compared',
        blocks: [{
            kind: 'table',
            columns: [{ header: 'Scenario' }, { header: 'Model' }, { header: 'File' }],
            rows: c.scenarios.map((s, k) => ({ cells: [k === 0 ? `${s.name} (baseline)` : s.name, s.title, s.file ?? ''] }))
        }]
    };

    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        // For analysts: every figure, with the files it came from.
        edition: 'analyst',
        cover: {
            title: `Scenario comparison: ${c.scenarios[0].title}`,
            subtitle: `${c.scenarios.length} scenarios of one locality, against ${c.scenarios[0].name}`,
            date: input.date,
            sourceFile: c.scenarios[0].file,
            facts: [
                { label: 'Scenarios', value: String(c.scenarios.length) },
                { label: 'Practices', value: String(c.practices.length) },
                { label: 'Initiatives', value: String(c.initiatives.length) },
                { label: 'Currency', value: c.currency }
            ]
        },
        findings: [],
        terms: [],
        sections: [scenarios, practices, initiatives],
        analysis: input.baseline,
        diagnostics: []
    };
}
