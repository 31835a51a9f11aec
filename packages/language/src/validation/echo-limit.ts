/**
 * The most of a model file any message may echo: one line of this many
 * characters. A file can hold a megabyte on one line (an unterminated string),
 * or text a CI log should not show in full.
 */
export const ECHO_LIMIT = 200;

// Text the parser and lexer quote from the file: `...`, '...', "..." and ->...<-.
const QUOTED = /`[^`]*`|'[^']*'|"[^"]*"|->[\s\S]*?<-/g;

/**
 * A message with every quotation from the file cut to one line of at most
 * ECHO_LIMIT characters, and the whole kept to a few lines' worth.
 */
export function clipEcho(message: string): string {
    const clipped = message.replace(QUOTED, quote => clipLine(quote, ECHO_LIMIT));
    return clipped.length > 10 * ECHO_LIMIT ? clipLine(clipped, 10 * ECHO_LIMIT) : clipped;
}

/** The first line of `text`, at most `limit` characters, marking what was left out. */
export function clipLine(text: string, limit = ECHO_LIMIT): string {
    const newline = text.search(/\r?\n/);
    const line = newline < 0 ? text : text.slice(0, newline);
    const cut = line.length > limit ? line.slice(0, limit) : line;
    const left = text.length - cut.length;
    return left > 0 ? `${cut}… (${left} more characters)` : cut;
}
