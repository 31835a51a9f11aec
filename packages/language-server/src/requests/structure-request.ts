import { URI } from 'langium';
import { defineCustomRequest } from '../custom-requests.js';
import { validatedModel } from '../document-access.js';
import { StructureRequest } from '../protocol.js';
import { structureSvg } from '../structure-diagram.js';
import { documentParams, failure } from './request-params.js';

/** Answers `autonomy/structure`: the collectives and their members as SVG. */
export const structureRequest = defineCustomRequest(StructureRequest, documentParams, async (services, params, cancelToken) => {
    try {
        const { model } = await validatedModel(services.shared, services, URI.parse(params.uri).toString(), cancelToken);
        return { svg: structureSvg(model) };
    } catch (error) {
        return failure(error);
    }
});
