import type { AnalysisFinding } from '@autonomy/analysis';
import { type AstNode, AstUtils, type DiagnosticInfo, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import * as ast from '../generated/ast.js';
import { report } from '../validation/report.js';

/** Findings about a whole initiative, placed on its name (or its charging line). */
const ON_INITIATIVE = new Set(['loss-making-initiative', 'estimated-fair-share']);

/**
 * Turns the analysis findings into diagnostics on the nodes they are about:
 * a participant reference, an initiative, a collective. Only nodes of this
 * document are used; an imported file reports its own findings.
 */
export function checkAnalysisFindings(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    const provider = services.analysis.AnalysisProvider;
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        const document = AstUtils.getDocument(root);
        const analysis = provider.getAnalysis(document);
        const failure = analysis ? undefined : provider.getFailure(document);
        const anchor = root.settings[0] ?? root.elements.find(e => !ast.isTrust(e));
        if (failure && anchor) {
            report(accept, 'analysis-skipped',
                `The analysis of this model was skipped because ${failure}, so findings that need figures ` +
                `(losses, stability, blockers) are not shown here. Run 'autonomy analyse' for them.`,
                { node: anchor, property: (ast.isModelSettings(anchor) ? 'title' : 'name') as never });
        }
        for (const finding of analysis?.result.findings ?? []) {
            const target = placeFinding(root, finding);
            if (!target) {
                continue;
            }
            const info = {
                ...target,
                code: finding.code,
                data: {
                    ...finding.data,
                    code: finding.code,
                    initiative: finding.initiative,
                    practice: finding.practice,
                    collective: finding.collective
                }
            } as DiagnosticInfo<AstNode>;
            accept(finding.severity, finding.message, info);
        }
    };
}

type Target = Pick<DiagnosticInfo<AstNode>, 'node' | 'property' | 'index'>;

export function placeFinding(root: ast.AutonomyFile, finding: AnalysisFinding): Target | undefined {
    const initiative = finding.initiative
        ? root.elements.filter(ast.isInitiative).find(i => i.name === finding.initiative)
        : undefined;
    if (initiative) {
        return placeInInitiative(initiative, finding);
    }
    if (finding.initiative) {
        return undefined;
    }
    const collective = root.elements.filter(ast.isCollective).find(c => c.name === finding.collective);
    if (collective) {
        return { node: collective, property: 'name' };
    }
    const practice = root.elements.filter(ast.isPractice).find(p => p.name === finding.practice);
    return practice ? { node: practice, property: 'name' } : undefined;
}

function placeInInitiative(initiative: ast.Initiative, finding: AnalysisFinding): Target {
    if (finding.code === 'charged-split-outside-core') {
        const charging = initiative.properties.find(ast.isCharging);
        return charging ? { node: charging } : { node: initiative, property: 'name' };
    }
    if (finding.practice && !ON_INITIATIVE.has(finding.code)) {
        for (const line of initiative.properties.filter(ast.isParticipants)) {
            const index = line.practices.findIndex(p => p.$refText === finding.practice);
            if (index >= 0) {
                return { node: line, property: 'practices', index };
            }
        }
    }
    return { node: initiative, property: 'name' };
}
