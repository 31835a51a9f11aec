// Drives the VS Code workbench that code-server serves, through the same UI a
// consultant uses: Quick Open, the Problems panel, hovers, quick fixes, the
// command palette and the webviews.

export class Workbench {
    constructor(page, screenshotDir) {
        this.page = page;
        this.screenshotDir = screenshotDir;
    }

    async waitUntilLoaded() {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        // The explorer lists the folder once the workbench has restored its layout.
        await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
    }

    /** Opens a file by name through Quick Open, waiting for its row (not a loose editor selector). */
    async openFile(name, firstLineText) {
        await this.page.keyboard.press('F1');
        await this.page.locator('.quick-input-widget input').waitFor();
        await this.page.keyboard.press('Backspace'); // drop the ">" of the command palette: file mode
        await this.page.keyboard.type(name);
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 });
        await this.page.keyboard.press('Enter');
        await this.editorLine(firstLineText).waitFor({ timeout: 30_000 });
    }

    /** A rendered line of the text editor (not the chat input or other editors). */
    editorLine(text) {
        return this.page.locator('.editor-instance .monaco-editor .view-line', { hasText: text }).first();
    }

    /** Runs a command by its exact title: clicks its row rather than whichever row ranks first. */
    async runCommand(title) {
        await this.page.keyboard.press('F1');
        await this.page.locator('.quick-input-widget input').waitFor();
        await this.page.keyboard.type(title);
        const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(`^${escaped}`) }).first();
        await row.waitFor({ timeout: 20_000 });
        await row.click();
    }

    async showProblems() {
        await this.runCommand('View: Focus Problems');
        await this.page.locator('.markers-panel').waitFor({ timeout: 20_000 });
    }

    problemRows(text) {
        return this.page.locator('.markers-panel .monaco-list-row', { hasText: text });
    }

    async hover(lineText, word) {
        const target = this.editorLine(lineText).locator('span', { hasText: new RegExp(`^${word}$`) }).first();
        await target.hover();
        const hover = this.page.locator('.monaco-hover-content').first();
        await hover.waitFor({ timeout: 20_000 });
        return hover;
    }

    /** Puts the cursor on a line, opens the quick-fix menu and picks the action whose title matches. */
    async applyQuickFix(problemText, lineText, actionTitle) {
        // Clicking the problem scrolls the editor to it; the line is then rendered and clickable.
        await this.page.mouse.move(5, 5);
        await this.problemRows(problemText).first().click();
        const row = this.page.locator('.action-widget .monaco-list-row', { hasText: actionTitle }).first();
        // On a loaded machine the first Ctrl+. can land before the editor has focus or before the
        // server has answered for the current version, and the menu then never opens: ask again.
        for (let attempt = 1; ; attempt++) {
            await this.editorLine(lineText).click();
            await this.page.keyboard.press('Control+.');
            try {
                await row.waitFor({ timeout: 15_000 });
                break;
            } catch (error) {
                if (attempt === 3) {
                    throw error;
                }
                await this.page.keyboard.press('Escape');
            }
        }
        await this.screenshot('03-quick-fix-menu');
        await row.click();
    }

    /** The inner frame of the webview whose document has `selector`. */
    async webviewFrame(selector, timeoutMs = 30_000) {
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                if (!frame.url().includes('/webview/')) {
                    continue;
                }
                const found = await frame.locator(selector).count().catch(() => 0);
                if (found > 0) {
                    return frame;
                }
            }
            await this.page.waitForTimeout(250);
        }
        throw new Error(`No webview showed ${selector} within ${timeoutMs} ms`);
    }

    async cursorLine() {
        const text = await this.page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first().innerText();
        return Number(/Ln (\d+)/.exec(text)[1]);
    }

    async closeNotifications() {
        await this.runCommand('Notifications: Clear All Notifications').catch(() => undefined);
    }

    async screenshot(name) {
        await this.page.screenshot({ path: `${this.screenshotDir}/${name}.png` });
    }
}
