// Benchmark: a generated 50-practice federation (six networks in one
// federation, an initiative per network and one across the federation)
// rendered to a PDF briefing. Goal: under 3 seconds on this machine.
// Prints the figures; asserts nothing. Run with `npm run bench:report`
// (REPORT_BENCH_PDF=file.pdf also writes the PDF, to look at it).
import { loadavg } from 'node:os';
import { analyse, SeededRandom } from '@autonomy/analysis';
import { buildReport, renderHtml, renderPdf } from '@autonomy/report';

const PRACTICES = Number(process.argv[2] ?? 50);
const NETWORKS = 6;
const RUNS = Number(process.env.RUNS ?? 5);
const GOAL_MS = 3000;

/** Seeded, so every run measures the same model. */
function seeded(seed) {
    const generator = new SeededRandom(seed);
    return () => generator.next();
}

function federationModel(size) {
    const random = seeded(42);
    const between = (lo, hi) => Math.round(lo + random() * (hi - lo));
    const practices = Array.from({ length: size }, (_, i) => ({
        id: `P${i + 1}`,
        title: `Practice ${i + 1} Medical Centre`,
        listSize: between(3000, 16000),
        gap: between(5_000, 30_000) * 100,
        crisisRisk: between(10, 50) / 100,
        believesAloneUnsustainable: random() < 0.7
    }));
    const networks = Array.from({ length: NETWORKS }, (_, n) => ({
        id: `N${n + 1}`, title: `Network ${n + 1} PCN`, kind: 'network',
        members: practices.filter((_, i) => i % NETWORKS === n).map(p => p.id),
        decisionRule: 'consensus', speaksForMembers: true
    }));
    const federation = { id: 'Fed', title: 'Locality GP Federation', kind: 'federation', members: networks.map(n => n.id), decisionRule: 'delegated', speaksForMembers: true };
    const costs = ids => Object.fromEntries(ids.map(id => [id, between(8_000, 40_000) * 100]));
    const initiatives = networks.flatMap(n => [
        {
            id: `${n.id}Docs`, title: `${n.title} document hub`, collective: n.id, participants: n.members,
            cessions: [{ domain: 'documents', degree: 1 }], currentCosts: costs(n.members),
            sharedCost: [{ kind: 'fixed', amount: 3_000_000 }, { kind: 'per-patient', amount: 150 }],
            charging: { kind: 'list-size' }, sharing: 'fair', coalitionValues: [], transfers: []
        },
        {
            id: `${n.id}Visits`, title: `${n.title} home visiting`, collective: n.id, participants: n.members,
            cessions: [{ domain: 'visiting', degree: 0.5 }], currentCosts: costs(n.members),
            sharedCost: [{ kind: 'per-step', amount: 5_500_000, stepSize: 20_000 }],
            charging: { kind: 'equal' }, sharing: 'as-charged', coalitionValues: [], transfers: []
        }
    ]);
    const all = practices.map(p => p.id);
    initiatives.push({
        id: 'FedFinance', title: 'Federation single accountant', collective: 'Fed', participants: all,
        cessions: [{ domain: 'finance', degree: 1 }], currentCosts: costs(all),
        sharedCost: [{ kind: 'fixed', amount: 20_000_000 }, { kind: 'per-patient', amount: 50 }],
        charging: { kind: 'list-size' }, sharing: 'fair', coalitionValues: [], transfers: []
    });
    const trust = practices.flatMap((p, i) => [networks[i % NETWORKS].id, 'Fed'].map(collective => ({
        practice: p.id, collective, credibility: between(3, 9), reliability: between(3, 9), intimacy: between(2, 8), selfOrientation: between(1, 6)
    })));
    return {
        settings: { title: `Generated federation of ${size} practices`, currency: '£', horizonYears: 5, trustThreshold: 3 },
        domains: [
            { id: 'clinical', title: 'Clinical care', weight: 5 }, { id: 'documents', title: 'Document workflow', weight: 2 },
            { id: 'visiting', title: 'Home visiting', weight: 3 }, { id: 'finance', title: 'Accountancy', weight: 1 }
        ],
        practices, collectives: [...networks, federation], trust, initiatives,
        mergers: [{ id: 'Merge1', title: 'Network 1 super-partnership', practices: networks[0].members, saving: 15_000_000 }],
        partners: [{ id: 'Acute', title: 'County Hospital', population: practices.reduce((n, p) => n + p.listSize, 0) }]
    };
}

const model = federationModel(PRACTICES);
const diagnostics = [];
let t = performance.now();
const analysis = analyse(model);
const analyseMs = performance.now() - t;

const times = [];
const outFile = process.env.REPORT_BENCH_PDF;
let bytes = 0;
let pages = 0;
let coldCpuMs = 0;
for (let run = 0; run < RUNS; run++) {
    t = performance.now();
    const cpu = process.cpuUsage();
    const doc = buildReport({ model, analysis, diagnostics, date: '2026-01-01' });
    const pdf = await renderPdf(doc);
    times.push(performance.now() - t);
    if (run === 0) {
        const used = process.cpuUsage(cpu);
        coldCpuMs = (used.user + used.system) / 1000;
    }
    bytes = pdf.byteLength;
    if (outFile && run === 0) (await import('node:fs')).writeFileSync(outFile, pdf);
    pages = (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}
t = performance.now();
const html = await renderHtml(buildReport({ model, analysis, diagnostics, date: '2026-01-01' }));
const htmlMs = performance.now() - t;

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`report bench: ${PRACTICES} practices, ${model.collectives.length} collectives, ${model.initiatives.length} initiatives`);
console.log(`  analyse (not part of the goal)     ${analyseMs.toFixed(0)} ms`);
console.log(`  build + PDF, first (cold) run      ${times[0].toFixed(0)} ms wall, ${coldCpuMs.toFixed(0)} ms CPU`);
console.log(`  build + PDF, median of ${RUNS} runs     ${median.toFixed(0)} ms   (min ${sorted[0].toFixed(0)}, max ${sorted[sorted.length - 1].toFixed(0)})`);
console.log(`  PDF size                           ${(bytes / 1024).toFixed(0)} KiB, ${pages} pages`);
console.log(`  build + HTML                       ${htmlMs.toFixed(0)} ms, ${(html.length / 1024).toFixed(0)} KiB`);
console.log(`  machine load average (1 min)       ${loadavg()[0].toFixed(1)} on 2 cores: other work inflates these figures`);
console.log(`  goal: cold PDF under ${GOAL_MS} ms -> wall clock ${times[0] < GOAL_MS ? 'met' : 'MISSED'}, CPU time ${coldCpuMs < GOAL_MS ? 'met' : 'MISSED'}`);
