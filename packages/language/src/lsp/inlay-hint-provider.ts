import { fragileVerdicts } from '@autonomy/analysis';
import { type AstNode, DocumentState, GrammarUtils, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams, Position, Range } from 'vscode-languageserver';
import type { AutonomyServices } from '../autonomy-module.js';
import * as ast from '../generated/ast.js';
import { lookupAnalysis } from './analysis-lookup.js';
import { FigureLabels } from './figure-labels.js';
import { outcome } from './hover-content.js';
import { investmentHintLabel } from './investment-figures.js';

/**
 * Figures at the end of each declaration's header line: a practice's benefit,
 * fair share and compensation; an initiative's verdict and saving. Read from
 * the cached analysis; while it is pending, initiatives say so and nothing waits.
 */
export class AutonomyInlayHintProvider extends AbstractInlayHintProvider {
    /** Set when hints said "pending": once checking finishes, the client is asked to fetch them again. */
    private servedPending = false;

    constructor(private readonly services: AutonomyServices) {
        super();
        this.refreshWhenChecked();
    }

    /**
     * Editors ask for hints as soon as a document is linked, before its
     * analysis; without this they would show "pending" until the next edit.
     */
    private refreshWhenChecked(): void {
        const connection = this.services.shared.lsp.Connection;
        if (!connection) {
            return;
        }
        let refreshSupported = false;
        this.services.shared.lsp.LanguageServer.onInitialize(params => {
            refreshSupported = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
        });
        this.services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
            if (refreshSupported && this.servedPending) {
                this.servedPending = false;
                connection.languages.inlayHint.refresh().catch(() => undefined);
            }
        });
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[]> {
        const file = document.parseResult.value;
        if (!ast.isAutonomyFile(file)) {
            return [];
        }
        const lookup = lookupAnalysis(this.services, document, cancelToken);
        const hints: InlayHint[] = [];
        const declarations = file.elements.filter(e => (ast.isPractice(e) || ast.isInitiative(e)) && overlaps(e, params.range));
        for (const node of declarations) {
            const position = headerEnd(node);
            if (!position) {
                continue;
            }
            if (lookup.status !== 'ready') {
                this.servedPending ||= lookup.status === 'pending';
                if (ast.isInitiative(node)) {
                    hints.push({ position, label: lookup.status === 'pending' ? 'analysis pending' : 'analysis unavailable', paddingLeft: true, tooltip: lookup.message });
                }
                continue;
            }
            const labels = new FigureLabels(lookup.result);
            // Marked only once "Show Sensitivity" has computed it for this very model (never computed here).
            const fragile = fragileVerdicts(this.services.analysis.SensitivityStore.get(document.uri.toString(), lookup.model));
            if (ast.isPractice(node)) {
                const practice = lookup.result.practices.find(p => p.id === node.name);
                const label = practice && labels.practice(practice);
                if (label) {
                    hints.push({ position, label: label + (fragile.has(`paradox:${node.name}`) ? ' · fragile verdict' : ''), paddingLeft: true });
                }
            } else if (ast.isInitiative(node)) {
                const initiative = lookup.result.initiatives.find(i => i.id === node.name);
                if (initiative) {
                    const mark = fragile.has(`outcome:${node.name}`) || fragile.has(`charged-core:${node.name}`) ? ' · fragile' : '';
                    hints.push({ position, label: labels.initiative(initiative) + mark, paddingLeft: true, tooltip: { kind: 'markdown', value: outcome(initiative) } });
                    const line = node.properties.find(ast.isInvestment)?.$cstNode?.range.end;
                    const payback = line && investmentHintLabel(initiative, lookup.result.settings.horizonYears,
                        id => lookup.result.practices.find(p => p.id === id)?.title ?? id);
                    if (line && payback) {
                        hints.push({ position: line, label: payback, paddingLeft: true });
                    }
                }
            }
        }
        return hints;
    }

    /** Unused: hints are computed per declaration in getInlayHints, which knows the document's analysis. */
    computeInlayHint(_node: AstNode, _acceptor: InlayHintAcceptor): void {
        // nothing per node
    }
}

/** After the `{` that opens the block: the end of the header line. */
export function headerEnd(node: AstNode): Position | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, '{')?.range.end;
}

function overlaps(node: AstNode, range: Range): boolean {
    const r = node.$cstNode?.range;
    return r !== undefined && r.start.line <= range.end.line && r.end.line >= range.start.line;
}
