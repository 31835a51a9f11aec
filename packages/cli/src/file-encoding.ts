import { CliError } from './errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/** How far into a file to look for the NUL bytes of UTF-16 or of binary data. */
const SNIFF_BYTES = 4096;

/**
 * The text of a model file, which must be UTF-8 (a leading byte-order mark is
 * dropped). Anything else is refused with one message saying how to save it,
 * rather than read as garbage: decoded UTF-16 would yield a lexing error for
 * every other byte, each echoing raw NUL bytes into the terminal.
 * `where` names the file for the message.
 */
export function decodeModel(bytes: Uint8Array, where: () => string): string {
    const encoding = utf16Encoding(bytes);
    if (encoding) {
        throw new CliError(`${where()}: this file is ${encoding}; save it as UTF-8 (in most editors: "Save with encoding", then UTF-8).`);
    }
    if (bytes.subarray(0, SNIFF_BYTES).includes(0)) {
        throw new CliError(`${where()}: this file holds binary data (NUL bytes), not a model. Name a .autonomy text file.`);
    }
    try {
        return UTF8.decode(bytes);
    } catch {
        const line = lineOfFirstInvalidByte(bytes);
        throw new CliError(`${where()}: this file is not UTF-8 (the first byte that is not UTF-8 is on line ${line}; perhaps a £ saved as Windows-1252 or Latin-1); save it as UTF-8.`);
    }
}

/** 'UTF-16' (with its byte order) when the file starts with a UTF-16 byte-order mark or has the NUL pattern of UTF-16 text. */
function utf16Encoding(bytes: Uint8Array): string | undefined {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        return 'UTF-16 (little-endian)';
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        return 'UTF-16 (big-endian)';
    }
    // Without a mark: ASCII text in UTF-16 has a NUL in every other byte.
    const sample = bytes.subarray(0, SNIFF_BYTES - (SNIFF_BYTES % 2));
    const pairs = Math.floor(sample.length / 2);
    if (pairs < 2) {
        return undefined;
    }
    let evenNuls = 0;
    let oddNuls = 0;
    for (let i = 0; i + 1 < sample.length; i += 2) {
        evenNuls += sample[i] === 0 ? 1 : 0;
        oddNuls += sample[i + 1] === 0 ? 1 : 0;
    }
    if (oddNuls >= pairs * 0.9 && evenNuls === 0) {
        return 'UTF-16 (little-endian)';
    }
    if (evenNuls >= pairs * 0.9 && oddNuls === 0) {
        return 'UTF-16 (big-endian)';
    }
    return undefined;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
    // A newline byte never occurs inside a UTF-8 sequence, so each line decodes on its own.
    let line = 1;
    for (let start = 0; start <= bytes.length; line++) {
        const newline = bytes.indexOf(0x0a, start);
        const end = newline < 0 ? bytes.length : newline;
        try {
            UTF8.decode(bytes.subarray(start, end));
        } catch {
            return line;
        }
        start = end + 1;
    }
    return line;
}
