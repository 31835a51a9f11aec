import type { CliIO } from './io.js';

export interface Palette {
    red(text: string): string;
    yellow(text: string): string;
    blue(text: string): string;
    green(text: string): string;
    dim(text: string): string;
    bold(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/**
 * Colour only for a person at a terminal: never when output is piped or
 * redirected, never when NO_COLOR is set (https://no-color.org). FORCE_COLOR
 * turns it on regardless, so colour output can be tested.
 */
export function paletteFor(io: CliIO, toFile = false): Palette {
    const forced = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0';
    const disabled = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
    const enabled = !toFile && (forced || (!disabled && io.stdout.isTTY === true));
    if (!enabled) {
        return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain };
    }
    return { red: ansi(31, 39), yellow: ansi(33, 39), blue: ansi(34, 39), green: ansi(32, 39), dim: ansi(2, 22), bold: ansi(1, 22) };
}
