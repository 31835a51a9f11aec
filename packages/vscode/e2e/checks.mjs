// The end-to-end checks, in the order a consultant would work: open a model,
// read the problems, hover for figures, apply a quick fix, open the preview,
// follow a link back to the source, look at the structure, export a PDF.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The vote warning that the scenario provokes, and its quick fix. */
export const VOTE_CODE = 'collective-decides-by-vote';

export function checks({ workbench, workspace, modelFile, model }) {
    const page = workbench.page;
    return [
        ['the model opens in the Autonomy language mode', async () => {
            await workbench.openFile(modelFile, `model "${model.title}"`);
            await page.locator('.statusbar-item', { hasText: /^Autonomy$/ }).first().waitFor({ timeout: 20_000 });
            return `opened ${modelFile}`;
        }],
        ['the Problems panel shows the validator and analysis diagnostics', async () => {
            await workbench.showProblems();
            await workbench.problemRows(VOTE_CODE).first().waitFor({ timeout: 60_000 });
            await workbench.problemRows('uncompensated-loss').first().waitFor({ timeout: 30_000 });
            const rows = await page.locator('.markers-panel .monaco-list-row').count();
            await workbench.screenshot('01-problems');
            return `${rows} rows, including ${VOTE_CODE} and uncompensated-loss`;
        }],
        ['a hover on a practice shows its computed figures', async () => {
            const hover = await workbench.hover(`practice ${model.practice}`, model.practice);
            await page.waitForTimeout(300);
            const text = await hover.innerText();
            await workbench.screenshot('02-hover');
            await page.mouse.move(5, 5);
            await page.keyboard.press('Escape');
            if (!text.includes(model.listSize)) {
                throw new Error(`hover does not show the list size ${model.listSize}: ${text}`);
            }
            const money = /Net benefit\s+-?£[\d,]+(\.\d\d)?/.exec(text);
            const percent = /Autonomy retained\s+\d+(\.\d+)?%/.exec(text);
            if (!money || !percent) {
                throw new Error(`hover lacks a computed net benefit or autonomy figure: ${text}`);
            }
            return `${money[0].replace(/\s+/g, ' ')}; ${percent[0].replace(/\s+/g, ' ')}`;
        }],
        ['a quick fix replaces the vote by consensus and the warning goes', async () => {
            await workbench.applyQuickFix(VOTE_CODE, 'decides by majority-vote', /consensus/i);
            await workbench.editorLine('decides by consensus').waitFor({ timeout: 20_000 });
            await workbench.problemRows(VOTE_CODE).first().waitFor({ state: 'detached', timeout: 30_000 });
            await workbench.screenshot('03-quick-fix-applied');
            return 'line now reads "decides by consensus"; Problems no longer lists the vote warning';
        }],
        ['the report preview opens beside the editor with the report', async () => {
            await workbench.runCommand('Autonomy: Open Report Preview to the Side');
            const frame = await workbench.webviewFrame('body[data-ready="true"]', 60_000);
            const text = await frame.locator('#content').innerText();
            for (const expected of [model.title, model.practiceTitle]) {
                if (!text.includes(expected)) {
                    throw new Error(`the preview does not mention "${expected}"`);
                }
            }
            // Give the editor and the preview the whole window for the screenshots.
            await workbench.runCommand('View: Hide Panel');
            await workbench.runCommand('View: Close Primary Side Bar');
            await page.waitForTimeout(500);
            await workbench.screenshot('04-preview');
            for (const [heading, shot] of [['Initiatives', '04-preview-initiatives'], ['The autonomy paradox', '04-preview-paradox']]) {
                const section = frame.locator('h2', { hasText: heading }).first();
                if (await section.count() > 0) {
                    await section.evaluate(element => element.scrollIntoView({ block: 'start' }));
                    await page.waitForTimeout(300);
                    await workbench.screenshot(shot);
                }
            }
            return `preview shows "${model.title}" and "${model.practiceTitle}" (${text.length} characters)`;
        }],
        ['the preview follows edits and keeps its scroll position', async () => {
            const frame = await workbench.webviewFrame('body[data-ready="true"]');
            const renders = Number(await frame.locator('body').getAttribute('data-renders'));
            // Scroll a section heading to the top; it must stay there when the report refreshes.
            const headingTop = () => frame.evaluate(() => {
                const heading = [...document.querySelectorAll('#content h2')].find(h => h.textContent.includes('Practices'));
                return heading ? Math.round(heading.getBoundingClientRect().top) : null;
            });
            await frame.evaluate(() => [...document.querySelectorAll('#content h2')].find(h => h.textContent.includes('Practices'))?.scrollIntoView({ block: 'start' }));
            const before = await headingTop();
            if (before === null) {
                throw new Error('the report has no "Practices" section to scroll to');
            }
            // Rename the model in the editor; the preview's cover must follow.
            await workbench.editorLine('decides by consensus').click();
            await page.keyboard.press('Control+Home');
            await workbench.editorLine(`model "${model.title}"`).click();
            await page.keyboard.press('End');
            await page.keyboard.press('ArrowLeft');
            await page.keyboard.press('ArrowLeft');
            await page.keyboard.press('ArrowLeft');
            await page.keyboard.type(' Draft');
            await frame.waitForFunction(n => Number(document.body.dataset.renders) > n, renders, { timeout: 30_000 });
            const cover = await frame.locator('#content h1').first().innerText();
            await page.waitForTimeout(300);
            const after = await headingTop();
            if (!cover.includes('Draft')) {
                throw new Error(`the preview did not follow the edit: its title is "${cover}"`);
            }
            if (after === null || Math.abs(after - before) > 4) {
                throw new Error(`the "Practices" heading moved from ${before}px to ${after}px from the top on refresh`);
            }
            return `title now "${cover}"; the section in view stayed put (${before}px -> ${after}px from the top)`;
        }],
        ['clicking a practice or a diagnostic in the preview reveals it in the editor', async () => {
            const frame = await workbench.webviewFrame('[data-line]');
            const revealed = [];
            for (const text of [model.practiceTitle, 'uncompensated-loss']) {
                const link = frame.locator('[data-line]', { hasText: text }).first();
                const line = Number(await link.getAttribute('data-line'));
                await link.click();
                const deadline = Date.now() + 10_000;
                let current = await workbench.cursorLine();
                while (current !== line + 1 && Date.now() < deadline) {
                    await page.waitForTimeout(200);
                    current = await workbench.cursorLine();
                }
                if (current !== line + 1) {
                    throw new Error(`clicking "${text}" left the cursor on line ${current}, expected ${line + 1}`);
                }
                revealed.push(`"${text}" -> line ${current}`);
            }
            return revealed.join('; ');
        }],
        ['the preview follows the editor theme', async () => {
            const frame = await workbench.webviewFrame('body[data-ready="true"]');
            const renders = Number(await frame.locator('body').getAttribute('data-renders'));
            await workbench.runCommand('Preferences: Toggle between Light/Dark Themes');
            await frame.waitForFunction(() => document.body.classList.contains('vscode-light'), undefined, { timeout: 20_000 });
            await frame.waitForFunction(n => Number(document.body.dataset.renders) > n, renders, { timeout: 30_000 });
            await frame.evaluate(() => window.scrollTo(0, 0));
            const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
            await workbench.screenshot('04-preview-light');
            const [r, g, b] = background.match(/\d+/g).map(Number);
            if (r + g + b < 600) {
                throw new Error(`the preview background stayed dark (${background})`);
            }
            return `webview re-rendered in the light theme (background ${background})`;
        }],
        ['the structure diagram draws the collective and its members', async () => {
            await workbench.runCommand('Autonomy: Show Structure Diagram');
            const frame = await workbench.webviewFrame('#structure-view svg', 60_000);
            const practices = await frame.locator('#structure-view .unit.practice').count();
            const collectives = await frame.locator('#structure-view .unit.collective').count();
            await workbench.screenshot('05-structure');
            if (practices !== model.practiceCount || collectives < 1) {
                throw new Error(`expected ${model.practiceCount} practices and a collective, found ${practices} and ${collectives}`);
            }
            return `${practices} practices, ${collectives} collective(s)`;
        }],
        ['Export Briefing PDF writes a PDF through the save dialog', async () => {
            // The save dialog proposes <model>-briefing.pdf beside the model; accept it.
            const target = join(workspace, modelFile.replace(/\.autonomy$/, '-briefing.pdf'));
            await workbench.runCommand('Autonomy: Export Briefing PDF');
            // code-server shows VS Code's own save dialog: a path in a quick input. Whether it shows
            // the dialog's title or save label varies between code-server releases; the proposed path does not.
            const input = page.locator('.quick-input-widget input').first();
            await input.waitFor({ timeout: 20_000 });
            await page.waitForFunction(() => /briefing\.pdf$/.test(document.querySelector('.quick-input-widget input')?.value ?? ''), null, { timeout: 20_000 });
            await page.waitForTimeout(500);
            await page.keyboard.press('Enter');
            // Then it asks which edition (issue 11); the first item, Partners, is the PDF's default.
            await page.waitForFunction(() => /which edition/.test(document.querySelector('.quick-input-widget .quick-input-title')?.textContent ?? ''), null, { timeout: 20_000 });
            await page.waitForTimeout(300);
            await page.keyboard.press('Enter');
            const notice = page.locator('.notification-toast', { hasText: 'Exported Briefing PDF' }).first();
            await notice.waitFor({ timeout: 90_000 });
            await workbench.screenshot('06-export');
            if (!existsSync(target)) {
                throw new Error(`${target} was not written`);
            }
            const head = readFileSync(target).subarray(0, 5).toString('latin1');
            if (head !== '%PDF-') {
                throw new Error(`${target} is not a PDF (starts with ${JSON.stringify(head)})`);
            }
            return `${target} written (${readFileSync(target).length} bytes), notification offers "Open"`;
        }]
    ];
}
