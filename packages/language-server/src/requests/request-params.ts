// The light modules, not the package's index: that would load the PDF renderer when the server starts.
import { isCalendarDate } from '@autonomy/report/calendar-date';
import { REPORT_FORMATS } from '@autonomy/report/formats';
import { arrayOf, type Check, describeValue, object, oneOf, optional, string } from '../transport/param-checks.js';

/** The params shared by every request about one document. */
export const documentParams = object({ uri: string });

/** A date written YYYY-MM-DD that the calendar has (2026-02-30 is refused, not rolled over). */
const calendarDate: Check = (v, p) =>
    (typeof v === 'string' && isCalendarDate(v) ? undefined : `${p} must be a calendar date written YYYY-MM-DD, e.g. 2026-11-23, not ${describeValue(v)}`);

export const reportParams = object({
    uri: string,
    format: oneOf(...REPORT_FORMATS, 'charts'),
    theme: optional(oneOf('light', 'dark')),
    purpose: optional(oneOf('preview', 'export')),
    edition: optional(oneOf('partners', 'analyst')),
    date: optional(calendarDate)
});

export const compareParams = object({ uris: arrayOf(string), theme: optional(oneOf('light', 'dark')) });

export const sensitivityParams = object({ uri: string, theme: optional(oneOf('light', 'dark')) });

/** A request's `error` result: a sentence the user can act on. */
export function failure(error: unknown): { error: string } {
    // A Web Worker (the web edition) has no `process`.
    if (typeof process !== 'undefined' && process.env['AUTONOMY_SERVER_DEBUG']) {
        console.error(error);
    }
    return { error: error instanceof Error ? error.message : String(error) };
}
