import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestServices, formatText } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const DOC = readFileSync(new URL('../../../../docs/editor-features.md', import.meta.url), 'utf8');

/** The docs' formatting example: a code block with a "// Before" half and a "// After" half. */
function beforeAndAfter(): { before: string; after: string } {
    const block = /```autonomy\n\/\/ Before\n([\s\S]*?)\n\/\/ After\n([\s\S]*?)```/.exec(DOC);
    if (!block) {
        throw new Error('docs/editor-features.md has no "// Before" / "// After" formatting example');
    }
    return { before: block[1].trimEnd(), after: block[2].trimEnd() };
}

describe('docs/editor-features.md', () => {
    it('shows what the formatter really does', async () => {
        const { before, after } = beforeAndAfter();
        expect((await formatText(Autonomy, before)).trimEnd()).toBe(after);
    });

    it('shows a continuation line the formatter keeps as it is', async () => {
        // The example sits in a list item, so each of its lines carries the item's indentation.
        const sample = /\n( *)```autonomy\n((?:.*\n)*?)\1```/.exec(DOC.slice(DOC.indexOf('stays broken')));
        expect(sample, 'continuation example not found').not.toBeNull();
        const lines = sample![2].trimEnd().split('\n').map(line => line.slice(sample![1].length));
        expect(lines[1]).toMatch(/^ {17}\S/);
        const text = `initiative I {\n${lines.join('\n')}\n}\n`;
        expect(await formatText(Autonomy, text)).toBe(text);
    });
});
