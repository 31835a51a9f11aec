/**
 * The editor's shortcuts must not change what it shows: the initiative cache
 * gives byte-identical results, and computing the stable split only where a
 * finding quotes it gives identical findings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { DomainModel, Initiative } from '@autonomy/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InitiativeCache, analyse } from '../src/index.js';
import type { InitiativeFigures } from '../src/initiative.js';
import { shapingKey } from '../src/initiative-cache.js';
import { resolveOptions } from '../src/options.js';
import { gameSpec, initiative, modelOf, practice } from './fixtures.js';
import { parseModel } from './parse-model.js';

const examples = new URL('../../../examples/', import.meta.url);
const exampleFiles = readdirSync(examples).filter(f => f.endsWith('.autonomy'));
const runs = { numRuns: 60, seed: 777 };

/** A model with two initiatives over the same practices, so one can change while the other stays. */
const twoInitiatives = fc.tuple(gameSpec(2, 6), fc.boolean(), fc.integer({ min: 0, max: 5_000_000 })).map(([spec, fair, extra]) => {
    const model = modelOf(spec, { sharing: fair ? 'fair' : 'as-charged' });
    const ids = model.practices.map(p => p.id);
    const terms = [{ kind: 'fixed' as const, amount: extra }, ...spec.terms];
    model.initiatives.push(initiative('J', ids.slice(0, Math.max(2, ids.length - 1)), spec.costs, terms));
    return model;
});

describe('InitiativeCache', () => {
    test.each(exampleFiles)('examples/%s: the same JSON with and without the cache, cold and warm', async file => {
        const model = await parseModel(readFileSync(new URL(file, examples), 'utf8'));
        const cache = new InitiativeCache();
        const plain = JSON.stringify(analyse(model));
        expect(JSON.stringify(analyse(model, { initiativeCache: cache }))).toBe(plain);
        expect(cache.size).toBe(model.initiatives.length);
        expect(JSON.stringify(analyse(model, { initiativeCache: cache }))).toBe(plain);
        expect(cache.size).toBe(model.initiatives.length);
    });

    test('generated models: cached results equal fresh ones after any change to list sizes, costs or terms', () => {
        const cache = new InitiativeCache();
        fc.assert(fc.property(twoInitiatives, fc.nat(), fc.integer({ min: 0, max: 40_000 }), (model, pick, size) => {
            expect(JSON.stringify(analyse(model, { initiativeCache: cache }))).toBe(JSON.stringify(analyse(model)));
            // Change one input the cache must notice: a list size, a current cost or the shared cost.
            const changed: DomainModel = structuredClone(model);
            const what = pick % 3;
            if (what === 0) {
                changed.practices[pick % changed.practices.length].listSize = size;
            } else if (what === 1) {
                const j = changed.initiatives[0];
                j.currentCosts[j.participants[pick % j.participants.length]] = size * 7;
            } else {
                changed.initiatives[1].sharedCost = [{ kind: 'per-patient', amount: size % 500 }];
            }
            expect(JSON.stringify(analyse(changed, { initiativeCache: cache }))).toBe(JSON.stringify(analyse(changed)));
        }), runs);
    });

    test('moving an initiative to other lines reuses its figures', async () => {
        const model = await parseModel(readFileSync(new URL('north-locality.autonomy', examples), 'utf8'));
        const cache = new InitiativeCache();
        analyse(model, { initiativeCache: cache });
        const moved: DomainModel = structuredClone(model);
        for (const i of moved.initiatives) {
            i.source = i.source ? { ...i.source, line: i.source.line + 3 } : i.source;
        }
        expect(JSON.stringify(analyse(moved, { initiativeCache: cache }))).toBe(JSON.stringify(analyse(moved)));
        expect(cache.size).toBe(model.initiatives.length);
    });

    test('options are part of the key', async () => {
        const model = await parseModel(readFileSync(new URL('north-locality.autonomy', examples), 'utf8'));
        const cache = new InitiativeCache();
        analyse(model, { initiativeCache: cache });
        const light = { stableSplitLimit: 0, initiativeCache: cache };
        expect(JSON.stringify(analyse(model, light))).toBe(JSON.stringify(analyse(model, { stableSplitLimit: 0 })));
        expect(cache.size).toBe(2 * model.initiatives.length);
    });

    test('changing any field of an initiative or its participants misses the cache; moving it does not', async () => {
        const model = await parseModel(readFileSync(new URL('north-locality.autonomy', examples), 'utf8'));
        const practiceById = new Map(model.practices.map(p => [p.id, p]));
        const options = resolveOptions();
        const cache = new InitiativeCache();
        const computed = (i: Initiative, byId = practiceById) => {
            let misses = 0;
            cache.figuresOf(i, byId, options, shapingKey(options), () => ({ id: `${misses++}` }) as unknown as InitiativeFigures);
            return misses === 1;
        };
        for (const initiative of model.initiatives) {
            expect(computed(initiative)).toBe(true);
            const leaves = leafPaths(initiative);
            expect(leaves.length).toBeGreaterThan(5);
            for (const path of leaves) {
                const changed = structuredClone(initiative);
                changeLeaf(changed, path);
                expect(computed(changed), `${initiative.id}.${path.join('.')}`).toBe(path[0] !== 'source');
            }
            // A field the domain model gains later counts the day it is added.
            expect(computed({ ...initiative, addedLater: 1 } as typeof initiative)).toBe(true);
            for (const id of initiative.participants) {
                const practice = practiceById.get(id)!;
                for (const path of leafPaths(practice)) {
                    const changed = structuredClone(practice);
                    changeLeaf(changed, path);
                    const others = new Map(practiceById).set(id, changed);
                    expect(computed(structuredClone(initiative), others), `${id}.${path.join('.')}`).toBe(path[0] !== 'source');
                }
            }
        }
    });

    test('a practice named "source" is a practice like any other', () => {
        const options = resolveOptions();
        const ids = ['source', 'b'];
        const practiceById = new Map(ids.map(id => [id, practice(id, 5_000)]));
        const cache = new InitiativeCache();
        const figures = (costs: number[]) => cache.figuresOf(initiative('J', ids, costs, [{ kind: 'fixed', amount: 1_000 }]), practiceById, options,
            shapingKey(options), () => ({ costs }) as unknown as InitiativeFigures) as unknown as { costs: number[] };
        expect(figures([100, 200]).costs).toEqual([100, 200]);
        expect(figures([300, 200]).costs).toEqual([300, 200]);
    });

    test('stays within its capacity, dropping the least recently used', () => {
        const options = resolveOptions();
        const practiceById = new Map([practice('a', 1_000), practice('b', 2_000)].map(p => [p.id, p]));
        const cache = new InitiativeCache(2);
        const made = (id: string) => initiative(id, ['a', 'b'], [1, 2], []);
        const figures = (id: string, version: string) =>
            (cache.figuresOf(made(id), practiceById, options, shapingKey(options), () => ({ id: version }) as unknown as InitiativeFigures) as unknown as { id: string }).id;
        figures('a', 'a');
        figures('b', 'b');
        figures('a', 'a2');
        figures('c', 'c');
        expect(cache.size).toBe(2);
        expect(figures('a', 'a3')).toBe('a');
        expect(figures('b', 'b2')).toBe('b2');
    });
});

describe('stableSplitForFindingsOnly', () => {
    const findingsOf = (model: DomainModel, forFindingsOnly: boolean) =>
        JSON.stringify(analyse(model, { stableSplitForFindingsOnly: forFindingsOnly }).findings);

    test.each(exampleFiles)('examples/%s: the same findings as with every stable split computed', async file => {
        const model = await parseModel(readFileSync(new URL(file, examples), 'utf8'));
        expect(findingsOf(model, true)).toBe(findingsOf(model, false));
    });

    test('generated models: the same findings, and a stable split only where a finding quotes it', () => {
        fc.assert(fc.property(twoInitiatives, model => {
            expect(findingsOf(model, true)).toBe(findingsOf(model, false));
            for (const i of analyse(model, { stableSplitForFindingsOnly: true }).initiatives) {
                if (i.stableSplit.state === 'computed') {
                    expect(i.charged.inCore).toBe(false);
                    expect(i.fair.inCore).not.toBe(true);
                    expect(i.coreEmpty).toBe(false);
                }
            }
        }), { ...runs, numRuns: 150 });
    });

    test('a game whose finding quotes the stable split still gets it', () => {
        // Found by search: step costs make the fair split unstable, the list-size charge too, yet the core is not empty.
        const model = modelOf({
            pops: [5_000, 3_000, 4_000, 6_000, 6_000],
            costs: [1_000_000, 900_000, 150_000, 1_000_000, 100_000],
            terms: [{ kind: 'fixed', amount: 300_000 }, { kind: 'per-step', amount: 100_000, stepSize: 5_000 }]
        });
        const light = analyse(model, { stableSplitForFindingsOnly: true });
        const full = analyse(model);
        expect(light.initiatives[0].coreEmpty).toBe(false);
        expect(light.initiatives[0].stableSplitMethod).toBe(full.initiatives[0].stableSplitMethod);
        const quoted = light.findings.find(f => f.code === 'charged-split-outside-core');
        expect(quoted?.message).toContain(`the ${full.initiatives[0].stableSplitMethod} split is`);
        expect(JSON.stringify(light.findings)).toBe(JSON.stringify(full.findings));
    });
});

/** Every path to a primitive value inside `value`. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (value !== null && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
    }
    return [path];
}

/** Changes the primitive at `path` to a different value of the same kind. */
function changeLeaf(root: object, path: (string | number)[]): void {
    let parent = root as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) {
        parent = parent[step] as Record<string | number, unknown>;
    }
    const last = path[path.length - 1];
    const old = parent[last];
    parent[last] = typeof old === 'number' ? old + 1 : typeof old === 'string' ? `${old}x` : typeof old === 'boolean' ? !old : 0;
}
