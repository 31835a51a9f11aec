import type { Cancellation, LangiumDocument, ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { AutonomyDocumentValidator } from './document-validator.js';
import { clipEcho } from './echo-limit.js';

/**
 * The document validator, with every message's quotations of the file cut to
 * one line of 200 characters: a lexer or parser message quotes the text it
 * could not read, and a megabyte-long unterminated string would otherwise be
 * sent, and shown, whole in each of several messages.
 */
export class EchoLimitedDocumentValidator extends AutonomyDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            if (typeof diagnostic.message === 'string') {
                diagnostic.message = clipEcho(diagnostic.message);
            }
        }
        return diagnostics;
    }
}
