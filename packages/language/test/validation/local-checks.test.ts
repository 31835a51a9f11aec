/**
 * The `local(...)` label of the validation table (register-checks.ts) promises
 * that a check's diagnostics depend only on its own top-level declaration: the
 * speed module re-emits them for a declaration an edit left unchanged. This
 * runs every labelled check on every node of every example (the broken ones
 * included) with the file's root and every reference's target fenced off, and
 * looks at what each reports: no `local` check may read what a reference
 * points to, reach the file beyond its declaration (its other declarations,
 * its document), or put a position in a diagnostic's data (positions move when
 * an edit above shifts the declaration; the acceptor's own range is worked out
 * again on every validation); a `localWhenQuiet` check may do so only on its
 * way to reporting (then it runs again on every validation).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils, EmptyFileSystem, type Reference, type ValidationAcceptor, type ValidationCheck } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import type { AutonomyAstType, AutonomyFile, Trust } from '../../src/generated/ast.js';
import { refLabel } from '../../src/validation/naming.js';
import { local, localWhenQuiet } from '../../src/validation/local-checks.js';
import { checkParticipantsAreMembers } from '../../src/validation/checks/initiative-checks.js';
import { AutonomyValidationRegistry } from '../../src/speed/validation-registry.js';
import { modelFiles } from './workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** What the labelled checks did that a local check must not, as "Type check #n: what". */
async function violations(text: string, extra?: (registry: AutonomyValidationRegistry) => void): Promise<string[]> {
    const { Autonomy } = createAutonomyServices(EmptyFileSystem);
    const registry = Autonomy.validation.ValidationRegistry;
    if (!(registry instanceof AutonomyValidationRegistry)) {
        throw new Error('the speed module is not there');
    }
    extra?.(registry);
    const document = await parseHelper<AutonomyFile>(Autonomy)(text, { validation: false });
    const root = document.parseResult.value;
    const nodes = AstUtils.streamAst(root).toArray();
    // Link every reference first: the fences below must not see the linker's own reads.
    nodes.forEach(node => AstUtils.streamReferences(node).forEach(info => void (info.reference as Reference).ref));
    let running: string | undefined;
    const found = new Set<string>();
    const fence = (target: object, property: string, what: string): void => {
        let owner: object | null = target;
        while (owner && !Object.prototype.hasOwnProperty.call(owner, property)) {
            owner = Object.getPrototypeOf(owner) as object | null;
        }
        const descriptor = owner ? Object.getOwnPropertyDescriptor(owner, property)! : { value: undefined };
        const value: unknown = descriptor.get ? undefined : (target as Record<string, unknown>)[property];
        Object.defineProperty(target, property, {
            configurable: true,
            get(this: unknown) {
                if (running) {
                    found.add(`${running}: ${what}`);
                }
                return descriptor.get ? descriptor.get.call(this) as unknown : value;
            }
        });
    };
    for (const key of Object.keys(root)) {
        if (!key.startsWith('$') || key === '$document') {
            fence(root, key, `read the file's ${key}`);
        }
    }
    for (const node of nodes) {
        AstUtils.streamReferences(node).forEach(({ reference }) => fence(reference, 'ref', 'read a reference\'s target'));
    }
    let reported: boolean | undefined;
    const accept: ValidationAcceptor = (_severity, _message, info) => {
        reported = true;
        if (running && /"(line|character)":/.test(JSON.stringify(info.data ?? {}))) {
            found.add(`${running}: put a position in its data`);
        }
    };
    for (const node of nodes.slice(1)) {
        const checks: readonly ValidationCheck[] = registry.checksFor(node.$type);
        for (const [index, check] of checks.entries()) {
            const locality = registry.localityOf(check);
            if (!locality) {
                continue;
            }
            running = `${node.$type} check #${index}`;
            const before = found.size;
            reported = false;
            await check(node, accept, undefined as never);
            running = undefined;
            // Local when quiet: a check that reported may read anything; one that stayed quiet must not have.
            if (locality === 'local-when-quiet' && reported) {
                [...found].slice(before).forEach(f => found.delete(f));
            }
        }
    }
    return [...found].sort();
}

describe('checks labelled local read only their own declaration', () => {
    const files = modelFiles(EXAMPLES).sort();

    it('finds the examples, the broken ones included', () => {
        expect(files.length).toBeGreaterThan(20);
        expect(files.some(p => p.includes('/broken/'))).toBe(true);
    });

    it.each(files.map(p => [relative(EXAMPLES, p)]))('%s', async name => {
        expect(await violations(readFileSync(join(EXAMPLES, name), 'utf8'))).toEqual([]);
    });

    it('would catch a check that follows a reference, reaches the file, or reports a position', async () => {
        const text = readFileSync(join(EXAMPLES, 'north-locality.autonomy'), 'utf8');
        const found = await violations(text, registry => registry.register<AutonomyAstType>({
            Trust: [local((node: Trust) => void refLabel(node.practice))],
            Practice: [local(node => void AstUtils.getDocument(node))],
            Initiative: [localWhenQuiet(checkParticipantsAreMembers)],
            Collective: [local((node, accept) => accept('hint', 'x', { node, data: { range: node.$cstNode?.range } }))]
        }));
        expect(found.filter(f => f.startsWith('Trust '))).toEqual([expect.stringMatching(/read a reference's target$/)]);
        expect(found.filter(f => f.startsWith('Practice '))).toEqual([expect.stringMatching(/read the file's \$document$/)]);
        expect(found.filter(f => f.startsWith('Collective '))).toEqual([expect.stringMatching(/put a position in its data$/)]);
        // Its decision follows the reference to the collective that runs the initiative: quiet here, it still read it.
        expect(found.filter(f => f.startsWith('Initiative '))).toEqual([expect.stringMatching(/read a reference's target$/)]);
    });
});
