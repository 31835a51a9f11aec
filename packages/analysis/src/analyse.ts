/**
 * The whole analysis: a plain DomainModel in, a plain AnalysisResult out.
 * Pure and deterministic: the same model gives byte-identical JSON.
 */
import type { DomainModel } from '@autonomy/domain';
import { autonomyRetained } from './autonomy.js';
import { analysisFindings } from './findings.js';
import { analyseInitiative } from './initiative.js';
import { Membership } from './membership.js';
import { analyseMergers } from './merger.js';
import { type AnalysisOptions, resolveOptions } from './options.js';
import { predictOutcome } from './outcome.js';
import { partnerRelationships } from './relationships.js';
import { ANALYSIS_SCHEMA_VERSION, type AnalysisResult, type InitiativeAnalysis, type PracticeAnalysis } from './result.js';
import { sanitise } from './sanitise.js';
import { sustainability } from './sustainability.js';
import { TrustTable } from './trust.js';

export function analyse(model: DomainModel, options?: AnalysisOptions): AnalysisResult {
    const resolved = resolveOptions(options);
    const clean = sanitise(model);
    const trust = new TrustTable(clean);
    const membership = new Membership(clean);

    const initiatives: InitiativeAnalysis[] = clean.initiatives.map(initiative => {
        const figures = analyseInitiative(initiative, clean, resolved);
        const collective = initiative.collective ? clean.collectiveById.get(initiative.collective) : undefined;
        const voters = figures.shares.map(share => {
            const readiness = collective ? trust.lookup(share.practice, collective.id) : undefined;
            const practice = clean.practiceById.get(share.practice)!;
            return {
                id: practice.id,
                title: practice.title,
                listSize: practice.listSize,
                benefit: share.benefitUnderRule,
                ready: readiness?.ready ?? null,
                clearsThreshold: readiness?.clearsThreshold ?? null
            };
        });
        return { ...figures, outcome: predictOutcome(collective, voters) };
    });

    const practices: PracticeAnalysis[] = clean.practices.map(p => {
        const mine = initiatives.filter(i => i.participants.includes(p.id));
        const shareOf = (i: InitiativeAnalysis) => i.shares.find(s => s.practice === p.id)!;
        const benefit = mine.reduce((sum, i) => sum + shareOf(i).benefitUnderRule, 0);
        const { autonomyRetained: a, cededWeight } = autonomyRetained(clean, p.id);
        return {
            id: p.id,
            title: p.title,
            listSize: p.listSize,
            autonomyRetained: a,
            cededWeight,
            benefit,
            gap: p.gap,
            crisisRisk: p.crisisRisk,
            ...sustainability(p.crisisRisk, benefit, p.gap, a),
            initiatives: mine.map(i => i.id),
            memberOf: membership.memberOf(p.id),
            fairShareTotal: mine.reduce((sum, i) => sum + shareOf(i).fairShare, 0),
            compensationTotal: mine.reduce((sum, i) => sum + shareOf(i).compensation, 0)
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
