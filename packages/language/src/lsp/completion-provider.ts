import { type AstNodeDescription, AstUtils, GrammarAST, type LangiumDocuments, type ReferenceInfo, type Stream, UriUtils } from 'langium';
import {
    type CompletionAcceptor, type CompletionContext, type CompletionValueItem, DefaultCompletionProvider, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import type { AutonomyServices } from '../autonomy-module.js';
import { type ImportResolver, importPath } from '../imports/import-resolver.js';
import * as ast from '../generated/ast.js';
import { unitsIn } from '../validation/membership.js';
import { KEYWORD_HELP } from './keyword-help.js';

/**
 * Completion: keywords where the grammar allows them, and names in scope
 * (the file and its imports, via the scope provider). When listing an
 * initiative's participants, the practices that belong to the collective it
 * is run by come first, and after `trust P ->` the collectives P belongs to;
 * names already in the list are not offered again.
 */
export class AutonomyCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumDocuments;
    private readonly imports: ImportResolver;

    constructor(services: AutonomyServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.imports = services.references.ImportResolver;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        if (assignment?.feature === 'path' && AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule)?.name === 'Import') {
            return this.completeImportPath(context, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * The other model files of the workspace, as paths relative to this one;
     * not those already imported, nor those that import this file (a cycle).
     */
    private completeImportPath(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const here = context.document.uri;
        const file = context.document.parseResult.value;
        const imported = new Set(ast.isAutonomyFile(file) ? file.imports.filter(imp => importPath(imp) !== undefined).map(imp => this.imports.resolve(imp).toString()) : []);
        const token = context.textDocument.getText().slice(context.tokenOffset, context.tokenEndOffset);
        // Replace the whole string under the cursor (with its closing quote), or insert one.
        const end = /^["']/.test(token) ? context.tokenEndOffset : context.offset;
        const range = { start: context.textDocument.positionAt(context.tokenOffset), end: context.textDocument.positionAt(end) };
        for (const other of this.documents.all) {
            const uri = other.uri.toString();
            if (uri === here.toString() || imported.has(uri) || this.imports.visibleUris(other).has(here.toString())) {
                continue;
            }
            const path = UriUtils.relative(UriUtils.dirname(here), other.uri);
            acceptor(context, {
                label: path,
                kind: CompletionItemKind.File,
                detail: 'model file',
                sortText: path,
                filterText: `"${path}"`,
                textEdit: { range, newText: `"${path}"` }
            });
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const listed = new Set(alreadyListed(refInfo, context));
        return super.getReferenceCandidates(refInfo, context).filter(candidate => !listed.has(candidate.name));
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const title = titleOf(description);
        const trusting = trustingPractice(refInfo);
        if (trusting && ast.isCollective(description.node) && [...unitsIn(description.node)].some(unit => unit.name === trusting)) {
            // A practice, or a collective (DOMAIN.md item 19), states its trust in the collectives it belongs to.
            return { ...item, sortText: `0_${description.name}`, detail: `${trusting} is a member${title ? ` · ${title}` : ''}` };
        }
        const preferred = preferredNames(refInfo);
        if (preferred?.names.has(description.name)) {
            return { ...item, sortText: `0_${description.name}`, detail: `${preferred.relation}${title ? ` · ${title}` : ''}` };
        }
        return { ...item, sortText: `1_${description.name}`, detail: title ? `${description.type} · ${title}` : description.type };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        const known = KEYWORD_HELP[keyword.value];
        if (!known || !this.filterKeyword(context, keyword)) {
            return super.completionForKeyword(context, keyword, acceptor);
        }
        acceptor(context, {
            label: keyword.value,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: known.detail,
            sortText: `1_${known.order}`
        });
    }
}

/**
 * Inside an initiative, the practices to list first: for its participants,
 * those of the collective it is run by (directly or through nested
 * collectives); anywhere else in it (costs, shares, coalitions, compensation,
 * cessions), its participants.
 */
function preferredNames(refInfo: ReferenceInfo): { relation: string; names: Set<string> } | undefined {
    const initiative = AstUtils.getContainerOfType(refInfo.container, ast.isInitiative);
    if (!initiative || !PRACTICE_PROPERTIES.has(refInfo.property)) {
        return undefined;
    }
    if (ast.isParticipants(refInfo.container)) {
        const collective = initiative.properties.find(ast.isRunBy)?.collective?.ref;
        return collective ? { relation: `member of ${collective.name}`, names: practicesIn(collective) } : undefined;
    }
    const participants = initiative.properties.filter(ast.isParticipants).flatMap(p => p.practices.map(ref => ref.$refText));
    return participants.length > 0 ? { relation: `participant of ${initiative.name}`, names: new Set(participants) } : undefined;
}

/** Properties that name practices within an initiative. */
const PRACTICE_PROPERTIES = new Set(['practices', 'practice', 'members', 'from', 'to']);

/** When completing `trust P -> |`: the name of P (a practice or a collective). */
function trustingPractice(refInfo: ReferenceInfo): string | undefined {
    return refInfo.property === 'collective' && ast.isTrust(refInfo.container) ? refInfo.container.practice?.ref?.name : undefined;
}

export function practicesIn(collective: ast.Collective, seen = new Set<ast.Collective>()): Set<string> {
    const names = new Set<string>();
    if (seen.has(collective)) {
        return names; // a membership cycle: the validator reports it
    }
    seen.add(collective);
    for (const property of collective.properties.filter(ast.isMembersProperty)) {
        for (const member of property.members) {
            const unit = member.ref;
            if (ast.isPractice(unit)) {
                names.add(unit.name);
            } else if (ast.isCollective(unit)) {
                practicesIn(unit, seen).forEach(name => names.add(name));
            }
        }
    }
    return names;
}

/** Names already written in the list being completed (participants, members, merges, `for` lists). */
function alreadyListed(refInfo: ReferenceInfo, context: CompletionContext): string[] {
    const container = refInfo.container as unknown as Record<string, unknown>;
    const list = container[refInfo.property];
    if (!Array.isArray(list)) {
        return [];
    }
    return list
        .filter((ref: { $refNode?: { offset: number; end: number } }) =>
            !ref.$refNode || ref.$refNode.end < context.tokenOffset || ref.$refNode.offset > context.offset)
        .map((ref: { $refText?: string }) => ref.$refText ?? '')
        .filter(name => name.length > 0);
}

function titleOf(description: AstNodeDescription): string | undefined {
    const node = description.node as { title?: string } | undefined;
    return node?.title;
}
