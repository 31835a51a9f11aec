import type { CustomRequest } from '../custom-requests.js';
import { analysisRequest } from './analysis-request.js';
import { compareRequest } from './compare-request.js';
import { figuresRequest } from './figures-request.js';
import { reportRequest } from './report-request.js';
import { sensitivityRequest } from './sensitivity-request.js';
import { structureRequest } from './structure-request.js';

/**
 * Every request the server answers beyond LSP. To add one (deal, sensitivity,
 * compare, ...): define its RequestType in protocol.ts, write a
 * `defineCustomRequest` in its own file here, and list it below.
 */
export const CUSTOM_REQUESTS: readonly CustomRequest[] = [
    reportRequest,
    structureRequest,
    analysisRequest,
    compareRequest,
    sensitivityRequest,
    figuresRequest
];
