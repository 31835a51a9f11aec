import { parseArgs, type ParseArgsConfig } from 'node:util';
import { reportFormatNamed } from '@autonomy/report';
import { CliError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs, with its errors turned into one line that says how to
 * get the command's help.
 */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
        const reason = (error as Error).message.split('. ')[0].replace(/\.$/, '');
        throw new CliError(`${command}: ${reason}. Run \`autonomy ${command} --help\` for the options.`);
    }
}

/** Checks an option's value against the allowed ones. */
export function oneOf<T extends string>(command: string, option: string, value: string, allowed: readonly T[]): T {
    if (!(allowed as readonly string[]).includes(value)) {
        throw new CliError(`${command}: --${option} must be one of ${allowed.join(', ')}, not '${value}'.`);
    }
    return value as T;
}

/** A --format value: one of `allowed`, by its own name or an alias people type (`md` for `markdown`). */
export function oneFormat<T extends string>(command: string, typed: string, allowed: readonly T[]): T {
    return oneOf(command, 'format', reportFormatNamed(typed) ?? typed, allowed);
}
