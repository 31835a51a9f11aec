import { CliError } from './errors.js';

/**
 * The date printed on a report. --date wins; then SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, so CI can pin it once); then today (UTC).
 */
export function reportDate(option: string | undefined, env: Record<string, string | undefined>, now = new Date()): string {
    if (option !== undefined) {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(option);
        const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : undefined;
        if (!date || date.toISOString().slice(0, 10) !== option) {
            throw new CliError(`report: --date takes a calendar date written YYYY-MM-DD, e.g. 2026-11-23, not '${option}'.`);
        }
        return option;
    }
    const epoch = env.SOURCE_DATE_EPOCH;
    if (epoch && /^\d+$/.test(epoch)) {
        return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
    }
    return now.toISOString().slice(0, 10);
}
