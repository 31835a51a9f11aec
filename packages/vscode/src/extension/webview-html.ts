/**
 * The HTML of the preview webviews, kept free of the VS Code API so that its
 * security properties can be unit-tested: a strict Content-Security-Policy
 * (no remote content, scripts and styles only with the page's nonce) and no
 * script from the report itself.
 */
import { randomBytes } from 'node:crypto';

export interface ShellOptions {
    /** `webview.cspSource`: the only origin allowed for images and fonts. */
    cspSource: string;
    nonce: string;
    title: string;
    /** The webview URI of the page's script (out/webview/preview.js: messages, clicks, scroll). */
    scriptUri: string;
    /** Styles of the shell itself (layout, theme colours). */
    shellCss: string;
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `font-src ${cspSource}`,
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        "connect-src 'none'",
        "form-action 'none'",
        "frame-src 'none'",
        "base-uri 'none'"
    ].join('; ');
}

/** The page set once per panel; content arrives later by postMessage. */
export function shellHtml(options: ShellOptions): string {
    const { nonce } = options;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${options.shellCss}</style>
<style nonce="${nonce}" id="content-style"></style>
</head>
<body>
<div id="status" role="status" aria-live="polite">Building the report…</div>
<main id="content"></main>
<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>`;
}

export interface SplitReport {
    /** The report's own CSS, concatenated from its <style> elements. */
    css: string;
    /** The inner HTML of its <body>, without any script. */
    body: string;
}

/**
 * Takes a complete HTML report apart so the shell can show it: styles go into
 * the shell's nonce-carrying style element, the body into its main element.
 * Scripts, inline event handlers, remote references and inline style
 * attributes are removed -- the CSP would block them anyway, and dropping them
 * keeps the console clean.
 */
export function splitReport(html: string): SplitReport {
    const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)].map(m => m[1]).join('\n');
    const bodyMatch = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
    let body = bodyMatch ? bodyMatch[1] : html.replace(/<head[\s\S]*?<\/head>/i, '');
    body = body
        .replace(/<script[\s\S]*?<\/script>/gi, '')
        .replace(/<style[\s\S]*?<\/style>/gi, '')
        .replace(/<link\b[^>]*>/gi, '')
        .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
        .replace(/\s(src|href)\s*=\s*("|')\s*(https?:|\/\/)[^"']*\2/gi, '');
    return { css: css.replace(/@import[^;]*;/gi, '').replace(/url\(\s*['"]?(https?:)?\/\/[^)]*\)/gi, 'none'), body };
}

/** A fresh, unguessable nonce for each page. */
export function createNonce(): string {
    return randomBytes(18).toString('base64url');
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
}
