/**
 * `npm run test:stress`: the long language-server stress session (several
 * thousand operations), too slow for the main test suite. Prints a summary
 * and exits non-zero when the server failed any of the session's checks.
 *
 *   node dist/stress.js [--operations 5000] [--seed 11]
 */
import { runStressSession } from './stress-session.js';

const argv = process.argv.slice(2);
const get = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : fallback;
};
const operations = Number(get('operations', '5000'));
const seed = Number(get('seed', '11'));

const report = await runStressSession({ operations, seed, lines: 2500, log: line => console.log(line) });
const growth = report.afterFirstHundredEdits && report.atEnd ? report.atEnd.heapUsedMb / report.afterFirstHundredEdits.heapUsedMb : undefined;
console.log(JSON.stringify({ ...report, failures: report.failures.slice(0, 20), outOfRange: report.outOfRange.slice(0, 20) }, null, 2));
const problems = [
    ...report.failures,
    ...report.outOfRange.map(d => `diagnostic outside its document: ${d}`),
    ...(report.serverAlive ? [] : ['the server was not running at the end']),
    ...(growth === undefined ? ['memory was not measured'] : growth > 1.2 ? [`heap after GC grew ${Math.round((growth - 1) * 100)}% from the first hundred edits to the end (limit 20%)`] : [])
];
console.log(`\n${report.operations} operations (${report.edits} edits, ${report.syntaxBreaks} breaking the syntax, ${report.repairs} repairs, ${report.hovers} hovers, ${report.completions} completions, ${report.formats} formats) in ${Math.round(report.durationMs / 1000)} s`);
console.log(`server heap after GC: ${report.afterFirstHundredEdits?.heapUsedMb} MB after 100 edits, ${report.atEnd?.heapUsedMb} MB at the end; RSS ${report.afterFirstHundredEdits?.rssMb} -> ${report.atEnd?.rssMb} MB`);
console.log(problems.length === 0 ? 'PASS' : `FAIL (${problems.length} problems):\n${problems.slice(0, 20).join('\n')}`);
process.exitCode = problems.length === 0 ? 0 : 1;
