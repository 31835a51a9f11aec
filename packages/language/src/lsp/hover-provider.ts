import { type AstNode, AstUtils, CstUtils, GrammarAST, type LangiumDocument, type MaybePromise } from 'langium';
import { escapeMarkdown as md } from '@autonomy/domain';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { CancellationToken, Hover, HoverParams } from 'vscode-languageserver';
import type { AutonomyServices } from '../autonomy-module.js';
import * as ast from '../generated/ast.js';
import { writtenText } from '../parser/written-literal.js';
import { lookupAnalysis, lookupDecisionSupport } from './analysis-lookup.js';
import { HoverContent } from './hover-content.js';
import { KEYWORD_HELP } from './keyword-help.js';

/**
 * Hovers over a name (where declared or referenced) or over a trust statement.
 * Figures come from the document's cached analysis, so the hover shows the
 * scenario of the file being read (with its imports); until that analysis is
 * ready the hover says so instead of waiting for it.
 */
export class AutonomyHoverProvider extends AstNodeHoverProvider {
    private readonly services: AutonomyServices;

    constructor(services: AutonomyServices) {
        super(services);
        this.services = services;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams, cancelToken?: CancellationToken): Promise<Hover | undefined> {
        const keyword = this.keywordAt(document, params);
        const help = keyword ? `\`${keyword}\`: ${KEYWORD_HELP[keyword].detail}` : undefined;
        const target = this.targetAt(document, params);
        if (help && !ast.isTrust(target)) {
            return { contents: { kind: 'markdown', value: help } };
        }
        if (!target) {
            return undefined;
        }
        const value = this.describe(document, target, cancelToken);
        // Over a trust component: what it means, then the statement's score.
        const text = help && value ? `${help}\n\n---\n\n${value}` : value;
        return text ? { contents: { kind: 'markdown', value: text } } : undefined;
    }

    /** Required by the base class; hovers are built in getHoverContent, which knows the document. */
    protected getAstNodeHoverContent(_node: AstNode): MaybePromise<string | undefined> {
        return undefined;
    }

    /** A word of the language with a meaning worth explaining (`consensus`, `fairly`, ...). */
    private keywordAt(document: LangiumDocument, params: HoverParams): string | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        return leaf && GrammarAST.isKeyword(leaf.grammarSource) && KEYWORD_HELP[leaf.text] ? leaf.text : undefined;
    }

    /** The declaration a name at the cursor stands for, else the trust statement or block header under it. */
    private targetAt(document: LangiumDocument, params: HoverParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const nameNode = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (nameNode && nameNode.offset <= offset && offset < nameNode.end) {
            const declaration = this.references.findDeclarations(nameNode)[0];
            if (declaration) {
                return declaration;
            }
        }
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        const trust = leaf && AstUtils.getContainerOfType(leaf.astNode, ast.isTrust);
        if (trust) {
            return trust;
        }
        // The keyword that opens a declaration (`practice`, `initiative`, ...).
        const owner = leaf?.astNode;
        return owner && leaf.range.start.line === owner.$cstNode?.range.start.line && !ast.isAutonomyFile(owner) ? owner : undefined;
    }

    private describe(document: LangiumDocument, node: AstNode, cancelToken?: CancellationToken): string | undefined {
        if (ast.isDomain(node)) {
            // Stated in the model, no analysis needed.
            return `**${md(shownName(node))}** · decision domain \`${node.name}\`, weight ${node.weight !== undefined ? writtenText(node, 'weight') : '1 (default)'}`;
        }
        const heading = headingOf(node);
        if (!heading) {
            return undefined;
        }
        const lookup = lookupAnalysis(this.services, document, cancelToken);
        if (lookup.status !== 'ready') {
            return `${heading}\n\n_${md(lookup.message)}_`;
        }
        const wantsDecisions = ast.isInitiative(node) || ast.isCollective(node);
        const content = new HoverContent(lookup.model, lookup.result, wantsDecisions ? lookupDecisionSupport(this.services, document) : undefined,
            this.services.analysis.SensitivityStore.get(document.uri.toString(), lookup.model));
        const text = ast.isPractice(node) ? content.practice(node.name)
            : ast.isCollective(node) ? content.collective(node.name)
                : ast.isInitiative(node) ? content.initiative(node.name)
                    : ast.isMerger(node) ? content.merger(node.name)
                        : ast.isPartner(node) ? content.partner(node.name)
                            : ast.isTrust(node) ? content.trust(refText(node.practice), refText(node.collective), componentsOf(node))
                                : undefined;
        return text ?? `${heading}\n\n_not in this file's analysis (is it declared twice, or its name unresolved?)_`;
    }
}

function headingOf(node: AstNode): string | undefined {
    if (ast.isTrust(node)) {
        return `**Trust** · ${md(refText(node.practice))} → ${md(refText(node.collective))}`;
    }
    const kind = ast.isPractice(node) ? 'practice' : ast.isCollective(node) ? 'collective' : ast.isInitiative(node) ? 'initiative'
        : ast.isMerger(node) ? 'merger' : ast.isPartner(node) ? 'system partner' : undefined;
    if (!kind) {
        return undefined;
    }
    const named = node as AstNode & { name: string; title?: string };
    return `**${md(shownName(named))}** · ${kind} \`${named.name}\``;
}

function componentsOf(trust: ast.Trust): string {
    return trust.components.map(c => `${c.component} ${c.value !== undefined ? writtenText(c, 'value') : 'not scored'}`).join(', ') || 'no components';
}

/** A declaration's title, else its name; a half-typed declaration may have neither yet. */
function shownName(node: { name?: string; title?: string }): string {
    return node.title ?? node.name ?? '…';
}

/** The name written for a reference; a half-typed statement may not have one yet. */
function refText(reference: { $refText: string } | undefined): string {
    return reference?.$refText || '…';
}
