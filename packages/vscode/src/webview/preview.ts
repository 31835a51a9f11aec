/**
 * The script of every preview webview (report, structure, sensitivity,
 * comparison), bundled by esbuild.mjs into out/webview/preview.js and loaded
 * by the page with its nonce. It shows what the extension posts, keeps the
 * reader's place across refreshes, and asks the editor to reveal what is clicked.
 */

interface WebviewApi {
    postMessage(message: unknown): void;
    getState(): { scrollY?: number } | undefined;
    setState(state: { scrollY: number }): void;
}

declare function acquireVsCodeApi(): WebviewApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('content')!;
const style = document.getElementById('content-style')!;
const status = document.getElementById('status')!;
let restored = false;

// What the reader is looking at: the first heading, row or source-linked
// element at the top of the view, so a refresh can put it back there even
// when the content above it grew or shrank.
const ANCHORS = 'h1, h2, h3, h4, tr, li, [data-line]';
const anchorKey = (element: Element): string => `${element.tagName}|${(element.textContent ?? '').trim().slice(0, 120)}`;
const topAnchor = (): { key: string; top: number } | undefined => {
    for (const element of content.querySelectorAll(ANCHORS)) {
        const top = element.getBoundingClientRect().top;
        if (top >= 0) {
            return { key: anchorKey(element), top };
        }
    }
    return undefined;
};

window.addEventListener('message', event => {
    const message = event.data as { type: string; css?: string; body?: string; error?: string };
    if (message.type === 'update') {
        const scrollY = window.scrollY;
        const anchor = scrollY > 0 ? topAnchor() : undefined;
        style.textContent = message.css ?? '';
        content.innerHTML = message.body ?? '';
        status.textContent = '';
        status.className = '';
        if (!restored) {
            restored = true;
            window.scrollTo(0, vscode.getState()?.scrollY ?? 0);
        } else {
            window.scrollTo(0, scrollY);
            const same = anchor && [...content.querySelectorAll(ANCHORS)].find(e => anchorKey(e) === anchor.key);
            if (anchor && same) {
                window.scrollBy(0, same.getBoundingClientRect().top - anchor.top);
            }
        }
        document.body.dataset['ready'] = 'true';
        // Lets tests tell one render from the next.
        document.body.dataset['renders'] = String(Number(document.body.dataset['renders'] ?? 0) + 1);
    } else if (message.type === 'error') {
        // Keep the last good report visible and say what is wrong above it.
        status.textContent = message.error ?? 'The report could not be built.';
        status.className = 'error';
    } else if (message.type === 'busy') {
        status.textContent = 'Updating…';
        status.className = 'busy';
    }
});

let pending = 0;
window.addEventListener('scroll', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => vscode.setState({ scrollY: window.scrollY }), 100);
});

// Anything the report marks with a source location reveals it in the editor.
const reveal = (target: EventTarget | null): boolean => {
    const element = target instanceof Element ? target.closest('[data-line]') : null;
    if (!element) {
        return false;
    }
    const line = Number(element.getAttribute('data-line'));
    if (!Number.isFinite(line)) {
        return false;
    }
    vscode.postMessage({
        type: 'reveal',
        uri: element.getAttribute('data-uri') ?? undefined,
        line,
        character: Number(element.getAttribute('data-character') ?? 0) || 0
    });
    return true;
};
document.addEventListener('click', event => {
    if (reveal(event.target)) {
        event.preventDefault();
    }
});
document.addEventListener('keydown', event => {
    if (event.key === 'Enter' && reveal(event.target)) {
        event.preventDefault();
    }
});
vscode.postMessage({ type: 'ready' });

export {};
