/**
 * A practice's hover shows apart the expected autonomies its verdict says differ: two practices each gaining a
 * penny a year against a £10,000 gap (the analysis's pennyGains), 70% alone and 70.00003% in the collective.
 */
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createTestServices, hoverReader } from './lsp-test-services.js';

const { Autonomy } = createTestServices();
const parse = parseHelper(Autonomy);

const MODEL = [
    'model "Pennies" { currency £ horizon 5 years trust threshold 3 }',
    ...['A', 'B'].map(id => `practice ${id} {\n    list size 5,000\n    sustainability gap £10,000 per year\n    crisis risk 30%\n}`),
    'collective N {\n    kind network\n    members A, B\n    decides by consensus\n}',
    'initiative I {\n    run by N\n    participants A, B\n    current cost A £5,000.01, B £5,000.01\n    shared cost £10,000 fixed\n    charged equally\n}'
].join('\n');

describe('a practice better off ceding by a penny', () => {
    it('its hover shows 70% alone against 70.00003% in the collective, not 70% twice', async () => {
        const document = await parse(MODEL, { validation: true });
        // Over A's name in its declaration: the first "A {" of the model.
        const value = await hoverReader(Autonomy)(document, 'A {');
        expect(value).toContain('| Expected autonomy | alone 70% · collective 70.00003% ·');
        expect(value).toContain('**Ceding raises its expected autonomy** (70% alone → 70.00003% in the collective)');
    });
});
