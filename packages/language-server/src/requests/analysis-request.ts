import { defineCustomRequest } from '../custom-requests.js';
import { validatedModel } from '../document-access.js';
import { AnalysisRequest } from '../protocol.js';
import { documentParams, failure } from './request-params.js';

/** Answers `autonomy/analysis`: the full analysis, as `autonomy analyse` computes it. */
export const analysisRequest = defineCustomRequest(AnalysisRequest, documentParams, async (services, params, cancelToken) => {
    try {
        const { analysis } = await validatedModel(services.shared, services, params.uri, cancelToken, 'export');
        return { analysis };
    } catch (error) {
        return failure(error);
    }
});
