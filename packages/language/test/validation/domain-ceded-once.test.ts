/**
 * checkDomainCededOnce names, for each cession of a domain a practice also cedes
 * to another collective, the first such other cession in the file's order.
 * Computed once per practice and domain (it was once per cession, copying the
 * list on every append: quadratic in the cessions of one practice and domain).
 */
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import { diagnosticCode, diagnosticMessage } from '../../src/validation/plain-diagnostic.js';

const services = createAutonomyServices(EmptyFileSystem).Autonomy;
const parse = parseHelper(services);

function initiative(name: string, collective: string): string {
    return `initiative ${name} {\n    run by ${collective}\n    participants A, B\n    current cost A £1,000, B £1,000\n`
        + `    shared cost £500 fixed\n    cedes visiting 20% for A\n}\n`;
}

const model = (initiatives: Array<[string, string]>) => `model "Cessions" { currency £ }
domain visiting "Visiting"
practice A "Alpha Surgery" { list size 1,000 }
practice B "Beta Surgery" { list size 2,000 }
collective Net { members A, B decides by consensus }
collective Other { members A, B decides by consensus }
collective Third { members A, B decides by consensus }
${initiatives.map(([name, collective]) => initiative(name, collective)).join('')}`;

async function cededTwice(initiatives: Array<[string, string]>): Promise<string[]> {
    const document = await parse(model(initiatives), { validation: true });
    return (document.diagnostics ?? []).filter(d => diagnosticCode(d) === 'domain-ceded-twice').map(d => diagnosticMessage(d));
}

describe('a domain ceded to two collectives', () => {
    it('names, for each cession, the first cession of the same domain to another collective', async () => {
        const messages = await cededTwice([['One', 'Net'], ['Two', 'Net'], ['Three', 'Other'], ['Four', 'Third']]);
        expect(messages).toHaveLength(4);
        expect(messages[0]).toContain("to 'Net' here and to 'Other' in 'Three'");
        expect(messages[1]).toContain("to 'Net' here and to 'Other' in 'Three'");
        expect(messages[2]).toContain("to 'Other' here and to 'Net' in 'One'");
        expect(messages[3]).toContain("to 'Third' here and to 'Net' in 'One'");
    });

    it('says nothing when every cession goes to the same collective', async () => {
        expect(await cededTwice([['One', 'Net'], ['Two', 'Net'], ['Three', 'Net']])).toEqual([]);
    });
});
