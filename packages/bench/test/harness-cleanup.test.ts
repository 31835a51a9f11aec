import { describe, expect, it } from 'vitest';
import { checkInput, createHarness } from '../src/robustness-harness.js';

/** The part of Langium's LangiumDocuments this test reads: its URI trie (workspace/documents.js, utils/uri-utils.js). */
interface TrieNode {
    children: Map<string, TrieNode>;
}

function trieNodes(documents: unknown): number {
    const trie = (documents as { documentTrie?: { root?: TrieNode } }).documentTrie;
    if (!trie?.root) {
        throw new Error('LangiumDocuments no longer keeps a documentTrie: update this test to what it keeps now');
    }
    let count = 0;
    const visit = (node: TrieNode): void => {
        count++;
        node.children.forEach(visit);
    };
    visit(trie.root);
    return count;
}

describe('the robustness harness leaves nothing behind', () => {
    // A folder per input left a trie node per input, which every later update walked: a fuzz worker slowed
    // from 14 to 40 ms per input over tens of thousands of inputs.
    it('keeps the document trie the same size however many inputs it checks', async () => {
        const harness = createHarness();
        const documents = harness.shared.workspace.LangiumDocuments;
        const check = (n: number) => checkInput(harness, [{ path: 'fuzz.autonomy', text: `practice P${n} { list size ${1000 + n} }` }],
            { format: true, formatterContract: true });
        await check(0);
        const afterOne = trieNodes(documents);
        for (let n = 1; n <= 20; n++) {
            expect(await check(n)).toEqual([]);
        }
        expect(documents.all.count()).toBe(0);
        expect(trieNodes(documents)).toBe(afterOne);
    });
});
