/**
 * The speed module's linker asks the scope provider for a document's scope
 * once per reference type while it links that document's references, since
 * our provider's scope depends only on the document and the type. A provider
 * that overrides getScope may depend on more: it is asked for every reference.
 */
import { EmptyFileSystem, type ReferenceInfo, type Scope } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { type AutonomyServices, createAutonomyServices } from '../../src/autonomy-module.js';
import type { AutonomyFile } from '../../src/generated/ast.js';
import { KeptScopeProvider } from '../../src/speed/kept-scopes.js';
import { treeReferences } from '../../src/speed/ast-walk.js';

const MODEL = `model "Scopes" { currency £ }
practice A "Alpha" { list size 1,000 }
practice B "Beta" { list size 2,000 }
collective Net { members A, B decides by consensus }
collective Fed { members Net decides by consensus }
trust A -> Net { credibility 7 reliability 7 intimacy 6 self-orientation 2 }
trust B -> Net { credibility 7 reliability 7 intimacy 6 self-orientation 2 }
trust Nowhere -> Net { credibility 7 reliability 7 intimacy 6 self-orientation 2 }
`;

/** Counts the provider's getScope calls; `overridden` makes it a subclass that overrides getScope. */
async function scopeRequests(overridden: boolean): Promise<{ requests: number; references: number; unresolved: string[] }> {
    let requests = 0;
    class Counting extends KeptScopeProvider {
        override getScope(context: ReferenceInfo): Scope {
            requests++;
            return super.getScope(context);
        }
    }
    class Counted extends KeptScopeProvider {
        protected override scopeOfType(...args: Parameters<KeptScopeProvider['scopeOfType']>): Scope {
            requests++;
            return super.scopeOfType(...args);
        }
    }
    const { Autonomy } = createAutonomyServices(EmptyFileSystem, {
        references: { ScopeProvider: (services: AutonomyServices) => overridden ? new Counting(services) : new Counted(services) }
    });
    const document = await parseHelper<AutonomyFile>(Autonomy)(MODEL, { validation: false });
    const references = treeReferences(document.parseResult.value);
    const unresolved = references.filter(info => 'ref' in info.reference && !info.reference.ref).map(info => info.reference.$refText);
    return { requests, references: references.length, unresolved };
}

describe('the linker\'s scopes', () => {
    it('are made once per reference type of a document, and resolve every reference as before', async () => {
        const { requests, references, unresolved } = await scopeRequests(false);
        expect(references).toBe(9);
        // Units (members, trusting practices) and collectives (trust targets): two scopes.
        expect(requests).toBe(2);
        expect(unresolved).toEqual(['Nowhere']);
    });

    it('are asked for every reference when the provider overrides getScope', async () => {
        const { requests, references, unresolved } = await scopeRequests(true);
        expect(requests).toBe(references);
        expect(unresolved).toEqual(['Nowhere']);
    });
});
