import { sameValue } from '@autonomy/analysis';
import type { DomainModel } from '@autonomy/domain';

/**
 * Whether two domain models give the same analysis: equal in every value but
 * their source locations (`source`, at any depth), which the analysis never
 * reads. A keystroke in whitespace, a comment or a title's position moves
 * declarations without changing what is analysed; the editor then reuses the
 * previous analysis instead of running it again.
 *
 * Conservative: a differing key order, 0 against -0 or an unexpected value
 * type counts as a difference, so the analysis runs again.
 */
export function sameAnalysisInput(a: unknown, b: unknown): boolean {
    return sameValue(a, b, SOURCE);
}

const SOURCE: ReadonlySet<string> = new Set(['source']);

/**
 * The practices (indexes into `b.practices`) whose `riskFields` differ between
 * two domain models equal in everything else but source locations; `[]` when
 * nothing differs, undefined when anything else does.
 */
export function practiceRiskChanges(a: DomainModel, b: DomainModel, riskFields: ReadonlySet<string>): number[] | undefined {
    // Everything but the practices (only at the top: mergers list `practices` too).
    if (!sameAnalysisInput({ ...a, practices: [] }, { ...b, practices: [] })
        || !Array.isArray(a.practices) || !Array.isArray(b.practices) || a.practices.length !== b.practices.length) {
        return undefined;
    }
    const ignored = new Set([...SOURCE, ...riskFields]);
    const changed: number[] = [];
    for (let i = 0; i < a.practices.length; i++) {
        const x = a.practices[i] as unknown as Record<string, unknown>;
        const y = b.practices[i] as unknown as Record<string, unknown>;
        if (!sameValue(x, y, ignored)) {
            return undefined;
        }
        for (const field of riskFields) {
            if (!sameAnalysisInput(x[field], y[field]) || Object.prototype.hasOwnProperty.call(x, field) !== Object.prototype.hasOwnProperty.call(y, field)) {
                changed.push(i);
                break;
            }
        }
    }
    return changed;
}
