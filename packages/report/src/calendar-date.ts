/**
 * The date printed on a report is written YYYY-MM-DD and must exist in the
 * (proleptic Gregorian) calendar, years 0000 to 9999: 2026-02-30 is refused,
 * not rolled over. One rule for the CLI's --date and the editor's requests.
 */
export function isCalendarDate(text: string): boolean {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return false;
    }
    const date = new Date(0);
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
    date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return date.toISOString().slice(0, 10) === text;
}
