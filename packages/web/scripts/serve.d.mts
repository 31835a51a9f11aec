/** Serves `folder` on 127.0.0.1 (port 0: a free one); resolves to its URL and a close function. */
export function serveFolder(folder: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
