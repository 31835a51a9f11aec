import { isCalendarDate } from '@autonomy/report';
import { CliError } from './errors.js';

/** The last second a YYYY-MM-DD date can name: 9999-12-31T23:59:59Z. */
const LAST_EPOCH_SECOND = 253402300799;

/**
 * The date printed on a report. --date wins; then SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, so CI can pin it once); then today (UTC).
 */
export function reportDate(option: string | undefined, env: Record<string, string | undefined>, now = new Date()): string {
    if (option !== undefined) {
        return calendarDate(option);
    }
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch !== undefined && epoch !== '') {
        // reproducible-builds.org/specs/source-date-epoch: a malformed value should stop the build, not be ignored.
        if (!/^\d+$/.test(epoch) || Number(epoch) > LAST_EPOCH_SECOND) {
            throw new CliError(`report: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, from 0 to ${LAST_EPOCH_SECOND} (9999-12-31), not '${epoch}'. ` +
                'Fix or unset it, or give the date with --date YYYY-MM-DD.');
        }
        return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
    }
    return now.toISOString().slice(0, 10);
}

function calendarDate(option: string): string {
    if (isCalendarDate(option)) {
        return option;
    }
    throw new CliError(`report: --date takes a calendar date written YYYY-MM-DD, e.g. 2026-11-23, not '${option}'.`);
}
