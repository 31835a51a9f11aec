/**
 * Model text can hold words no page can set: a 20,000-character title with no
 * spaces took pdfmake 33 s and 1.7 GB to lay out. Every paged or drawn text
 * passes through here: a word longer than MAX_WORD is cut with an ellipsis
 * (the full text stays in the HTML, Markdown and JSON editions), and a long
 * word that remains gets invisible break points so a narrow column can wrap it.
 */
const MAX_WORD = 60;
const BREAK_EVERY = 30;
const ZERO_WIDTH_SPACE = '\u200b';
const LONG_WORD = new RegExp(`[^\\s\\u200b]{${BREAK_EVERY + 1},}`, 'g');

export function fitWords(text: string): string {
    if (text.length <= BREAK_EVERY) return text;
    return text.replace(LONG_WORD, word => {
        const kept = word.length > MAX_WORD ? Array.from(word).slice(0, MAX_WORD - 1).join('') + '…' : word;
        return kept.replace(new RegExp(`(.{${BREAK_EVERY}})(?=.)`, 'gu'), `$1${ZERO_WIDTH_SPACE}`);
    });
}

/** Cut-only, for drawings where an invisible break point would not wrap anything. */
export function shortenWords(text: string): string {
    if (text.length <= MAX_WORD) return text;
    return text.replace(new RegExp(`\\S{${MAX_WORD + 1},}`, 'g'), word => Array.from(word).slice(0, MAX_WORD - 1).join('') + '…');
}
