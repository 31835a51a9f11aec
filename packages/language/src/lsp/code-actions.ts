import { formatMoney } from '@autonomy/domain';
import { type AstNode, type AstReflection, GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { AutonomyServices } from '../autonomy-module.js';
import * as ast from '../generated/ast.js';
import { NAME } from '../parser/names.js';
import { insertAt, insertLineBeforeClosingBrace, nodeAt, removeNode, replace, rescaleTo100 } from './quick-fix-edits.js';

type Data = Record<string, unknown> & { code?: string };
type Fix = (diagnostic: Diagnostic, data: Data, document: LangiumDocument) => Array<[title: string, edits: TextEdit[]]>;

/**
 * Quick fixes, keyed by the diagnostic code in `data.code`. Each returns the
 * candidate fixes as (title, edits); the first is the preferred one.
 */
export class AutonomyCodeActionProvider implements CodeActionProvider {
    private readonly reflection: AstReflection;
    private readonly services: AutonomyServices;
    readonly fixes: Record<string, Fix>;

    constructor(services: AutonomyServices) {
        this.services = services;
        this.reflection = services.shared.AstReflection;
        this.fixes = {
            'collective-decides-by-vote': (d, data) => [['Decide by consensus', [replace(d.range, String(data.replacement))]]],
            'collective-without-decision-rule': (d, _data, doc) => this.addDecisionRule(d, doc),
            'duplicate-property': (d, _data, doc) => this.removeAt(d, doc, isProperty, 'Remove the repeated line', true),
            'duplicate-cession': (d, _data, doc) => this.removeAt(d, doc, ast.isCession, 'Remove the repeated cession'),
            'duplicate-import': (d, _data, doc) => this.removeAt(d, doc, ast.isImport, 'Remove the repeated import'),
            'import-self': (d, _data, doc) => this.removeAt(d, doc, ast.isImport, 'Remove the self-import'),
            'duplicate-trust-statement': (d, _data, doc) => this.removeAt(d, doc, ast.isTrust, 'Remove the repeated trust statement'),
            'duplicate-reference': (d, data) => data.removeRange
                ? [['Remove the repeated name', [replace(data.removeRange as Diagnostic['range'], '')]]]
                : [],
            'currency-mismatch': (d, data) => [[`Write it as ${String(data.replacement)}`, [replace(d.range, String(data.replacement))]]],
            'sub-penny-amount': (d, data) => [[`Round to ${String(data.replacement)}`, [replace(d.range, String(data.replacement))]]],
            'negative-value': (d, data) => [[`Make it ${String(data.replacement)}`, [replace(d.range, String(data.replacement))]]],
            'shares-do-not-sum-to-100': (d, _data, doc) => this.rescaleShares(d, doc, ast.isCharging),
            'investment-split-not-100': (d, _data, doc) => this.rescaleShares(d, doc, ast.isInvestment),
            'investment-without-charging-rule': (d, _data, doc) => this.addChargingRule(d, doc),
            'trust-for-non-member': (d, data, doc) => (typeof data.unit === 'string' ? this.addMember(doc, String(data.collective), data.unit) : []),
            'participant-not-member': (d, data, doc) => this.addMember(doc, String(data.collective), String(data.practice)),
            'current-cost-for-non-participant': (d, data, doc) => this.addParticipant(d, doc, String(data.practice)),
            'uncompensated-loss': (d, data, doc) => this.compensate(d, data, doc),
            'linking-error': (d, data, doc) => this.createMissing(data, doc),
            // A plain number where a percentage belongs: crisis risk 0.35 -> 35% (document-validator.ts sets the replacement).
            'parsing-error': (d, data) => typeof data.replacement === 'string'
                ? [[`Write it as ${data.replacement}`, [replace(d.range, data.replacement)]]]
                : []
        };
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const data = (diagnostic.data ?? {}) as Data;
            const fix = data.code ? this.fixes[data.code] : undefined;
            if (!fix) {
                continue;
            }
            let candidates: ReturnType<Fix> = [];
            try {
                candidates = fix(diagnostic, data, document);
            } catch {
                // A fix that cannot read the document offers nothing rather than failing the request.
            }
            candidates.forEach(([title, edits], index) => actions.push({
                title,
                kind: CodeActionKind.QuickFix,
                diagnostics: [diagnostic],
                isPreferred: index === 0,
                edit: { changes: { [document.textDocument.uri]: edits } }
            }));
        }
        return actions.length > 0 ? actions : undefined;
    }

    /** `exact`: only when the diagnostic starts where the node does, so a line holding more than the repeat stays. */
    private removeAt(d: Diagnostic, doc: LangiumDocument, is: (n: AstNode) => n is AstNode, title: string, exact = false): ReturnType<Fix> {
        const node = nodeAt(doc, d.range.start, is);
        const cst = node?.$cstNode;
        const startsHere = cst && cst.range.start.line === d.range.start.line && cst.range.start.character === d.range.start.character;
        if (!cst || (exact && !startsHere)) {
            return [];
        }
        return [[title, [removeNode(doc, cst)]]];
    }

    private addDecisionRule(d: Diagnostic, doc: LangiumDocument): ReturnType<Fix> {
        const collective = nodeAt(doc, d.range.start, ast.isCollective);
        if (!collective?.$cstNode) {
            return [];
        }
        return [['Add "decides by consensus"', [insertLineBeforeClosingBrace(doc, collective.$cstNode, 'decides by consensus')]]];
    }

    private addChargingRule(d: Diagnostic, doc: LangiumDocument): ReturnType<Fix> {
        const initiative = nodeAt(doc, d.range.start, ast.isInitiative);
        if (!initiative?.$cstNode) {
            return [];
        }
        return [['Add "charged by list size"', [insertLineBeforeClosingBrace(doc, initiative.$cstNode, 'charged by list size')]]];
    }

    /** Explicit shares on a charging line or an investment's split. */
    private rescaleShares(d: Diagnostic, doc: LangiumDocument, is: (n: AstNode) => n is ast.Charging | ast.Investment): ReturnType<Fix> {
        const charging = nodeAt(doc, d.range.start, is);
        if (!charging) {
            return [];
        }
        const values = charging.shares.map(s => s.share ?? 0);
        const rescaled = rescaleTo100(values);
        const edits = charging.shares.flatMap((share, i) => {
            const cst = GrammarUtils.findNodeForProperty(share.$cstNode, 'share');
            return cst ? [replace(cst.range, `${rescaled[i]}%`)] : [];
        });
        return [[`Rescale the shares to sum to 100% (${rescaled.map(r => `${r}%`).join(', ')})`, edits]];
    }

    private addMember(doc: LangiumDocument, collectiveName: string, practice: string): ReturnType<Fix> {
        const root = doc.parseResult.value as ast.AutonomyFile;
        const collective = root.elements?.filter(ast.isCollective).find(c => c.name === collectiveName);
        if (!collective?.$cstNode) {
            return [];
        }
        const title = `Add ${practice} to the members of ${collectiveName}`;
        const lastList = collective.properties.filter(ast.isMembersProperty).at(-1);
        const lastRef = lastList?.members.at(-1)?.$refNode;
        if (lastRef) {
            return [[title, [insertAt(doc, lastRef.end, `, ${practice}`)]]];
        }
        return [[title, [insertLineBeforeClosingBrace(doc, collective.$cstNode, `members ${practice}`)]]];
    }

    private addParticipant(d: Diagnostic, doc: LangiumDocument, practice: string): ReturnType<Fix> {
        const initiative = nodeAt(doc, d.range.start, ast.isInitiative);
        const lastRef = initiative?.properties.filter(ast.isParticipants).at(-1)?.practices.at(-1)?.$refNode;
        return lastRef ? [[`Add ${practice} to the participants`, [insertAt(doc, lastRef.end, `, ${practice}`)]]] : [];
    }

    private compensate(d: Diagnostic, data: Data, doc: LangiumDocument): ReturnType<Fix> {
        const initiative = nodeAt(doc, d.range.start, ast.isInitiative);
        if (!initiative?.$cstNode) {
            return [];
        }
        const fixes: ReturnType<Fix> = [];
        const transfer = data.transfer as { from: string; to: string; amount: number } | undefined;
        if (transfer && transfer.amount > 0) {
            const currency = this.services.analysis.AnalysisProvider.getAnalysis(doc)?.model.settings.currency ?? '£';
            const line = `compensation ${transfer.from} pays ${transfer.to} ${formatMoney(transfer.amount, currency)} per year`;
            fixes.push([`Add "${line}"`, [insertLineBeforeClosingBrace(doc, initiative.$cstNode, line)]]);
        }
        const sharing = initiative.properties.find(ast.isSharing);
        if (!sharing?.fairly) {
            const edit = sharing?.$cstNode
                ? replace(sharing.$cstNode.range, 'share fairly')
                : insertLineBeforeClosingBrace(doc, initiative.$cstNode, 'share fairly');
            fixes.push(['Share fairly instead', [edit]]);
        }
        return fixes;
    }

    /** Unresolved names: declare the missing practice, collective or domain at the end of the file. */
    private createMissing(data: Data, doc: LangiumDocument): ReturnType<Fix> {
        const name = typeof data.refText === 'string' ? data.refText : '';
        if (!NAME.test(name) || typeof data.containerType !== 'string' || typeof data.property !== 'string') {
            return [];
        }
        const type = this.reflection.getReferenceType({
            container: { $type: data.containerType },
            property: data.property,
            reference: undefined as never
        });
        const declarations: Record<string, string> = {
            Practice: `practice ${name} "${name}" {\n    list size 0\n}`,
            Collective: `collective ${name} "${name}" {\n    decides by consensus\n}`,
            Domain: `domain ${name} "${name}"`
        };
        const kinds = type === 'Unit' ? ['Practice', 'Collective'] : [type];
        const text = doc.textDocument.getText();
        const separator = text.endsWith('\n') ? '\n' : '\n\n';
        return kinds.filter(k => k in declarations).map(kind => [
            `Create ${kind.toLowerCase()} '${name}'`,
            [insertAt(doc, text.length, `${separator}${declarations[kind]}\n`)]
        ]);
    }
}

function isProperty(node: AstNode): node is AstNode {
    const container = node.$container;
    return container !== undefined && (ast.isPractice(container) || ast.isCollective(container) || ast.isInitiative(container)
        || ast.isMerger(container) || ast.isModelSettings(container) || ast.isTrust(container));
}
