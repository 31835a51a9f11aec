import { type AstNode, type Cancellation, DefaultLangiumDocumentFactory, type LangiumDocument, type LangiumSharedCoreServices, type ParseResult, type URI } from 'langium';
import { type FallbackReason, type IncrementalOutcome, parseIncrementally } from './incremental-parse.js';
import { walkByDeclaration } from './ast-walk.js';
import { recordReparse } from './reparse-record.js';

/** How the factory's re-parses went: for the benchmark's and the replay test's counts. */
export interface ReparseCounts {
    incremental: number;
    /** Of those, how many had parse errors (inside the declaration typed into). */
    incrementalWithErrors: number;
    /** Changed documents parsed in full (first parses are not counted). */
    full: number;
    /** Why the full parses were full, when a previous tree was there. */
    fallbacks: Partial<Record<FallbackReason, number>>;
}

/**
 * Langium's document factory, re-parsing a changed document incrementally
 * when the edit falls inside one top-level declaration (incremental-parse.ts)
 * and in full otherwise. Langium's `update` decides whether the text changed
 * and re-parses through `parseAsync`; the previous tree is kept here for the
 * length of that call.
 */
export class IncrementalDocumentFactory extends DefaultLangiumDocumentFactory {
    /** False parses every change in full (the benchmark's A/B switch). */
    incremental = true;
    /**
     * False records nothing of what an incremental parse replaced, so the index,
     * the linker and the reference index work on the whole document as after a
     * full parse (the A/B switch of incremental linking; reparse-record.ts).
     */
    recordReparses = true;
    readonly counts: ReparseCounts = { incremental: 0, incrementalWithErrors: 0, full: 0, fallbacks: {} };
    private readonly previous = new Map<string, ParseResult<AstNode>>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        // The benchmark's switch for a language server it starts (packages/bench, latency rows A/B).
        if (typeof process !== 'undefined' && process.env['AUTONOMY_INCREMENTAL_PARSING'] === 'off') {
            this.incremental = false;
        }
        if (typeof process !== 'undefined' && process.env['AUTONOMY_INCREMENTAL_LINKING'] === 'off') {
            this.recordReparses = false;
        }
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString());
        if (previous && this.incremental) {
            const outcome = this.parseIncrementally(uri, previous, text);
            if ('result' in outcome) {
                this.counts.incremental++;
                this.counts.incrementalWithErrors += outcome.result.parserErrors.length > 0 ? 1 : 0;
                walkByDeclaration(outcome.result.value, previous.value, outcome.replaced);
                if (this.recordReparses) {
                    recordReparse(previous.value, outcome.result.value, outcome.replaced);
                }
                return Promise.resolve(outcome.result as ParseResult<T>);
            }
            this.counts.fallbacks[outcome.fallback] = (this.counts.fallbacks[outcome.fallback] ?? 0) + 1;
        }
        if (previous) {
            this.counts.full++;
        }
        return super.parseAsync(uri, text, cancellationToken);
    }

    private parseIncrementally(uri: URI, previous: ParseResult<AstNode>, text: string): IncrementalOutcome {
        const services = this.serviceRegistry.getServices(uri);
        try {
            return parseIncrementally({ parser: services.parser.LangiumParser, lexer: services.parser.Lexer, grammar: services.Grammar }, previous, text);
        } catch {
            // A fault in the splice must not cost the user the document: the full parse that follows
            // builds a new tree from the text alone, whatever state the old one was left in.
            return { fallback: 'incremental parse failed' };
        }
    }
}
