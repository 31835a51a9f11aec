import { writeFileSync } from 'node:fs';

/**
 * Runs the test-electron integration suite inside this extension host when the
 * environment asks for it. code-server refuses --extensionTestsPath, but its
 * environment reaches the extension host; the end-to-end test uses this to run
 * the same suite in a real VS Code on machines that cannot download one.
 * Does nothing unless AUTONOMY_IN_HOST_SUITE and AUTONOMY_IN_HOST_RESULTS are set.
 */
export function runInHostSuiteIfAsked(): void {
    const suite = process.env['AUTONOMY_IN_HOST_SUITE'];
    const results = process.env['AUTONOMY_IN_HOST_RESULTS'];
    if (!suite || !results) {
        return;
    }
    setTimeout(() => {
        // A path chosen at run time: esbuild leaves this require to Node.
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
        const loaded = require(suite) as { run(): Promise<{ lines: string[] }> };
        void loaded.run().then(
            passed => ({ ok: true, output: passed.lines }),
            (failure: { message?: string; lines?: string[] }) => ({ ok: false, error: failure.message ?? JSON.stringify(failure), output: failure.lines ?? [] })
        ).then(outcome => writeFileSync(results, JSON.stringify(outcome, null, 2)));
    }, 0);
}
