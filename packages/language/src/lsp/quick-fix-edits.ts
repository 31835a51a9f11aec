import { type AstNode, type CstNode, CstUtils, type LangiumDocument } from 'langium';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

/** The innermost AST node of one of `types` that contains `position`. */
export function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, is: (n: AstNode) => n is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return undefined;
    }
    const offset = document.textDocument.offsetAt(position);
    let node: AstNode | undefined = CstUtils.findLeafNodeAtOffset(root, offset)?.astNode;
    while (node && !is(node)) {
        node = node.$container;
    }
    return node;
}

/**
 * Removes a node: its whole line when nothing else but a comment shares the
 * line, otherwise just the node and the space before it.
 */
export function removeNode(document: LangiumDocument, cst: CstNode): TextEdit {
    const text = document.textDocument.getText();
    const start = cst.offset;
    const end = cst.end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const before = text.slice(lineStart, start);
    const after = text.slice(end, newline < 0 ? text.length : newline);
    if (/^\s*$/.test(before) && /^\s*(\/\/.*)?\r?$/.test(after)) {
        return edit(document, lineStart, lineEnd, '');
    }
    const spaceBefore = /\s*$/.exec(before)![0].length;
    return edit(document, start - spaceBefore, end, '');
}

/** Inserts a line just before the closing brace of a block node, indented like its first property. */
export function insertLineBeforeClosingBrace(document: LangiumDocument, block: CstNode, line: string): TextEdit {
    const text = document.textDocument.getText();
    if (text[block.end - 1] !== '}') {
        // An unfinished block (no closing brace yet): add the line at its end.
        return edit(document, block.end, block.end, `\n    ${line}`);
    }
    const close = block.end - 1;
    const lineStart = text.lastIndexOf('\n', close - 1) + 1;
    const open = text.indexOf('{', block.offset);
    if (!/^\s*$/.test(text.slice(lineStart, close)) || open < 0 || lineStart <= open) {
        // The block is on one line: `{ ... }` gets the new entry before its brace.
        return edit(document, close, close, `${line} `);
    }
    const blockIndent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const firstLine = text.slice(text.indexOf('\n', open) + 1);
    const firstIndent = /^[ \t]*/.exec(firstLine)![0];
    const indent = firstIndent.length > blockIndent.length ? firstIndent : `${blockIndent}    `;
    return edit(document, lineStart, lineStart, `${indent}${line}\n`);
}

export function replace(range: Range, newText: string): TextEdit {
    return { range, newText };
}

export function insertAt(document: LangiumDocument, offset: number, newText: string): TextEdit {
    return edit(document, offset, offset, newText);
}

function edit(document: LangiumDocument, start: number, end: number, newText: string): TextEdit {
    const doc = document.textDocument;
    return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, newText };
}

/**
 * Rescales percentages to sum to exactly 100, to one decimal place, giving
 * the rounding remainder to the largest fractions first.
 */
export function rescaleTo100(values: number[]): number[] {
    const total = values.reduce((a, b) => a + b, 0);
    if (total <= 0) {
        return values.map(() => Math.round(1000 / values.length) / 10);
    }
    const tenths = values.map(v => (v / total) * 1000);
    const floors = tenths.map(Math.floor);
    let left = 1000 - floors.reduce((a, b) => a + b, 0);
    const order = tenths.map((t, i) => ({ i, rest: t - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
    for (const { i } of order) {
        if (left <= 0) {
            break;
        }
        floors[i] += 1;
        left -= 1;
    }
    return floors.map(f => f / 10);
}
