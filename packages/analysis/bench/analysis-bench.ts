/**
 * Speed figures for the analysis engine (DOMAIN.md targets: exact Shapley for
 * 20 participants under 1 s; the whole analysis of a 50-practice federation
 * under 2 s). Prints a table; asserts nothing. Run: npm run bench:analysis
 */
import type { DomainModel, Initiative, Practice } from '@autonomy/domain';
import { loadavg } from 'node:os';
import { analyse } from '../src/analyse.js';
import { allValues, buildGame, type Game, valueOf } from '../src/coalition-value.js';
import { mostViolated } from '../src/core.js';
import { apportion } from '../src/apportion.js';
import { dealMoney } from '../src/deal.js';
import { exactLeastCore } from '../src/exact-least-core.js';
import { nucleolus } from '../src/nucleolus.js';
import { format } from '../src/rational.js';
import { votingPower } from '../src/voting-power.js';
import { defaultSamples } from '../src/options.js';
import { SeededRandom } from '../src/random.js';
import { exactShapley } from '../src/shapley-exact.js';
import { sensitivityBenchLines } from './sensitivity-bench.js';
import { monteCarloShapley } from '../src/shapley-monte-carlo.js';

interface Row {
    what: string;
    size: string;
    ms: number;
    note: string;
}

const rows: Row[] = [];
const random = new SeededRandom(2024);

/** Median CPU time (user + system) of `runs` runs after one warm-up: the machine is shared, so wall time would measure the neighbours. */
function cpuTime<T>(runs: number, work: () => T): { ms: number; value: T } {
    return median(runs, work, () => {
        const used = process.cpuUsage();
        return (used.user + used.system) / 1000;
    });
}

function verdict(what: string, ms: number, target: number): string {
    return `${ms < target ? 'PASS' : 'MISS'}  ${what}: ${ms.toFixed(1)} ms CPU against a target of ${target.toLocaleString('en-GB')} ms`;
}

/** Median of `runs` timings, after one warm-up run. */
function time<T>(runs: number, work: () => T): { ms: number; value: T } {
    return median(runs, work, () => performance.now());
}

/** Median of `runs` readings of `clock` (ms) around `work`, after one warm-up run. */
function median<T>(runs: number, work: () => T, clock: () => number): { ms: number; value: T } {
    let value = work();
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
        const start = clock();
        value = work();
        times.push(clock() - start);
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], value };
}

function practices(n: number): Practice[] {
    return Array.from({ length: n }, (_, i) => ({
        id: `P${i}`, title: `Practice ${i}`, listSize: 3_000 + random.nextBelow(12_000), gap: 1_000_000 + random.nextBelow(2_000_000),
        crisisRisk: 0.1 + random.nextBelow(40) / 100, believesAloneUnsustainable: random.nextBelow(4) > 0
    }));
}

function hub(id: string, members: Practice[], collective?: string): Initiative {
    return {
        id, title: `Hub ${id}`, participants: members.map(p => p.id), cessions: [{ domain: 'documents', degree: 1 }],
        currentCosts: Object.fromEntries(members.map(p => [p.id, Math.round(p.listSize * (400 + random.nextBelow(300)))])),
        sharedCost: [{ kind: 'fixed', amount: 3_000_000 }, { kind: 'per-patient', amount: 150 }, { kind: 'per-step', amount: 5_500_000, stepSize: 20_000 }],
        charging: { kind: 'list-size' }, sharing: 'fair', coalitionValues: [], transfers: [],
        ...(collective ? { collective } : {})
    };
}

function game(n: number): Game {
    const ps = practices(n);
    return buildGame(hub('G', ps), new Map(ps.map(p => [p.id, p])));
}

for (const n of [10, 15, 20]) {
    const g = game(n);
    const { ms } = time(3, () => exactShapley(allValues(g), n));
    rows.push({ what: 'exact Shapley (subset enumeration)', size: `n = ${n}`, ms, note: `${(2 ** n).toLocaleString('en-GB')} coalitions` });
}

for (const [n, samples] of [[50, defaultSamples(50)], [50, 20_000], [200, defaultSamples(200)], [200, 20_000], [10_000, defaultSamples(10_000)]]) {
    const g = game(n);
    const grand = valueOf(g, g.ids.map((_, i) => i));
    const { ms, value } = time(n > 1_000 ? 1 : 3, () => monteCarloShapley(g, grand, samples, 1));
    const maxSe = Math.max(...value.standardErrors);
    const meanShare = value.values.reduce((a, b) => a + Math.abs(b), 0) / n;
    rows.push({
        what: 'Monte Carlo Shapley', size: `n = ${n.toLocaleString('en-GB')}`, ms,
        note: `${samples.toLocaleString('en-GB')} permutations${samples === defaultSamples(n) ? ' (default)' : ''}; `
            + `largest standard error £${(maxSe / 100).toFixed(2)} = ${((100 * maxSe) / Math.max(1, meanShare)).toFixed(1)}% of the mean share`
    });
}

for (const n of [10, 12, 15]) {
    const g = game(n);
    const values = allValues(g);
    const core = time(3, () => mostViolated(values, n, Array.from({ length: n }, () => values[values.length - 1] / n)));
    rows.push({ what: 'core check (exhaustive)', size: `n = ${n}`, ms: core.ms, note: `${(2 ** n - 1).toLocaleString('en-GB')} coalitions` });
    const lc = time(3, () => exactLeastCore(n, values));
    rows.push({ what: 'least-core LP (exact, column generation)', size: `n = ${n}`, ms: lc.ms, note: lc.value.status === 'computed' ? `e* = ${format(lc.value.epsilon)} pence` : lc.value.status });
}
for (const n of [6, 8, 10, 12]) {
    const g = game(n);
    const values = allValues(g);
    const nu = time(1, () => nucleolus(n, values));
    rows.push({ what: 'nucleolus (exact sequential LPs)', size: `n = ${n}`, ms: nu.ms, note: nu.value.status });
}

{
    const ps = practices(20);
    const single: DomainModel = { ...federationModel(50), practices: ps, collectives: [], trust: [], initiatives: [hub('Twenty', ps)], mergers: [] };
    const twenty = time(3, () => analyse(single));
    rows.push({ what: 'whole analysis, one 20-participant initiative', size: 'n = 20', ms: twenty.ms, note: 'exact Shapley + core checks + least-core LP (the default exact limit)' });
}

// Decision support (DOMAIN.md items 13-15, 18), against the issue's targets, in CPU time.
const targets: string[] = [];
{
    const ps = practices(20);
    // Without the step cost the game is convex, so the core is not empty and the deal must keep all 2^20 coalitions in.
    const g = buildGame({ ...hub('Deal', ps), sharedCost: [{ kind: 'fixed', amount: 3_000_000 }, { kind: 'per-patient', amount: 150 }] }, new Map(ps.map(p => [p.id, p])));
    const values = allValues(g);
    const core = exactLeastCore(20, values);
    const coreEmpty = core.status === 'computed' ? core.epsilon.n > 0n : null;
    const N = values[values.length - 1];
    // Charged equally: the larger practices gain most, the small ones may lose; the deal must move money.
    const charged = apportion(N, ps.map(() => 1)).map((share, i) => share + (i % 2 === 0 ? 5_000_00 : -5_000_00));
    const deal = cpuTime(3, () => dealMoney({ ids: g.ids, charged, netSaving: N, values, coreEmpty, fairCompensation: charged.map(() => 0) }));
    const lc = cpuTime(3, () => exactLeastCore(20, values));
    rows.push({ what: 'exact least core (rational LP, column generation)', size: 'n = 20', ms: lc.ms, note: lc.value.status === 'computed' ? `e* = ${format(lc.value.epsilon)} pence (CPU time)` : lc.value.status });
    rows.push({ what: 'the deal (exact LP + fewest payments)', size: 'n = 20', ms: deal.ms, note: `${deal.value.status === 'deal' ? `${deal.value.payments.length} payments, core ${coreEmpty ? 'empty' : 'not empty'}` : deal.value.status} (CPU time)` });
    targets.push(verdict('the deal for a 20-participant initiative', deal.ms, 1_000));
}
{
    const sizes = practices(25).map(p => p.listSize);
    const power = cpuTime(3, () => votingPower(sizes.map((w, i) => ({ member: `M${i}`, weight: w, listSize: w }))));
    rows.push({ what: 'voting power, weighted by list size (DP over weights)', size: '25 members', ms: power.ms, note: `quota ${power.value.status === 'computed' ? power.value.quota.toLocaleString('en-GB') : '-'} (CPU time)` });
    targets.push(verdict('voting power for 25 members', power.ms, 100));
}

const federation = federationModel(50);
const whole = time(3, () => analyse(federation));
rows.push({
    what: 'whole analysis, 50-practice federation', size: '50 practices', ms: whole.ms,
    note: `${federation.initiatives.length} initiatives (one of all 50 by Monte Carlo), ${whole.value.findings.length} findings`
});

/** 5 networks of 10 under one federation that speaks for them; a hub per network and one for the whole federation. */
function federationModel(n: number): DomainModel {
    const ps = practices(n);
    const networks = Array.from({ length: n / 10 }, (_, k) => ps.slice(k * 10, k * 10 + 10));
    return {
        settings: { title: 'Generated federation', currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [{ id: 'documents', title: 'Documents', weight: 2 }, { id: 'clinical', title: 'Clinical', weight: 5 }],
        practices: ps,
        collectives: [
            ...networks.map((members, k) => ({
                id: `N${k}`, title: `Network ${k}`, kind: 'network' as const, members: members.map(p => p.id),
                decisionRule: k % 2 === 0 ? 'consensus' as const : 'majority-vote' as const, speaksForMembers: false
            })),
            { id: 'F', title: 'Federation', kind: 'federation', members: networks.map((_, k) => `N${k}`), decisionRule: 'delegated', speaksForMembers: true }
        ],
        trust: ps.flatMap((p, i) => [
            { practice: p.id, collective: 'F', credibility: 3 + (i % 7), reliability: 4, intimacy: 3, selfOrientation: 1 + (i % 5) },
            { practice: p.id, collective: `N${Math.floor(i / 10)}`, credibility: 6, reliability: 6, intimacy: 5, selfOrientation: 2 + (i % 4) }
        ]),
        initiatives: [...networks.map((members, k) => hub(`H${k}`, members, `N${k}`)), hub('FedHub', ps, 'F')],
        mergers: [{ id: 'M', title: 'Merger', practices: ps.map(p => p.id), saving: 50_000_000 }],
        partners: [{ id: 'Trust', title: 'Acute trust', population: 600_000 }]
    };
}

const fmt = (ms: number): string => ms.toFixed(ms < 10 ? 2 : 1);
const width = (key: keyof Row, min: number): number => Math.max(min, ...rows.map(r => String(key === 'ms' ? fmt(r.ms) : r[key]).length));
const w = { what: width('what', 4), size: width('size', 4), ms: width('ms', 7) };
console.log(`Analysis benchmark  (node ${process.version}, load average ${loadavg().map(l => l.toFixed(2)).join(' ')}; median of 3 runs)`);
console.log(`${'what'.padEnd(w.what)}  ${'size'.padEnd(w.size)}  ${'ms'.padStart(w.ms)}  note`);
console.log(`${'-'.repeat(w.what)}  ${'-'.repeat(w.size)}  ${'-'.repeat(w.ms)}  ----`);
for (const r of rows) {
    console.log(`${r.what.padEnd(w.what)}  ${r.size.padEnd(w.size)}  ${fmt(r.ms).padStart(w.ms)}  ${r.note}`);
}
console.log('');
for (const line of targets) {
    console.log(line);
}
{
    const fed = federationModel(50);
    // Without the federation-wide hub every initiative is exact, so every verdict-input pair is searched.
    const networksOnly = { ...fed, initiatives: fed.initiatives.filter(i => i.id !== 'FedHub') };
    for (const line of [
        ...sensitivityBenchLines(fed, '50-practice federation (one run after a warm-up)'),
        ...sensitivityBenchLines(networksOnly, 'the same federation without its 50-practice hub (every initiative exact)')
    ]) {
        console.log(line);
    }
}
