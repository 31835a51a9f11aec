/**
 * The whole analysis: a plain DomainModel in, a plain AnalysisResult out.
 * Pure and deterministic: the same model gives byte-identical JSON.
 */
import type { DomainModel } from '@autonomy/domain';
import { autonomyRetained, cededDegrees } from './autonomy.js';
import { analysisFindings } from './findings.js';
import { analyseInitiative } from './initiative.js';
import { initiativeKey } from './initiative-cache.js';
import { initiativeOutcome } from './initiative-outcome.js';
import { Membership } from './membership.js';
import { analyseMergers } from './merger.js';
import { type AnalysisOptions, resolveOptions } from './options.js';
import { partnerRelationships } from './relationships.js';
import { ANALYSIS_SCHEMA_VERSION, type AnalysisResult, type InitiativeAnalysis, type ParticipantShare, type PracticeAnalysis } from './result.js';
import { sanitise } from './sanitise.js';
import { practiceRiskFigures } from './sustainability.js';
import { TrustTable } from './trust.js';

export function analyse(model: DomainModel, options?: AnalysisOptions): AnalysisResult {
    const resolved = resolveOptions(options);
    const clean = sanitise(model);
    const trust = new TrustTable(clean);
    const membership = new Membership(clean);

    const initiatives: InitiativeAnalysis[] = clean.initiatives.map(initiative => {
        const figures = resolved.initiativeCache
            ? resolved.initiativeCache.figures(initiativeKey(initiative, clean.practiceById, resolved), () => analyseInitiative(initiative, clean, resolved))
            : analyseInitiative(initiative, clean, resolved);
        const collective = initiative.collective ? clean.collectiveById.get(initiative.collective) : undefined;
        return { ...figures, outcome: initiativeOutcome(figures, collective, trust, clean.practiceById) };
    });

    const sharesOf = new Map<string, { initiative: string; share: ParticipantShare }[]>();
    for (const i of initiatives) {
        for (const share of i.shares) {
            const list = sharesOf.get(share.practice) ?? [];
            list.push({ initiative: i.id, share });
            sharesOf.set(share.practice, list);
        }
    }
    const degrees = cededDegrees(clean);
    const practices: PracticeAnalysis[] = clean.practices.map(p => {
        const mine = sharesOf.get(p.id) ?? [];
        const total = (key: 'benefitUnderRule' | 'fairShare' | 'compensation'): number => mine.reduce((sum, m) => sum + m.share[key], 0);
        const benefit = total('benefitUnderRule');
        const { autonomyRetained: a, cededWeight } = autonomyRetained(clean, degrees.get(p.id));
        return {
            id: p.id,
            title: p.title,
            listSize: p.listSize,
            autonomyRetained: a,
            cededWeight,
            benefit,
            ...practiceRiskFigures(p, benefit, a),
            initiatives: mine.map(m => m.initiative),
            memberOf: membership.memberOf(p.id),
            fairShareTotal: total('fairShare'),
            compensationTotal: total('compensation')
        };
    });

    const result: AnalysisResult = {
        schemaVersion: ANALYSIS_SCHEMA_VERSION,
        settings: clean.settings,
        initiatives,
        practices,
        trust: trust.all(),
        mergers: analyseMergers(clean),
        partners: partnerRelationships(clean, membership),
        findings: []
    };
    result.findings = analysisFindings(clean, result);
    return result;
}
