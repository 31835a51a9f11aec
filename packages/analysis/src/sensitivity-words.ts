/**
 * How sensitivity figures read, in one place for the report, the CLI and the
 * editor (which cannot depend on the report): an input value in its unit, and
 * a break-even as a short phrase.
 */
import type { InputBreakEven, SensitivityInput, SensitivityResult, VerdictFlip, VerdictSensitivity } from './sensitivity-result.js';
import { formatCount, formatMoney, formatPercent } from '@autonomy/domain';

export function formatInputValue(input: Pick<SensitivityInput, 'unit'>, value: number, currency: string): string {
    switch (input.unit) {
        case 'money': return formatMoney(value, currency, { pence: 'auto' });
        case 'percent': return formatPercent(value, 1);
        case 'count': return formatCount(value);
        case 'score': return value.toFixed(2);
    }
}

/** "flips to better off alone at £27,500 (-8.3%)", or "does not flip in range (down to £0)". */
export function flipPhrase(input: SensitivityInput, flip: VerdictFlip | null, direction: 'down' | 'up', currency: string): string {
    if (!flip) {
        const end = direction === 'down' ? input.min : input.max;
        return `does not flip ${direction === 'down' ? 'down to' : 'up to'} ${formatInputValue(input, end, currency)}`;
    }
    return `${flip.becomesLabel} at ${formatInputValue(input, flip.value, currency)} (${changeFrom(input, flip.value)})${flip.withinFragileBand ? ', fragile' : ''}`;
}

/** "-8.3%" for money, counts and scores; "-2.0 points" for percentages. */
export function changeFrom(input: SensitivityInput, value: number): string {
    if (input.unit === 'percent') {
        const points = (value - input.value) * 100;
        return `${points >= 0 ? '+' : ''}${points.toFixed(1)} points`;
    }
    if (input.value === 0) {
        return 'from 0';
    }
    const relative = ((value - input.value) / Math.abs(input.value)) * 100;
    return `${relative >= 0 ? '+' : ''}${relative.toFixed(1)}%`;
}

/** A change in expected autonomy (a fraction) as signed percentage points: "+1.2 points", "0 points". */
export function signedPoints(fraction: number): string {
    const p = Number((fraction * 100).toFixed(1));
    return `${p > 0 ? '+' : ''}${p === 0 ? 0 : p} points`;
}

/** "; 3 not searched (their fair shares are Monte Carlo estimates)", or nothing. */
export function notSearchedPhrase(count: number): string {
    return count > 0 ? `; ${count} not searched (the fair shares they move are Monte Carlo estimates)` : '';
}

/** Break-evens that flip somewhere in range, nearest first (as the analysis sorted them). */
export function flipping(breakEvens: InputBreakEven[]): InputBreakEven[] {
    return breakEvens.filter(b => b.down !== null || b.up !== null);
}

/** The fragile verdicts' ids, so a table can mark its verdict column. */
export function fragileVerdicts(result: SensitivityResult | undefined): Set<string> {
    return new Set((result?.verdicts ?? []).filter(v => v.fragile).map(v => v.id));
}

/** " (fragile)" after a verdict that flips within +-10% of an input; nothing otherwise. */
export function fragileMark(fragile: Set<string>, verdictId: string): string {
    return fragile.has(verdictId) ? ' (fragile)' : '';
}

/** "Ash's crisis risk from 20% to 15% (-5.0 points): better off alone", the verdict's nearest flip; undefined when none. */
export function nearestFlip(v: VerdictSensitivity, inputs: Map<string, SensitivityInput>, currency: string): string | undefined {
    const b = flipping(v.breakEvens)[0];
    const input = b ? inputs.get(b.input) : undefined;
    if (!b || !input) {
        return undefined;
    }
    const flip = [b.down, b.up].filter(f => f !== null).sort((x, y) => Math.abs(x.value - input.value) - Math.abs(y.value - input.value))[0];
    return `${input.label} from ${formatInputValue(input, input.value, currency)} to ${formatInputValue(input, flip.value, currency)} `
        + `(${changeFrom(input, flip.value)}): ${flip.becomesLabel}`;
}
