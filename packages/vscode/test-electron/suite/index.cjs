// The integration suite that @vscode/test-electron runs inside a downloaded VS
// Code (see ../run.mjs). It drives the installed extension through the VS Code
// API: diagnostics, hover, quick fix, every command, the preview and exports.
// Plain CommonJS with node:assert, so it needs no compile step or test framework.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'autonomy-tools.autonomy-vscode';
const VOTE_CODE = 'collective-decides-by-vote';

function workspaceFile(name) {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'the test run must open the scenario workspace');
    return vscode.Uri.joinPath(folder.uri, name);
}

async function waitFor(what, probe, timeoutMs = 60000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

let model;
let api;

test('the extension activates when a model opens', async () => {
    model = await vscode.workspace.openTextDocument(workspaceFile('north-locality-vote.autonomy'));
    await vscode.window.showTextDocument(model);
    assert.equal(model.languageId, 'autonomy');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    api = await extension.activate();
    assert.ok(api.client, 'activate() returns the language client');
});

test('diagnostics from the validator and the analysis appear', async () => {
    const diagnostics = await waitFor('the vote warning', () => {
        const list = vscode.languages.getDiagnostics(model.uri);
        return list.some(d => d.code === VOTE_CODE) ? list : undefined;
    });
    assert.ok(diagnostics.some(d => d.code === 'uncompensated-loss'), 'the analysis reports an uncompensated loss');
});

test('a hover on a practice shows computed figures', async () => {
    const line = model.getText().split('\n').findIndex(l => /^practice Riverside/.test(l));
    const position = new vscode.Position(line, 'practice '.length + 2);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', model.uri, position);
    const text = hovers.flatMap(h => h.contents).map(c => typeof c === 'string' ? c : c.value).join('\n');
    assert.match(text, /£[\d,]+/, `no money figure in the hover: ${text}`);
    assert.match(text, /\d+(\.\d+)?%/, `no percentage in the hover: ${text}`);
});

test('the quick fix turns the vote into consensus', async () => {
    // Asked again while the answer is empty: a request that reaches the server while it rebuilds the workspace
    // (other files still loading on a busy machine) is answered with nothing, and VS Code asks again when the
    // light bulb is next needed (a CI run of 3 December got an empty list once). A fix that never comes still fails.
    let offered = [];
    const fix = await waitFor('the consensus quick fix', async () => {
        const vote = vscode.languages.getDiagnostics(model.uri).find(d => d.code === VOTE_CODE);
        assert.ok(vote, 'the vote warning is gone before its quick fix was asked for');
        offered = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', model.uri, vote.range, vscode.CodeActionKind.QuickFix.value);
        return offered.find(a => /consensus/i.test(a.title));
    }, 30000).catch(error => {
        throw new Error(`${error.message}; the last answer offered: ${offered.map(a => a.title).join(', ') || 'nothing'}`);
    });
    assert.ok(fix.edit, 'the consensus quick fix carries no edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(model.getText(), /decides by consensus/);
    await waitFor('the vote warning to go', () => !vscode.languages.getDiagnostics(model.uri).some(d => d.code === VOTE_CODE));
});

test('Open Report Preview to the Side shows the report', async () => {
    await vscode.window.showTextDocument(model);
    const panel = await vscode.commands.executeCommand('autonomy.openPreviewToSide');
    await waitFor('the first render', async () => { await panel.firstRender; return true; });
    assert.equal(panel.state, 'content', 'the preview shows the report, not an error');
    assert.equal(panel.panel.viewColumn !== undefined, true);
});

test('Show Structure Diagram opens the diagram', async () => {
    await vscode.window.showTextDocument(model);
    const panel = await vscode.commands.executeCommand('autonomy.showStructure');
    await panel.firstRender;
    assert.equal(panel.state, 'content');
});

const exportsDir = () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'autonomy-export-'));
    return dir;
};

test('Export Briefing PDF writes a PDF', async () => {
    const target = vscode.Uri.file(path.join(exportsDir(), 'briefing.pdf'));
    const written = await vscode.commands.executeCommand('autonomy.exportPdf', model.uri, target);
    assert.equal(written && written.fsPath, target.fsPath);
    assert.equal(fs.readFileSync(target.fsPath).subarray(0, 5).toString('latin1'), '%PDF-');
});

test('Export Report as Markdown, HTML and JSON write their formats', async () => {
    const dir = exportsDir();
    const md = vscode.Uri.file(path.join(dir, 'report.md'));
    const html = vscode.Uri.file(path.join(dir, 'report.html'));
    const json = vscode.Uri.file(path.join(dir, 'report.json'));
    await vscode.commands.executeCommand('autonomy.exportMarkdown', model.uri, md);
    await vscode.commands.executeCommand('autonomy.exportHtml', model.uri, html);
    await vscode.commands.executeCommand('autonomy.exportJson', model.uri, json);
    assert.match(fs.readFileSync(md.fsPath, 'utf8'), /^# /m);
    assert.match(fs.readFileSync(html.fsPath, 'utf8'), /<html/i);
    const parsed = JSON.parse(fs.readFileSync(json.fsPath, 'utf8'));
    assert.ok(Array.isArray(parsed.analysis.practices) && parsed.analysis.practices.length > 0);
});

test('New Autonomy Model opens a template that validates without errors', async () => {
    const editor = await vscode.commands.executeCommand('autonomy.newModel');
    assert.equal(editor.document.languageId, 'autonomy');
    assert.match(editor.document.getText(), /^model "/m);
    // Give the server time to validate, then expect no errors.
    await new Promise(resolve => setTimeout(resolve, 3000));
    const errors = vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepEqual(errors.map(e => e.message), []);
});

/** Entry point called by @vscode/test-electron (and by the in-host run in code-server). */
async function run() {
    const failures = [];
    const lines = [];
    const say = line => { lines.push(line); console.log(line); };
    for (const { name, fn } of tests) {
        const started = Date.now();
        try {
            await fn();
            say(`  ✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
            failures.push(name);
            say(`  ✗ ${name}\n    ${error && error.stack ? error.stack : error}`);
        }
    }
    say(`${tests.length - failures.length} passed, ${failures.length} failed`);
    if (failures.length > 0) {
        const error = new Error(`${failures.length} integration test(s) failed: ${failures.join('; ')}`);
        error.lines = lines;
        throw error;
    }
    return { passed: tests.length, lines };
}

module.exports = { run };
