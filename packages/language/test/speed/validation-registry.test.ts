import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutonomyServices } from '../../src/autonomy-module.js';
import type { AutonomyAstType, AutonomyFile } from '../../src/generated/ast.js';
import { AutonomyValidationRegistry } from '../../src/speed/validation-registry.js';

const MODEL = 'practice A { list size 1,000 }\npractice B { list size -5 }\n';

async function validate(register: (services: ReturnType<typeof createAutonomyServices>['Autonomy']) => void) {
    const { Autonomy } = createAutonomyServices(EmptyFileSystem);
    register(Autonomy);
    const document = await parseHelper<AutonomyFile>(Autonomy)(MODEL, { validation: true });
    return document.diagnostics ?? [];
}

describe('AutonomyValidationRegistry', () => {
    // Langium logs each exception a check throws; these tests throw on purpose, so keep the log quiet.
    beforeEach(() => { vi.spyOn(console, 'error').mockImplementation(() => undefined); });
    afterEach(() => { vi.restoreAllMocks(); });

    it('is the registry the language uses', () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        expect(Autonomy.validation.ValidationRegistry).toBeInstanceOf(AutonomyValidationRegistry);
    });

    it('reports a check that throws as Langium does, and the other checks still run', async () => {
        const diagnostics = await validate(A => A.validation.ValidationRegistry.register<AutonomyAstType>({
            Practice: () => {
                throw new Error('boom');
            }
        }));
        const thrown = diagnostics.filter(d => d.message === 'An error occurred during validation: boom');
        expect(thrown).toHaveLength(2);
        expect(thrown.every(d => d.severity === 1)).toBe(true);
        // The list-size check on B's negative list size still runs and reports.
        expect(diagnostics.filter(d => typeof d.message === 'string' && d.message.includes('-5'))).toHaveLength(1);
    });

    it('awaits a check that returns a promise, and reports its rejection', async () => {
        const seen: string[] = [];
        const diagnostics = await validate(A => A.validation.ValidationRegistry.register<AutonomyAstType>({
            Practice: async (node, accept) => {
                await Promise.resolve();
                seen.push(node.name);
                if (node.name === 'B') {
                    throw new Error('late');
                }
                accept('hint', `async ${node.name}`, { node, property: 'name' });
            }
        }));
        expect(seen).toEqual(['A', 'B']);
        expect(diagnostics.filter(d => d.message === 'async A')).toHaveLength(1);
        expect(diagnostics.filter(d => d.message === 'An error occurred during validation: late')).toHaveLength(1);
    });

    it('sees checks registered after it was first asked', async () => {
        const { Autonomy } = createAutonomyServices(EmptyFileSystem);
        const registry = Autonomy.validation.ValidationRegistry;
        const before = registry.getChecks('Practice').count();
        registry.register<AutonomyAstType>({ Practice: () => undefined });
        expect(registry.getChecks('Practice').count()).toBe(before + 1);
    });
});
