import { type AnalysisFinding, type AnalysisResult, type CauseFinding, CauseGrouping } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';
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
    const causes = new CausesOf();
    services.shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => causes.forget(uri.toString())));
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        if (!root.elements.some(ast.isInitiative)) {
            // Every finding the editor's analysis makes is about an initiative and is shown only in
            // the file that declares it (a register of practices, a file of trust statements, one
            // that only imports others): analysing here would cost the most and show nothing. The
            // 10,000-member collective with a trust statement each spent 430 ms of a keystroke on it.
            return;
        }
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
        // One diagnostic per cause: a practice's low trust is said once, naming every initiative it affects.
        for (const finding of analysis ? causes.of(document.uri.toString(), analysis.model, analysis.result) : []) {
            const target = placeCause(root, finding);
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
                    initiatives: finding.initiatives,
                    practice: finding.practice,
                    collective: finding.collective
                }
            } as DiagnosticInfo<AstNode>;
            accept(finding.severity, finding.message, info);
        }
    };
}

/**
 * The findings grouped by cause, once per analysis result: the analysis provider hands out the
 * last result again when a keystroke changed nothing it reads (the new model equals the last but
 * for source locations, which the findings' words do not read), and then the causes are the
 * same. A new result is grouped again, keeping the causes of the findings it shares with the
 * last (CauseGrouping): about 25 ms of CPU on a 61,000-line keystroke when grouped anew
 * (docs/performance.md). One grouping per document: each keeps its own last causes.
 */
class CausesOf {
    private readonly byResult = new WeakMap<AnalysisResult, CauseFinding[]>();
    private readonly groupings = new Map<string, CauseGrouping>();

    of(uri: string, model: DomainModel, result: AnalysisResult): CauseFinding[] {
        let found = this.byResult.get(result);
        if (!found) {
            let grouping = this.groupings.get(uri);
            if (!grouping) {
                grouping = new CauseGrouping();
                this.groupings.set(uri, grouping);
            }
            found = grouping.of(model, result);
            this.byResult.set(result, found);
        }
        return found;
    }

    forget(uri: string): void {
        this.groupings.delete(uri);
    }
}

type Target = Pick<DiagnosticInfo<AstNode>, 'node' | 'property' | 'index' | 'range'>;

/** Declarations of one file by type and name, built once per file: a model with thousands of findings stays linear. */
interface FileIndex {
    initiatives: Map<string, ast.Initiative>;
    collectives: Map<string, ast.Collective>;
    practices: Map<string, ast.Practice>;
}

const fileIndexes = new WeakMap<ast.AutonomyFile, FileIndex>();

function indexOf(root: ast.AutonomyFile): FileIndex {
    let index = fileIndexes.get(root);
    if (!index) {
        index = { initiatives: new Map(), collectives: new Map(), practices: new Map() };
        for (const element of root.elements) {
            // The first declaration of a name wins, as a linear search would find it.
            const byType = ast.isInitiative(element) ? index.initiatives : ast.isCollective(element) ? index.collectives
                : ast.isPractice(element) ? index.practices : undefined;
            const name = (element as { name?: string }).name;
            if (byType && name !== undefined && !byType.has(name)) {
                (byType as Map<string, ast.Element>).set(name, element);
            }
        }
        fileIndexes.set(root, index);
    }
    return index;
}

/** On the first of the cause's initiatives declared in this document (the others may be imported). */
function placeCause(root: ast.AutonomyFile, finding: CauseFinding): Target | undefined {
    if (finding.initiatives.length <= 1) {
        return placeFinding(root, finding);
    }
    for (const initiative of finding.initiatives) {
        const target = placeFinding(root, { ...finding, initiative });
        if (target) {
            return target;
        }
    }
    return undefined;
}

export function placeFinding(root: ast.AutonomyFile, finding: AnalysisFinding): Target | undefined {
    const index = indexOf(root);
    const initiative = finding.initiative ? index.initiatives.get(finding.initiative) : undefined;
    if (initiative) {
        return placeInInitiative(initiative, finding);
    }
    if (finding.initiative) {
        return undefined;
    }
    const collective = finding.collective === undefined ? undefined : index.collectives.get(finding.collective);
    if (collective) {
        return { node: collective, property: 'name' };
    }
    const practice = finding.practice === undefined ? undefined : index.practices.get(finding.practice);
    return practice ? { node: practice, property: 'name' } : undefined;
}

function placeInInitiative(initiative: ast.Initiative, finding: AnalysisFinding): Target {
    if (finding.code === 'charged-split-outside-core') {
        const charging = initiative.properties.find(ast.isCharging);
        return charging ? { node: charging } : { node: initiative, property: 'name' };
    }
    if (finding.practice && !ON_INITIATIVE.has(finding.code)) {
        for (const line of initiative.properties.filter(ast.isParticipants)) {
            const index = participantIndex(line).get(finding.practice);
            if (index !== undefined) {
                // The range is given directly: finding the index-th reference through the
                // syntax tree scans the whole line, quadratic with thousands of participants.
                return { node: line, property: 'practices', index, range: line.practices[index].$refNode?.range };
            }
        }
    }
    return { node: initiative, property: 'name' };
}

const participantIndexes = new WeakMap<ast.Participants, Map<string, number>>();

/** Position of each named participant in a participants line (first occurrence), built once per line. */
function participantIndex(line: ast.Participants): Map<string, number> {
    let index = participantIndexes.get(line);
    if (!index) {
        index = new Map();
        line.practices.forEach((p, i) => {
            if (!index!.has(p.$refText)) {
                index!.set(p.$refText, i);
            }
        });
        participantIndexes.set(line, index);
    }
    return index;
}
