/**
 * Summary sentences for verdicts that flip within +-10% of an input (DOMAIN.md
 * item 16), read from the sensitivity result when the report is built with
 * one. Each sentence quotes the verdict and its nearest flip, as the
 * sensitivity section's table does.
 */
import { type AnalysisResult, nearestFlip, type SensitivityResult, type VerdictSensitivity } from '@autonomy/analysis';
import type { Draft } from './initiative-findings.js';

/** The initiative a verdict is about, if any (a paradox verdict is about a practice). */
function initiativeOf(v: VerdictSensitivity): string | undefined {
    return v.ref.kind === 'paradox' ? undefined : v.ref.initiative;
}

/** Initiatives with a fragile verdict: the summary covers each of them. */
export function fragileInitiatives(sensitivity: SensitivityResult | undefined): Set<string> {
    return new Set((sensitivity?.verdicts ?? []).filter(v => v.fragile).map(initiativeOf).filter((id): id is string => id !== undefined));
}

export function fragileDrafts(sensitivity: SensitivityResult | undefined, analysis: AnalysisResult): Draft[] {
    if (!sensitivity) return [];
    const inputs = new Map(sensitivity.inputs.map(input => [input.id, input]));
    return sensitivity.verdicts.filter(v => v.fragile).flatMap((v): Draft[] => {
        const flip = nearestFlip(v, inputs, sensitivity.currency);
        if (!flip) return [];
        const initiative = initiativeOf(v);
        const i = initiative === undefined ? undefined : analysis.initiatives.find(x => x.id === initiative);
        return [{
            kind: 'fragile', severity: 'medium', initiative, atStake: i ? Math.max(0, i.netSaving) : 0,
            practice: v.ref.kind === 'paradox' ? v.ref.practice : undefined,
            claims: [{ about: 'fragile', verdict: v.id }],
            sentence: `${v.subject} (${v.verdictLabel}) is fragile; the nearest flip: ${flip}.`
        }];
    });
}
