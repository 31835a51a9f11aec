import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, createNonce, shellHtml, splitReport } from '../src/extension/webview-html.js';

describe('the preview page', () => {
    const scriptUri = 'https://file+.vscode-resource.vscode-cdn.net/ext/out/webview/preview.js?a=1&b=2';
    const page = shellHtml({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'N0nce', title: 'Report: <x>', scriptUri, shellCss: 'body{}' });

    test('declares a strict Content-Security-Policy without inline or remote allowances', () => {
        const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1];
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("script-src 'nonce-N0nce'");
        expect(csp).toContain("style-src 'nonce-N0nce'");
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:\/\/(?!file\+)/);
        expect(csp).toBe(contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'N0nce'));
    });

    test('gives every script and style element the nonce', () => {
        const tags = page.match(/<(script|style)\b[^>]*>/g)!;
        expect(tags.length).toBeGreaterThanOrEqual(3);
        for (const tag of tags) {
            expect(tag).toContain('nonce="N0nce"');
        }
    });

    test('loads its one script from the extension by URI, with no inline script', () => {
        const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
        expect(scripts).toHaveLength(1);
        expect(scripts[0][1]).toContain('src="https://file+.vscode-resource.vscode-cdn.net/ext/out/webview/preview.js?a=1&amp;b=2"');
        expect(scripts[0][2]).toBe('');
    });

    test('escapes the title', () => {
        expect(page).toContain('<title>Report: &lt;x&gt;</title>');
    });

    test('nonces are long and differ each time', () => {
        const a = createNonce();
        expect(a.length).toBeGreaterThanOrEqual(24);
        expect(createNonce()).not.toBe(a);
    });
});

describe('splitting a report for the preview', () => {
    const report = `<!DOCTYPE html><html><head><style>h1{color:red}</style><style>@import url("https://evil.example/x.css"); p{background:url(https://evil.example/p.png)}</style>
<script>alert(1)</script></head><body><h1 onclick="steal()">North</h1><script src="x.js"></script>
<img src="https://evil.example/t.png"><a href="#practices" data-line="3">Riverside</a><link rel="stylesheet" href="https://cdn/x.css"></body></html>`;
    const { css, body } = splitReport(report);

    test('keeps the styles and the content', () => {
        expect(css).toContain('h1{color:red}');
        expect(body).toContain('>North</h1>');
        expect(body).toContain('data-line="3"');
        expect(body).toContain('href="#practices"');
    });

    test('drops scripts, event handlers and remote references', () => {
        expect(body).not.toMatch(/<script|onclick|https:\/\/evil|<link/i);
        expect(css).not.toMatch(/@import|https:\/\/evil/);
    });
});
