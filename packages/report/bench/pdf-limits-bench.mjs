// Benchmark cases for issue 11 ("reports of any size and any text"), each in
// its own process so its peak memory is its own:
//   long-title: a model whose title is 20,000 characters with no spaces
//     (before: 33 s and 1.7 GB for the PDF); goal: PDF under 3 s CPU, under 300 MB.
//   large-locality: the benchmark generator's 50,000-line locality, 3,477
//     practices (before: 47 s and 2.3 GB); goal: PDF under 10 s CPU, under 600 MB.
// Prints the figures and PASS/MISS against each goal; asserts nothing.
// Needs packages/bench built (npm run bench:report builds it).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CASES = {
    'long-title': { goalCpuMs: 3000, goalMb: 300 },
    'large-locality': { goalCpuMs: 10_000, goalMb: 600 }
};

const which = process.env.BENCH_CASE;
if (which) {
    console.log(JSON.stringify(await runCase(which)));
} else {
    for (const [name, goal] of Object.entries(CASES)) {
        const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_CASE: name }, encoding: 'utf8', maxBuffer: 1 << 26 });
        const line = child.stdout.trim().split('\n').pop() ?? '';
        if (child.status !== 0 || !line.startsWith('{')) {
            console.log(`report limits bench: ${name} FAILED to run: ${(child.stderr || child.stdout).split('\n').slice(0, 3).join(' ')}`);
            continue;
        }
        const r = JSON.parse(line);
        console.log(`report limits bench: ${name} (${r.description})`);
        for (const e of r.editions) {
            console.log(`  build + PDF, ${e.edition} edition`.padEnd(40) + `${e.pdfCpuMs.toFixed(0)} ms CPU, ${e.pdfWallMs.toFixed(0)} ms wall, ${e.pages} pages, ${(e.bytes / 1024).toFixed(0)} KiB`);
        }
        const worst = Math.max(...r.editions.map(e => e.pdfCpuMs));
        console.log(`  peak resident memory of the process     ${r.peakMb.toFixed(0)} MB (includes parsing and analysing the model: ${r.parseNote})`);
        console.log(`  goal: CPU under ${goal.goalCpuMs} ms per edition -> ${worst < goal.goalCpuMs ? 'PASS' : 'MISS'}; memory under ${goal.goalMb} MB -> ${r.peakMb < goal.goalMb ? 'PASS' : 'MISS'}`);
    }
}

async function runCase(name) {
    const { analyse } = await import('@autonomy/analysis');
    const { buildReport, renderPdf } = await import('@autonomy/report');
    const { createAutonomyServices } = await import('@autonomy/language');
    const { EmptyFileSystem } = await import('langium');
    const { generateModel } = await import('../../bench/dist/generate-model.js');
    const { buildDocuments } = await import('../../bench/dist/in-memory-workspace.js');
    const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
    let files;
    let description;
    if (name === 'long-title') {
        const generated = generateModel({ lines: 400, seed: 1, singleFile: true });
        const text = generated.files[0].text.replace(/^model "[^"]*"/m, `model "${'A'.repeat(20_000)}"`);
        files = [{ path: 'long-title.autonomy', text }];
        description = '400-line model, title of 20,000 characters with no spaces';
    } else {
        const generated = generateModel({ lines: 50_000, seed: 1 });
        files = generated.files;
        description = `${generated.lines.toLocaleString('en-GB')} lines, ${generated.practices.toLocaleString('en-GB')} practices, ${generated.initiatives.toLocaleString('en-GB')} initiatives`;
    }
    const documents = await buildDocuments(shared, files);
    const entry = documents.find(d => d.uri.path.endsWith(name === 'long-title' ? 'long-title.autonomy' : 'locality.autonomy'));
    const model = Autonomy.model.DomainModelBuilder.build(entry);
    if (name === 'long-title' && model.settings.title.length < 20_000) throw new Error('the long title did not reach the model');
    const analysis = analyse(model);
    const editions = [];
    for (const edition of ['analyst', 'partners']) {
        const cpu = process.cpuUsage();
        const start = performance.now();
        const pdf = await renderPdf(buildReport({ model, analysis, diagnostics: [], date: '2026-01-01', edition }));
        const used = process.cpuUsage(cpu);
        editions.push({
            edition,
            pdfCpuMs: (used.user + used.system) / 1000,
            pdfWallMs: performance.now() - start,
            bytes: pdf.byteLength,
            pages: (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
        });
    }
    return { description, editions, peakMb: process.resourceUsage().maxRSS / 1024, parseNote: `${files.length} files` };
}
