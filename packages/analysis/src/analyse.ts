/**
 * The whole analysis: a plain DomainModel in, a plain AnalysisResult out.
 * Pure and deterministic: the same model gives byte-identical JSON.
 */
import type { DomainModel, Initiative } from '@autonomy/domain';
import { autonomyRetained, cededDegrees } from './autonomy.js';
import { analysisFindings } from './findings.js';
import { analyseInitiative, type InitiativeFigures } from './initiative.js';
import { type InitiativeCache, shapingKey } from './initiative-cache.js';
import { initiativeOutcome } from './initiative-outcome.js';
import { computeOnFirstRead } from './lazy-field.js';
import { Membership } from './membership.js';
import { analyseMergers } from './merger.js';
import { type AnalysisOptions, checkCancelled, type ResolvedOptions, resolveOptions } from './options.js';
import { collectiveVotingPower, votingPowerFindings } from './collective-voting.js';
import { completeDeal } from './deal-levers.js';
import { Words } from './finding-words.js';
import { annualised, analyseInvestment } from './investment.js';
import { partnerRelationships } from './relationships.js';
import { ANALYSIS_SCHEMA_VERSION, type AnalysisFinding, type AnalysisResult, type InitiativeAnalysis, type ParticipantShare, type PracticeAnalysis } from './result.js';
import { type CleanModel, sanitise } from './sanitise.js';
import { benefitStandardError, estimatedBenefitErrors, practiceRiskFigures } from './sustainability.js';
import { TrustTable } from './trust.js';

export function analyse(model: DomainModel, options?: AnalysisOptions): AnalysisResult {
    const resolved = resolveOptions(options);
    const cache = resolved.initiativeCache;
    const clean = sanitise(model, cache?.records);
    const shaping = cache ? shapingKey(resolved) : '';
    const membership = cache ? cache.passes.membershipOf(clean) : new Membership(clean);
    const trust = cache ? cache.passes.trustTableOf(clean, membership) : new TrustTable(clean, membership);
    const words = new Words(clean, trust.all());

    // Each initiative's figures, for the findings memo (findings-memo.ts).
    const figuresOf: InitiativeFigures[] = [];
    const initiatives: InitiativeAnalysis[] = clean.initiatives.map(initiative => {
        const figures = cache ? cachedFigures(initiative, clean, resolved, cache, shaping) : analyseInitiative(initiative, clean, resolved);
        figuresOf.push(figures);
        const collective = initiative.collective ? clean.collectiveById.get(initiative.collective) : undefined;
        const { dealMoney: money, ...rest } = figures;
        const investment = analyseInvestment(initiative, figures.shares, clean.settings.horizonYears);
        const analysis: InitiativeAnalysis = {
            ...rest,
            outcome: cache
                ? cache.outcomes.of(initiative, figures, collective, trust, recording => initiativeOutcome(figures, collective, { model: clean, membership, trust: recording }))
                : initiativeOutcome(figures, collective, { model: clean, membership, trust }),
            ...(investment ? { investment } : {})
        };
        if (money) {
            analysis.deal = completeDeal({
                initiative: analysis, money, collective, words,
                trust: (unit, towards) => trust.lookup(unit, towards),
                statement: (unit, towards) => clean.trust.find(s => s.practice === unit && s.collective === towards)
            });
        }
        return analysis;
    });

    const result: AnalysisResult = {
        schemaVersion: ANALYSIS_SCHEMA_VERSION,
        settings: clean.settings,
        initiatives,
        practices: [],
        trust: trust.all(),
        mergers: analyseMergers(clean),
        partners: [],
        findings: []
    };
    // No finding reads the practices' or the partners' figures (hovers, inlay hints and reports do): a build that
    // only shows diagnostics never computes them (about a tenth of the analysis of a 50,000-line build,
    // docs/performance.md). The partners read only stated pairs of the trust table, which lookups do not change.
    computeOnFirstRead(result, 'practices', () => practiceFigures(clean, initiatives, membership));
    computeOnFirstRead(result, 'partners', () => partnerRelationships(clean, membership, trust));
    if (resolved.decisionSupport) {
        result.votingPower = collectiveVotingPower(clean, membership, () => checkCancelled(resolved));
    }
    const memo = cache?.findings;
    const wordsToken = memo?.wordsOf(clean, result.trust);
    const kept = memo && wordsToken
        ? (index: number, compute: () => AnalysisFinding[]) => memo.of(clean.initiatives[index], figuresOf[index], initiatives[index].outcome, wordsToken, compute)
        : undefined;
    result.findings = [...analysisFindings(clean, result, kept), ...votingPowerFindings(result.votingPower ?? [], clean, words)];
    return result;
}

/** Each practice's figures: its shares of the initiatives' benefits, autonomy retained and sustainability. */
function practiceFigures(clean: CleanModel, initiatives: InitiativeAnalysis[], membership: Membership): PracticeAnalysis[] {
    const sharesOf = new Map<string, { initiative: string; share: ParticipantShare }[]>();
    for (const i of initiatives) {
        for (const share of i.shares) {
            const list = sharesOf.get(share.practice) ?? [];
            list.push({ initiative: i.id, share });
            sharesOf.set(share.practice, list);
        }
    }
    const errorsOf = estimatedBenefitErrors(initiatives);
    const invested = new Map<string, number>();
    for (const s of initiatives.flatMap(i => i.investment?.shares ?? [])) {
        invested.set(s.practice, (invested.get(s.practice) ?? 0) + s.share);
    }
    const degrees = cededDegrees(clean);
    return clean.practices.map(p => {
        const mine = sharesOf.get(p.id) ?? [];
        const total = (key: 'benefitUnderRule' | 'fairShare' | 'compensation'): number => mine.reduce((sum, m) => sum + m.share[key], 0);
        const benefit = total('benefitUnderRule');
        const { autonomyRetained: a, cededWeight } = autonomyRetained(clean, degrees.get(p.id));
        // Item 20: money up front, spread over the horizon, is taken off the yearly benefit for sustainability.
        const investmentTotal = invested.get(p.id) ?? 0;
        const perYear = annualised(investmentTotal, clean.settings.horizonYears);
        const errors = errorsOf.get(p.id);
        const standardError = benefitStandardError(errors ?? []);
        return {
            id: p.id,
            title: p.title,
            listSize: p.listSize,
            autonomyRetained: a,
            cededWeight,
            benefit,
            ...(errors ? { benefitStandardError: standardError } : {}),
            ...practiceRiskFigures(p, benefit - perYear, a, standardError),
            initiatives: mine.map(m => m.initiative),
            memberOf: membership.memberOf(p.id),
            fairShareTotal: total('fairShare'),
            compensationTotal: total('compensation'),
            ...(investmentTotal > 0 ? { investmentTotal, annualisedInvestment: perYear } : {})
        };
    });
}

function cachedFigures(initiative: Initiative, clean: CleanModel, resolved: ResolvedOptions, cache: InitiativeCache, shaping: string): InitiativeFigures {
    return cache.figuresOf(initiative, clean.practiceById, resolved, shaping, () => analyseInitiative(initiative, clean, resolved));
}

/**
 * Puts into `options.initiativeCache` the figures `analyse(model, options)` would compute, one
 * initiative a step, so a caller can spread them over idle time: the editor, when an analysis ran
 * past its budget, finishes its figures before the next keystroke asks for them. The same calls
 * as analyse makes, so the figures are the same; cancelled as analyse is (options.isCancelled).
 */
export function* figuresInTurn(model: DomainModel, options: AnalysisOptions & { initiativeCache: InitiativeCache }): Generator<void, void, void> {
    const resolved = resolveOptions(options);
    const clean = sanitise(model, options.initiativeCache.records);
    const shaping = shapingKey(resolved);
    for (const initiative of clean.initiatives) {
        yield;
        cachedFigures(initiative, clean, resolved, options.initiativeCache, shaping);
    }
}
