/**
 * Backslash-escapes every character Markdown or embedded HTML could read as
 * syntax, so model text (a title, a name, a sentence quoting them) shows as
 * written wherever Markdown is rendered: the Markdown report and the
 * language server's hovers, which must not rely on a client to sanitise.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_[\]<>#|!{}]/g, ch => '\\' + ch).replace(/&/g, '&amp;').replace(/\n/g, ' ');
}
