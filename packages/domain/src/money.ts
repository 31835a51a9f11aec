import type { Minor } from './model.js';

/**
 * Formats minor units as money with thousands separators: 1234567 -> "£12,345.67".
 * Whole amounts drop the pence ("£12,000") because that is how consultants write them.
 */
export function formatMoney(minor: Minor, currency: string, options: { pence?: 'auto' | 'always' } = {}): string {
    const rounded = Math.round(minor);
    const sign = rounded < 0 ? '-' : '';
    const abs = Math.abs(rounded);
    const units = Math.floor(abs / 100);
    const pence = abs % 100;
    const grouped = units.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const showPence = options.pence === 'always' || pence !== 0;
    return `${sign}${currency}${grouped}${showPence ? '.' + pence.toString().padStart(2, '0') : ''}`;
}

/** Formats a fraction as a percentage: 0.4 -> "40%", 0.125 -> "12.5%". */
export function formatPercent(fraction: number, digits = 1): string {
    const value = Number((fraction * 100).toFixed(digits));
    return `${value}%`;
}

/**
 * Two percentages that a verdict or an arrow beside them says differ (`apart`), with as few decimals as tell
 * them apart (one, as formatPercent shows them, up to eight): "70%" beside "70%" under "better off ceding"
 * would claim more than the figures show. Not apart, or equal, both are as formatPercent shows them.
 */
export function formatPercentsApart(a: number, b: number, apart = a !== b): [string, string] {
    for (let digits = 1; ; digits++) {
        const x = formatPercent(a, digits);
        const y = formatPercent(b, digits);
        if (!apart || x !== y || digits >= 8) {
            return [x, y];
        }
    }
}

/** Formats a count with thousands separators: 8200 -> "8,200". */
export function formatCount(n: number, digits = 0): string {
    return n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
