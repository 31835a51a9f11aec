/**
 * DOMAIN.md item 16: sensitivity, break-even and tornado. For every input a
 * verdict depends on, the model is perturbed and re-analysed (through
 * VerdictEvaluator, which recomputes only what the input reaches); the
 * break-even search (break-even.ts) finds the nearest flip each way, and the
 * tornado (tornado.ts) moves it by its swing. Pure: a DomainModel in, a
 * SensitivityResult out, the same for the same model. Heavy (hundreds of
 * re-analyses), so callers run it on demand: `autonomy sensitivity`, the
 * report, the editor in the background with `isCancelled`.
 */
import type { DomainModel } from '@autonomy/domain';
import { firstFlips, stepsToBound, valueAt } from './break-even.js';
import { type AnalysisOptions, checkCancelled, resolveOptions } from './options.js';
import { PARADOX_VERDICT_LABELS, type ParadoxVerdict } from './result.js';
import { sanitise } from './sanitise.js';
import { sensitivityInputs } from './sensitivity-inputs.js';
import {
    type InputBreakEven, OUTCOME_LABELS, SENSITIVITY_SCHEMA_VERSION, type SensitivityInput, type SensitivityResult, type Tornado,
    type TornadoBar, type VerdictFlip, type VerdictRef, type VerdictSensitivity
} from './sensitivity-result.js';
import { jumpOffsets } from './step-breakpoints.js';
import { sortTornado, tornadoBar, tornadoOffsets } from './tornado.js';
import { type Evaluation, VerdictEvaluator, verdictId } from './verdict-evaluator.js';

const ESTIMATED = 'the verdict rests on fair shares estimated by Monte Carlo, which this input changes: '
    + 'a break-even would be a property of the sample, not of the model';

export type SensitivityOptions = Pick<AnalysisOptions, 'exactLimit' | 'samples' | 'seed' | 'isCancelled'>;

export function verdictLabel(value: string): string {
    return PARADOX_VERDICT_LABELS[value as ParadoxVerdict] ?? OUTCOME_LABELS[value] ?? value;
}

export function analyseSensitivity(model: DomainModel, options: SensitivityOptions = {}): SensitivityResult {
    // The stable-split LPs decide no verdict here (the core test of the charged split is exhaustive), so they are left out.
    const resolved = resolveOptions({ ...options, stableSplitLimit: 0 });
    const clean = sanitise(model);
    const evaluator = new VerdictEvaluator(clean, resolved);
    const flips = new Map<string, InputBreakEven[]>(evaluator.verdicts.map(v => [verdictId(v), []]));
    const bars = new Map<string, TornadoBar[]>();
    const inputs: SensitivityInput[] = [];

    for (const input of sensitivityInputs(clean)) {
        checkCancelled(resolved);
        const { verdicts, figures, estimated } = evaluator.dependents(input.ref);
        if (verdicts.length === 0 && figures.length === 0 && estimated.length === 0) {
            continue;
        }
        for (const id of estimated) {
            flips.get(id)!.push({ input: input.id, notSearched: ESTIMATED, down: null, up: null });
        }
        inputs.push(input);
        const memo = new Map<number, Evaluation>([[0, evaluator.base]]);
        const at = (d: number): Evaluation => {
            let e = memo.get(d);
            if (!e) {
                e = evaluator.evaluate(input.ref, valueAt(input, d));
                memo.set(d, e);
            }
            return e;
        };
        const down = firstFlips(input, -1, verdicts, d => at(d).verdicts, jumpOffsets(clean, input, -1, stepsToBound(input, -1)));
        const up = firstFlips(input, 1, verdicts, d => at(d).verdicts, jumpOffsets(clean, input, 1, stepsToBound(input, 1)));
        for (const id of verdicts) {
            flips.get(id)!.push({ input: input.id, down: flip(input, down.get(id) ?? null), up: flip(input, up.get(id) ?? null) });
        }
        const { low, high } = tornadoOffsets(input);
        for (const id of figures) {
            const base = evaluator.base.figures.get(id);
            const atLow = at(low).figures.get(id);
            const atHigh = at(high).figures.get(id);
            if (base === undefined || atLow === undefined || atHigh === undefined) {
                continue;
            }
            const bar = tornadoBar(input.id, valueAt(input, low), valueAt(input, high), atLow, atHigh, base);
            if (bar) {
                bars.set(id, [...(bars.get(id) ?? []), bar]);
            }
        }
    }

    const inputById = new Map(inputs.map(i => [i.id, i]));
    const verdicts: VerdictSensitivity[] = evaluator.verdicts.map(ref => {
        const id = verdictId(ref);
        const value = evaluator.base.verdicts.get(id)!;
        const breakEvens = [...flips.get(id)!].sort((a, b) => nearness(a, inputById) - nearness(b, inputById) || a.input.localeCompare(b.input));
        return {
            id, ref, subject: subjectOf(ref, clean.practiceById, evaluator), verdict: value,
            // A predicted outcome or paradox verdict that estimates within two standard errors could change is named as resting on them.
            verdictLabel: verdictLabel(value) + (evaluator.base.uncertain.has(id) ? ' on the estimated fair shares (uncertain)' : ''),
            fragile: breakEvens.some(b => b.down?.withinFragileBand || b.up?.withinFragileBand),
            notSearched: breakEvens.filter(b => b.notSearched !== undefined).length,
            breakEvens
        };
    });

    const tornadoes: Tornado[] = [
        ...clean.practices.map(p => sortTornado({
            figure: 'expected-autonomy-gain', subject: { kind: 'practice', id: p.id, title: p.title },
            base: evaluator.base.figures.get(`practice:${p.id}`) ?? 0, bars: bars.get(`practice:${p.id}`) ?? []
        })),
        ...clean.initiatives.map(i => sortTornado({
            figure: 'net-saving', subject: { kind: 'initiative', id: i.id, title: i.title },
            base: evaluator.base.figures.get(`initiative:${i.id}`) ?? 0, bars: bars.get(`initiative:${i.id}`) ?? []
        }))
    ];

    return {
        schemaVersion: SENSITIVITY_SCHEMA_VERSION,
        title: clean.settings.title,
        currency: clean.settings.currency,
        inputs,
        verdicts,
        tornadoes,
        evaluations: evaluator.evaluations
    };
}

function flip(input: SensitivityInput, found: { d: number; state: string } | null): VerdictFlip | null {
    if (!found) {
        return null;
    }
    const value = valueAt(input, found.d);
    return { value, becomes: found.state, becomesLabel: verdictLabel(found.state), withinFragileBand: Math.abs(value - input.value) <= input.fragileWithin + 1e-9 };
}

/** Distance of the nearest flip in units of the input's fragile band (no flip: last). */
function nearness(b: InputBreakEven, inputs: Map<string, SensitivityInput>): number {
    const input = inputs.get(b.input)!;
    const distances = [b.down, b.up].filter((f): f is VerdictFlip => f !== null).map(f => Math.abs(f.value - input.value) / input.fragileWithin);
    return distances.length === 0 ? Infinity : Math.min(...distances);
}

function subjectOf(ref: VerdictRef, practices: Map<string, { title: string }>, evaluator: VerdictEvaluator): string {
    if (ref.kind === 'paradox') {
        return `${practices.get(ref.practice)?.title ?? ref.practice}'s paradox verdict`;
    }
    const title = evaluator.initiative(ref.initiative)?.title ?? ref.initiative;
    return ref.kind === 'outcome' ? `${title}'s predicted outcome` : `whether ${title}'s charged split is in the core`;
}
