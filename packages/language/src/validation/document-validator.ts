import {
    type AstNode, Cancellation, DefaultDocumentValidator, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { LangiumServices } from 'langium/lsp';
import { asPercentage, AutonomyParserErrorMessageProvider } from '../parser/error-messages.js';
import type { AutonomySpeedServices } from '../speed/speed-module.js';
import type { ValidationWalk } from '../speed/validation-walk.js';

/**
 * Langium's document validator, giving Langium's own diagnostics their LSP
 * code and the percentage quick fix its replacement.
 */
export class AutonomyDocumentValidator extends DefaultDocumentValidator {
    private readonly parserMessages: unknown;
    private readonly walk?: ValidationWalk;

    constructor(services: LangiumServices & Partial<AutonomySpeedServices>) {
        super(services);
        this.parserMessages = services.parser.ParserErrorMessageProvider;
        this.walk = services.speed?.ValidationWalk;
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

    /**
     * With the speed module (speed/speed-module.ts) the nodes are walked as
     * listed once per parsed tree; without it, or with Langium's profiler
     * active (which times each node type), as Langium walks them.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (!this.walk || this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        // Langium's default validates every node; only an override that leaves some out needs asking per node.
        const everyNode = this.validateSingleNodeOptions === LANGIUM_NODE_OPTIONS;
        return this.walk.validateAstNodes(rootNode, options, acceptor, cancelToken,
            everyNode ? undefined : node => this.validateSingleNodeOptions(node, options));
    }
}

/** Langium's own answer to which nodes to validate (every node), to tell whether a subclass overrides it. */
const LANGIUM_NODE_OPTIONS = (DefaultDocumentValidator.prototype as unknown as { validateSingleNodeOptions: unknown }).validateSingleNodeOptions;

/** Langium's diagnostics, each given its `data.code` as its LSP `code`, added to `into` one by one (a lexer may report thousands). */
function addWithCodes(into: Diagnostic[], own: Diagnostic[]): Diagnostic[] {
    for (const diagnostic of own) {
        diagnostic.code ??= (diagnostic.data as { code?: string } | undefined)?.code;
        into.push(diagnostic);
    }
    return own;
}
