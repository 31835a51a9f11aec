import { REPORT_FORMATS } from '@autonomy/report';
import { arrayOf, object, oneOf, optional, string } from '../transport/param-checks.js';

/** The params shared by every request about one document. */
export const documentParams = object({ uri: string });

export const reportParams = object({
    uri: string,
    format: oneOf(...REPORT_FORMATS, 'charts'),
    theme: optional(oneOf('light', 'dark')),
    purpose: optional(oneOf('preview', 'export')),
    edition: optional(oneOf('partners', 'analyst'))
});

export const compareParams = object({ uris: arrayOf(string), theme: optional(oneOf('light', 'dark')) });

export const sensitivityParams = object({ uri: string, theme: optional(oneOf('light', 'dark')) });

/** A request's `error` result: a sentence the user can act on. */
export function failure(error: unknown): { error: string } {
    if (process.env['AUTONOMY_SERVER_DEBUG']) {
        console.error(error);
    }
    return { error: error instanceof Error ? error.message : String(error) };
}
