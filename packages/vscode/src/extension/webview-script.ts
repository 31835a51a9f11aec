/**
 * The script that runs inside a preview webview. It is written as a function
 * so the compiler checks it, and shipped as its source text inside the page
 * (with the page's nonce).
 */

interface WebviewApi {
    postMessage(message: unknown): void;
    getState(): { scrollY?: number } | undefined;
    setState(state: { scrollY: number }): void;
}

declare function acquireVsCodeApi(): WebviewApi;

function previewMain(): void {
    const vscode = acquireVsCodeApi();
    const content = document.getElementById('content')!;
    const style = document.getElementById('content-style')!;
    const status = document.getElementById('status')!;
    let restored = false;

    window.addEventListener('message', event => {
        const message = event.data as { type: string; css?: string; body?: string; error?: string };
        if (message.type === 'update') {
            // Replacing the content in place keeps the scroll position.
            const scrollY = window.scrollY;
            style.textContent = message.css ?? '';
            content.innerHTML = message.body ?? '';
            status.textContent = '';
            status.className = '';
            if (!restored) {
                restored = true;
                window.scrollTo(0, vscode.getState()?.scrollY ?? 0);
            } else {
                window.scrollTo(0, scrollY);
            }
            document.body.dataset['ready'] = 'true';
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
}

export const PREVIEW_SCRIPT = `(${previewMain.toString()})();`;
