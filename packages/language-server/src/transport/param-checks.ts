/**
 * Shape checks for the params of the LSP messages the server handles, so a
 * malformed message (`textDocument/didOpen` whose `text` is null, a position
 * that is a string) is refused at the door with a sentence naming the field,
 * instead of reaching the parser and failing there. Only what the handlers
 * read is checked; unknown extra fields are allowed, as the spec wants.
 */

/** A problem with `value`, named by its path (e.g. `params.textDocument.text`), or undefined. */
export type Check = (value: unknown, path: string) => string | undefined;

export function describeValue(value: unknown): string {
    if (value === null) {
        return 'null';
    }
    if (Array.isArray(value)) {
        return 'an array';
    }
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const string: Check = (v, p) => (typeof v === 'string' ? undefined : `${p} must be a string, not ${describeValue(v)}`);
export const boolean: Check = (v, p) => (typeof v === 'boolean' ? undefined : `${p} must be true or false, not ${describeValue(v)}`);
export const integer: Check = (v, p) => (Number.isInteger(v) ? undefined : `${p} must be a whole number, not ${describeValue(v)}`);
const uinteger: Check = (v, p) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : `${p} must be a whole number of 0 or more, not ${describeValue(v)}`);
const anyObject: Check = (v, p) => (isRecord(v) ? undefined : `${p} must be an object, not ${describeValue(v)}`);

export function optional(check: Check): Check {
    return (v, p) => (v === undefined ? undefined : check(v, p));
}

export function nullable(check: Check): Check {
    return (v, p) => (v === null ? undefined : check(v, p));
}

export function oneOf(...allowed: readonly unknown[]): Check {
    return (v, p) => (allowed.includes(v) ? undefined : `${p} must be one of ${allowed.map(a => JSON.stringify(a)).join(', ')}, not ${describeValue(v)}`);
}

export function object(fields: Record<string, Check>): Check {
    return (v, p) => {
        if (!isRecord(v)) {
            return `${p} must be an object, not ${describeValue(v)}`;
        }
        for (const [name, check] of Object.entries(fields)) {
            const problem = check(v[name], `${p}.${name}`);
            if (problem) {
                return problem;
            }
        }
        return undefined;
    };
}

export function arrayOf(check: Check): Check {
    return (v, p) => {
        if (!Array.isArray(v)) {
            return `${p} must be an array, not ${describeValue(v)}`;
        }
        for (let i = 0; i < v.length; i++) {
            const problem = check(v[i], `${p}[${i}]`);
            if (problem) {
                return problem;
            }
        }
        return undefined;
    };
}

const position = object({ line: uinteger, character: uinteger });
const range = object({ start: position, end: position });
const document = object({ uri: string });
const atPosition = { textDocument: document, position };

/** The params checks by method; methods not listed get `GENERIC_DOCUMENT_CHECK` when they start with `textDocument/`. */
const BY_METHOD: Record<string, Check> = {
    'initialize': object({ processId: optional(nullable(integer)), rootUri: optional(nullable(string)), capabilities: anyObject }),
    'textDocument/didOpen': object({ textDocument: object({ uri: string, languageId: string, version: integer, text: string }) }),
    'textDocument/didChange': object({
        textDocument: object({ uri: string, version: integer }),
        contentChanges: arrayOf(object({ text: string, range: optional(range) }))
    }),
    'textDocument/didClose': object({ textDocument: document }),
    'textDocument/didSave': object({ textDocument: document, text: optional(string) }),
    'textDocument/willSave': object({ textDocument: document, reason: integer }),
    'textDocument/willSaveWaitUntil': object({ textDocument: document, reason: integer }),
    'workspace/didChangeWatchedFiles': object({ changes: arrayOf(object({ uri: string, type: oneOf(1, 2, 3) })) }),
    'workspace/symbol': object({ query: string }),
    'textDocument/rename': object({ ...atPosition, newName: string }),
    'textDocument/references': object({ ...atPosition, context: object({ includeDeclaration: boolean }) }),
    'textDocument/codeAction': object({ textDocument: document, range, context: object({ diagnostics: arrayOf(object({ range })) }) }),
    'textDocument/formatting': object({ textDocument: document, options: object({ tabSize: uinteger, insertSpaces: boolean }) }),
    'textDocument/rangeFormatting': object({ textDocument: document, range, options: object({ tabSize: uinteger, insertSpaces: boolean }) }),
    'textDocument/onTypeFormatting': object({ ...atPosition, ch: string, options: object({ tabSize: uinteger, insertSpaces: boolean }) }),
    'textDocument/inlayHint': object({ textDocument: document, range }),
    'textDocument/semanticTokens/range': object({ textDocument: document, range })
};

const POSITION_METHODS = new Set([
    'completion', 'hover', 'signatureHelp', 'declaration', 'definition', 'typeDefinition', 'implementation',
    'documentHighlight', 'prepareRename', 'prepareCallHierarchy', 'prepareTypeHierarchy', 'linkedEditingRange', 'moniker'
].map(name => `textDocument/${name}`));

const POSITION_CHECK = object(atPosition);
const GENERIC_DOCUMENT_CHECK = object({ textDocument: document });

/** What is wrong with a message's params, as a sentence, or undefined when they are usable. */
export function paramsProblem(method: string, params: unknown): string | undefined {
    const check = BY_METHOD[method]
        ?? (POSITION_METHODS.has(method) ? POSITION_CHECK : undefined)
        ?? (method.startsWith('textDocument/') ? GENERIC_DOCUMENT_CHECK : undefined);
    return check?.(params, 'params');
}
