/** The sentence in a failed request: the LSP client rejects with JSON-RPC error objects as well as Errors. */
export function messageOf(error: unknown): string {
    if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
    return String(error);
}
