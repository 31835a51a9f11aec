import { type AstNodeDescription, AstUtils, type GrammarAST, type ReferenceInfo, type Stream } from 'langium';
import {
    type CompletionAcceptor, type CompletionContext, type CompletionValueItem, DefaultCompletionProvider
} from 'langium/lsp';
import * as ast from '../generated/ast.js';
import { KEYWORD_HELP } from './keyword-help.js';

/**
 * Completion: keywords where the grammar allows them, and names in scope
 * (the file and its imports, via the scope provider). When listing an
 * initiative's participants, the practices that belong to the collective it
 * is run by come first, and after `trust P ->` the collectives P belongs to;
 * names already in the list are not offered again.
 */
export class AutonomyCompletionProvider extends DefaultCompletionProvider {

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
        if (trusting && ast.isCollective(description.node) && practicesIn(description.node).has(trusting)) {
            // A practice states its trust in the collectives it belongs to.
            return { ...item, sortText: `0_${description.name}`, detail: `${trusting} is a member${title ? ` · ${title}` : ''}` };
        }
        const preferred = preferredNames(refInfo);
        if (preferred?.names.has(description.name)) {
            return { ...item, sortText: `0_${description.name}`, detail: `member of ${preferred.collective}${title ? ` · ${title}` : ''}` };
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

/** The practices the initiative's running collective contains, directly or through nested collectives. */
function preferredNames(refInfo: ReferenceInfo): { collective: string; names: Set<string> } | undefined {
    if (refInfo.property !== 'practices') {
        return undefined;
    }
    const initiative = AstUtils.getContainerOfType(refInfo.container, ast.isInitiative);
    const collective = initiative?.properties.find(ast.isRunBy)?.collective?.ref;
    if (!collective) {
        return undefined;
    }
    return { collective: collective.name, names: practicesIn(collective) };
}

/** When completing `trust P -> |`: the name of P. */
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
