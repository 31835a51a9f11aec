import type { AstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { writtenText } from '../parser/written-literal.js';

/**
 * The outline: one entry per declaration (settings, domains, practices,
 * collectives, trust statements, initiatives, mergers, partners), each with a
 * short detail read from what the model states (no computed figures, so the
 * outline never waits for the analysis). Collectives list their members as
 * children, initiatives their participants.
 */
export class AutonomyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {

    override getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const file = document.parseResult.value;
        if (!ast.isAutonomyFile(file)) {
            return [];
        }
        return [...file.settings, ...file.elements].flatMap(node => this.symbolFor(node));
    }

    private symbolFor(node: AstNode): DocumentSymbol[] {
        const cst = node.$cstNode;
        if (!cst) {
            return [];
        }
        const kind = this.nodeKindProvider.getSymbolKind(node);
        if (ast.isModelSettings(node)) {
            return [{ name: node.title || 'model', detail: 'model settings', kind, range: cst.range, selectionRange: cst.range }];
        }
        if (ast.isTrust(node)) {
            const name = `${refText(node.practice)} -> ${refText(node.collective)}`;
            return [{ name, detail: 'trust', kind, range: cst.range, selectionRange: cst.range }];
        }
        const nameNode = this.nameProvider.getNameNode(node);
        const name = this.nameProvider.getName(node);
        if (!nameNode || !name) {
            return [];
        }
        return [{
            name,
            detail: detailOf(node),
            kind,
            range: cst.range,
            selectionRange: nameNode.range,
            children: this.childrenOf(node)
        }];
    }

    /** Members of a collective, participants of an initiative: references, shown where they are written. */
    private childrenOf(node: AstNode): DocumentSymbol[] | undefined {
        const refs = ast.isCollective(node) ? node.properties.filter(ast.isMembersProperty).flatMap(p => p.members)
            : ast.isInitiative(node) ? node.properties.filter(ast.isParticipants).flatMap(p => p.practices)
                : [];
        const children = refs.flatMap(ref => {
            const target = ref.ref;
            const at = ref.$refNode?.range;
            if (!at) {
                return [];
            }
            return [{
                name: ref.$refText,
                detail: ast.isCollective(node) ? 'member' : 'participant',
                kind: target ? this.nodeKindProvider.getSymbolKind(target) : this.nodeKindProvider.getSymbolKind(node),
                range: at,
                selectionRange: at
            }];
        });
        return children.length > 0 ? children : undefined;
    }
}

function detailOf(node: AstNode): string {
    const parts: string[] = [];
    if (ast.isDomain(node)) {
        parts.push(node.title ?? '', node.weight !== undefined ? `weight ${writtenText(node, 'weight')}` : 'weight 1 (default)');
    } else if (ast.isPractice(node)) {
        const list = node.properties.find(ast.isListSize);
        parts.push(node.title ?? '', list?.value !== undefined ? `${writtenText(list, 'value')} patients` : 'no list size');
    } else if (ast.isCollective(node)) {
        const kind = node.properties.find(ast.isKindProperty)?.kind;
        const rule = node.properties.find(ast.isDecisionProperty)?.rule;
        parts.push(node.title ?? '', kind ?? '', rule ? `decides by ${rule}` : 'no decision rule');
    } else if (ast.isInitiative(node)) {
        const runBy = node.properties.find(ast.isRunBy)?.collective?.$refText;
        parts.push(node.title ?? '', runBy ? `run by ${runBy}` : '');
    } else if (ast.isMerger(node)) {
        parts.push(node.title ?? '', 'merger option');
    } else if (ast.isPartner(node)) {
        parts.push(node.title ?? '', node.population !== undefined ? `serves ${writtenText(node, 'population')} patients` : 'no population');
    }
    return parts.filter(part => part.length > 0).join(' · ');
}

/** The name written for a reference; a half-typed statement may not have one yet. */
function refText(reference: { $refText: string } | undefined): string {
    return reference?.$refText || '…';
}
