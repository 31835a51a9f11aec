/**
 * The fuzz worker: runs inputs through every stage in-process (robustness-harness.ts)
 * and tells the parent when each starts, so the parent can kill it on a hang.
 */
import { checkInput, createHarness, type Harness, parsesCleanly } from '../robustness-harness.js';
import { categoryOf, type FuzzJob, type WorkerMessage } from './fuzz-protocol.js';
import { fuzzInput } from './fuzz-inputs.js';
import { minimise } from './minimise.js';

function send(message: WorkerMessage): void {
    process.send?.(message);
}

async function check(harness: Harness, text: string, job: FuzzJob, pdf: boolean): Promise<string[]> {
    const clean = parsesCleanly(harness, text);
    // The budget is CPU time: on a machine shared with other jobs, wall time says more about the load than the input.
    const started = process.cpuUsage();
    const problems = await checkInput(harness, [{ path: 'fuzz.autonomy', text }],
        { format: true, formatterContract: clean, budgetMs: Number.MAX_SAFE_INTEGER, pdf });
    const used = process.cpuUsage(started);
    const cpuMs = (used.user + used.system) / 1000;
    return cpuMs > job.budgetMs ? [...problems, `took ${Math.round(cpuMs)} ms of CPU time, over the ${job.budgetMs} ms budget`] : problems;
}

async function run(job: FuzzJob): Promise<void> {
    const harness = createHarness();
    for (let index = job.from; index < job.to; index++) {
        send({ type: 'start', index });
        const input = fuzzInput(job.seed, index);
        const started = process.cpuUsage();
        const problems = await check(harness, input.text, job, job.pdfEvery > 0 && index % job.pdfEvery === 0);
        const cpu = process.cpuUsage(started);
        if (problems.length > 0) {
            const category = categoryOf(problems);
            const stillFails = async (candidate: string) => {
                const again = await check(harness, candidate, job, false);
                return again.length > 0 && categoryOf(again) === category;
            };
            // A slow input is not shrunk here: each try could take the whole budget.
            const minimal = category === 'hang' ? input.text : await minimise(input.text, stillFails);
            send({ type: 'finding', finding: { index, kind: input.kind, category, problems, text: input.text, minimal } });
        }
        send({ type: 'done', index, cpuMs: (cpu.user + cpu.system) / 1000, kind: input.kind });
    }
    process.exit(0);
}

// The parent stopped (Ctrl-C, a time limit): stop too rather than run on unseen.
process.once('disconnect', () => process.exit(0));

process.once('message', (job: FuzzJob) => {
    void run(job);
});
