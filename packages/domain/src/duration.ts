/**
 * How every surface (report, hover, inlay hint) words a payback period
 * (DOMAIN.md item 20), so they never disagree: "2.6 years"; "never" when the
 * yearly benefit is not positive (null); "at once" when nothing is put in.
 */
export function formatPayback(years: number | null): string {
    if (years === null) {
        return 'never';
    }
    if (years === 0) {
        return 'at once';
    }
    const rounded = Math.round(years * 10) / 10;
    return `${rounded.toFixed(1)} ${rounded === 1 ? 'year' : 'years'}`;
}
