import { VALUE_LIMITS } from '@autonomy/analysis';
import { type ast, statedFigures } from '@autonomy/language';
import { DocumentState } from 'langium';
import { defineCustomRequest } from '../custom-requests.js';
import { builtDocument } from '../document-access.js';
import { FiguresRequest, type StatedFigureInfo } from '../protocol.js';
import { documentParams, failure } from './request-params.js';

/**
 * Answers `autonomy/figures`: every figure the document states, with its range
 * in the text and the limits of its kind. Answered once the file is linked
 * (the names of what it references), not analysed: a model with errors still
 * has figures to scrub.
 */
export const figuresRequest = defineCustomRequest(FiguresRequest, documentParams, async (services, params, cancelToken) => {
    try {
        const document = await builtDocument(services.shared, params.uri, DocumentState.Linked, cancelToken);
        const text = document.textDocument;
        const figures = statedFigures(document.parseResult.value as ast.AutonomyFile).map(({ offset, end, ...figure }): StatedFigureInfo => ({
            ...figure,
            ...VALUE_LIMITS[figure.kind],
            range: { start: text.positionAt(offset), end: text.positionAt(end) }
        }));
        return { version: text.version, figures };
    } catch (error) {
        return failure(error);
    }
});
