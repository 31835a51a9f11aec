import { EmptyFileSystem, URI } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { createAutonomyServices } from '../src/autonomy-module.js';

// Issue 12 item 4: a model in a file not named *.autonomy is read as a model when asked for by name,
// while the server's folder scan still takes only .autonomy files.
describe('file names', () => {
    const { shared, Autonomy } = createAutonomyServices(EmptyFileSystem);
    const registry = shared.ServiceRegistry;

    it('a file named m.txt, model, or .autonomy is read with the language services', async () => {
        for (const name of ['m.txt', 'model', '.autonomy']) {
            const uri = URI.file(`/project/${name}`);
            expect(registry.getServices(uri)).toBe(Autonomy);
            const document = await parseHelper(Autonomy)('practice A "Alpha" { list size 1,000 }', { documentUri: uri.toString() });
            expect(document.parseResult.parserErrors).toEqual([]);
        }
    });

    it('only .autonomy files count as models when a folder is scanned', () => {
        expect(registry.hasServices(URI.file('/project/model.autonomy'))).toBe(true);
        for (const name of ['README.md', 'package.json', 'm.txt', '.autonomy']) {
            expect(registry.hasServices(URI.file(`/project/${name}`))).toBe(false);
        }
    });
});
