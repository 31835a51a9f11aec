import { type CancellationToken, type Connection, type Disposable, ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { RequestType } from 'vscode-languageserver-protocol';
import type { AutonomyServerServices } from './server-module.js';
import type { Check } from './transport/param-checks.js';

/**
 * One request the server answers beyond LSP: its typed definition (from
 * protocol.ts, which clients import too), a check of its params' shape, and
 * the handler. Adding a request is one `defineCustomRequest` in its own file
 * and one line in requests/all-requests.ts.
 */
export interface CustomRequest {
    readonly method: string;
    register(connection: Connection, services: AutonomyServerServices): Disposable;
}

export function defineCustomRequest<P, R>(
    type: RequestType<P, R, void>,
    checkParams: Check,
    handle: (services: AutonomyServerServices, params: P, cancelToken: CancellationToken) => Promise<R>
): CustomRequest {
    return {
        method: type.method,
        // Registered by name: the params are checked here before they are trusted to be a P.
        register: (connection, services) => connection.onRequest(type.method, async (params: unknown, cancelToken: CancellationToken): Promise<R> => {
            const problem = checkParams(params, 'params');
            if (problem) {
                throw new ResponseError(ErrorCodes.InvalidParams, `Invalid params for ${type.method}: ${problem}.`);
            }
            return handle(services, params as P, cancelToken);
        })
    };
}

/** The service that puts the custom requests on the connection. */
export class CustomRequestService {
    constructor(private readonly services: AutonomyServerServices, readonly requests: readonly CustomRequest[]) {}

    get methods(): string[] {
        return this.requests.map(request => request.method);
    }

    register(connection: Connection): Disposable[] {
        return this.requests.map(request => request.register(connection, this.services));
    }
}
