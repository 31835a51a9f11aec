import {
    type AstNode, Cancellation, DefaultDocumentValidator, interruptAndCheck, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumServices } from 'langium/lsp';
import { asPercentage, AutonomyParserErrorMessageProvider } from '../parser/error-messages.js';
import { astNodes, NODES_PER_INTERRUPT_CHECK, treeNodes } from '../references/ast-walk.js';
import { AutonomyValidationRegistry } from './validation-registry.js';

/**
 * Langium's document validator, going through the nodes as listed once per
 * parsed tree (ast-walk.ts) instead of streaming the tree again, and awaiting a check only when it returns a
 * promise (ours are synchronous). The same checks run on the same nodes in the
 * same order, so the diagnostics are the same and in the same order. With
 * Langium's profiler active it defers to Langium, which times each node type.
 */
export class AutonomyDocumentValidator extends DefaultDocumentValidator {
    private readonly parserMessages: unknown;

    constructor(services: LangiumServices) {
        super(services);
        this.parserMessages = services.parser.ParserErrorMessageProvider;
    }

    // Langium gives its own diagnostics their code in `data` only; editors and the CLI read the LSP `code` (issue 12 item 15).
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const own: Diagnostic[] = [];
        super.processLexingErrors(parseResult, own, options);
        addWithCodes(diagnostics, own);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const own: Diagnostic[] = [];
        super.processParsingErrors(parseResult, own, options);
        this.addPercentageFix(parseResult, addWithCodes(diagnostics, own));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const own: Diagnostic[] = [];
        super.processLinkingErrors(document, own, options);
        addWithCodes(diagnostics, own);
    }

    /** A plain number where a percentage belongs (`crisis risk 0.35`): the quick fix's replacement, 35%. */
    private addPercentageFix(parseResult: ParseResult, added: Diagnostic[]): void {
        const messages = this.parserMessages;
        if (!(messages instanceof AutonomyParserErrorMessageProvider)) {
            return;
        }
        for (const error of parseResult.parserErrors) {
            const token = error.token;
            if (token.tokenType.name !== 'NUMBER' || messages.expectedAt(token) !== 'PERCENT') {
                continue;
            }
            const replacement = asPercentage(token.image);
            const diagnostic = added.find(d => d.message === error.message && d.range.start.line === token.startLine! - 1
                && d.range.start.character === token.startColumn! - 1);
            if (diagnostic && replacement) {
                diagnostic.data = { ...(diagnostic.data as object), replacement };
            }
        }
    }
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const toValidate = this.nodesToValidate(rootNode, options);
        const registry = this.validationRegistry;
        // Our registry hands out its cached arrays; any other goes through its streams.
        const checksOf = registry instanceof AutonomyValidationRegistry
            ? (type: string) => registry.checksFor(type, options.categories)
            : (type: string) => registry.getChecks(type, options.categories).toArray();
        for (let i = 0; i < toValidate.length; i++) {
            if (i % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(cancelToken);
            }
            const node = toValidate[i];
            const checks = checksOf(node.$type);
            for (let j = 0; j < checks.length; j++) {
                const result = checks[j](node, acceptor, cancelToken);
                if (result) {
                    await result;
                }
            }
        }
    }

    /** The nodes whose checks run, in streamAst order, leaving out the descendants of a node that says not to validate its children. */
    private nodesToValidate(rootNode: AstNode, options: ValidationOptions): AstNode[] {
        const toValidate: AstNode[] = [];
        let pruned = false;
        for (const node of treeNodes(rootNode)) {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (!nodeOptions.validateChildren) {
                pruned = true;
                break;
            }
            if (nodeOptions.validateNode) {
                toValidate.push(node);
            }
        }
        if (!pruned) {
            return toValidate;
        }
        // Some node keeps its children out: walk again, pruning as Langium's stream does.
        const kept: AstNode[] = [];
        astNodes(rootNode, node => {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                kept.push(node);
            }
            return nodeOptions.validateChildren;
        });
        return kept;
    }
}

/** Langium's diagnostics, each given its `data.code` as its LSP `code`, added to `into` one by one (a lexer may report thousands). */
function addWithCodes(into: Diagnostic[], own: Diagnostic[]): Diagnostic[] {
    for (const diagnostic of own) {
        diagnostic.code ??= (diagnostic.data as { code?: string } | undefined)?.code;
        into.push(diagnostic);
    }
    return own;
}
