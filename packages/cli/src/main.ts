import { CliError, EXIT_OK, EXIT_USAGE } from './errors.js';
import { neutraliseOutput, printable } from './formats/terminal-text.js';
import { HELP } from './help.js';
import { type CliIO, forgetInputs, processIO } from './io.js';
import { takeRootOption } from './root-option.js';
import { cliVersion } from './version.js';

type Command = (args: string[], io: CliIO) => Promise<number>;

// Loaded on demand: `validate` need not pay for the PDF and chart libraries `report` uses.
const COMMANDS: Record<string, () => Promise<Command>> = {
    validate: async () => (await import('./commands/validate.js')).validateCommand,
    analyse: async () => (await import('./commands/analyse.js')).analyseCommand,
    report: async () => (await import('./commands/report.js')).reportCommand,
    deal: async () => (await import('./commands/deal.js')).dealCommand,
    sensitivity: async () => (await import('./commands/sensitivity.js')).sensitivityCommand,
    compare: async () => (await import('./commands/compare.js')).compareCommand,
    lsp: async () => (await import('./commands/lsp.js')).lspCommand
};

/** Exit code for a failure that is a bug in autonomy rather than a problem with the input. */
export const EXIT_INTERNAL = 3;

/**
 * Runs one command line and returns the exit code. Nothing escapes as an
 * exception: bad input is a one-line message, and anything unexpected is
 * reported as a bug (with the stack only when AUTONOMY_DEBUG is set).
 */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
    forgetInputs();
    try {
        return await dispatch(argv, io);
    } catch (error) {
        if (error instanceof CliError) {
            for (const line of error.message.split('\n')) {
                io.stderr.write(neutraliseOutput(`autonomy: ${line}`) + '\n');
            }
            return error.exitCode;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(`autonomy: internal error: ${printable(message)}. This is a bug in autonomy, not in your model: please report it with the model that caused it (set AUTONOMY_DEBUG=1 for details).\n`);
        if (io.env.AUTONOMY_DEBUG && error instanceof Error && error.stack) {
            io.stderr.write(error.stack + '\n');
        }
        return EXIT_INTERNAL;
    }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help') {
        io.stdout.write(HELP.main);
        return first === undefined ? EXIT_USAGE : EXIT_OK;
    }
    if (first === '-v' || first === '--version') {
        io.stdout.write(cliVersion() + '\n');
        return EXIT_OK;
    }
    if (first === 'help') {
        const topic = rest[0] && HELP[rest[0]] ? rest[0] : 'main';
        io.stdout.write(HELP[topic]);
        return EXIT_OK;
    }
    const load = COMMANDS[first === 'analyze' ? 'analyse' : first];
    if (!load) {
        throw new CliError(`unknown command '${first}'. The commands are ${Object.keys(COMMANDS).join(', ')}; run \`autonomy --help\` for usage.`);
    }
    if (rest.includes('-h') || rest.includes('--help')) {
        io.stdout.write(HELP[first === 'analyze' ? 'analyse' : first]);
        return EXIT_OK;
    }
    const command = await load();
    const { args, root } = takeRootOption(rest, io.cwd);
    return command(args, { ...io, root });
}
