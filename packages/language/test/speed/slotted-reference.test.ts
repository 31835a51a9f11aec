/**
 * The speed module's linker builds references with a slot for the target's
 * description from the start (src/speed/slotted-reference.ts): after linking
 * and unlinking they must read as Langium's own references do, field for field.
 */
import { type AstNode, EmptyFileSystem, type Reference } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import type { AutonomyFile } from '../../src/generated/ast.js';
import { SlottedReference } from '../../src/speed/slotted-reference.js';
import { treeReferences } from '../../src/speed/ast-walk.js';

const MODEL = `model "Slots" { currency £ }
practice A "Alpha" { list size 1,000 }
practice B "Beta" { list size 2,000 }
collective Net { members A, B, Nobody decides by consensus }
trust A -> Net { credibility 7 reliability 7 intimacy 6 self-orientation 2 }
trust Nowhere -> Net { credibility 7 reliability 7 intimacy 6 self-orientation 2 }
`;

/** What a reader sees of each reference of the model, built with or without the speed module. */
async function references(speedUps: boolean, unlink = false) {
    const { Autonomy } = createAutonomyServices({ ...EmptyFileSystem, speedUps });
    const document = await parseHelper<AutonomyFile>(Autonomy)(MODEL, { validation: false });
    const all = treeReferences(document.parseResult.value).map(info => info.reference as Reference);
    const path = (node: AstNode | undefined) => node && Autonomy.workspace.AstNodeLocator.getAstNodePath(node);
    const seen = all.map(reference => ({
        kind: reference instanceof SlottedReference,
        text: reference.$refText,
        offset: reference.$refNode?.offset,
        ref: path(reference.ref),
        error: reference.error?.message,
        description: reference.$nodeDescription && { name: reference.$nodeDescription.name, path: reference.$nodeDescription.path },
        keys: Object.keys(reference).filter(key => (reference as unknown as Record<string, unknown>)[key] !== undefined)
    }));
    if (unlink) {
        Autonomy.references.Linker.unlink(document);
        await Autonomy.references.Linker.link(document);
        return { seen, again: all.map(reference => [path(reference.ref), reference.error?.message, reference.$nodeDescription?.path]) };
    }
    return { seen };
}

describe('the speed module\'s references', () => {
    it('read as Langium\'s do: target, error, description and fields', async () => {
        const ours = await references(true);
        const langium = await references(false);
        expect(ours.seen.every(reference => reference.kind)).toBe(true);
        expect(langium.seen.some(reference => reference.kind)).toBe(false);
        const strip = (seen: typeof ours.seen) => seen.map(({ kind: _kind, ...rest }) => rest);
        expect(strip(ours.seen)).toEqual(strip(langium.seen));
        expect(ours.seen.filter(reference => reference.error).map(reference => reference.text)).toEqual(['Nobody', 'Nowhere']);
    });

    it('link again as before after an unlink', async () => {
        const ours = await references(true, true);
        const langium = await references(false, true);
        expect(ours.again).toEqual(langium.again);
        expect((ours.again ?? []).filter(entry => entry[0]).length).toBeGreaterThan(2);
    });
});
