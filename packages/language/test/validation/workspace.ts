import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type LangiumDocument, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createAutonomyServices } from '../../src/autonomy-module.js';

/** Every *.autonomy file under a folder, recursively, sorted. */
export function modelFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) {
            return modelFiles(path);
        }
        return name.endsWith('.autonomy') ? [path] : [];
    });
}

/**
 * A case: one model file on its own, or a folder of files loaded together into
 * one workspace (imports, cycles, missing files).
 */
export function discoverCases(root: string): Array<{ name: string; files: string[] }> {
    return readdirSync(root).sort().flatMap(name => {
        const path = join(root, name);
        if (statSync(path).isDirectory()) {
            return [{ name: `${name}/`, files: modelFiles(path) }];
        }
        return name.endsWith('.autonomy') ? [{ name, files: [path] }] : [];
    });
}

/** Loads the files from disk into fresh services and validates them together. */
export async function validateFiles(files: string[]): Promise<LangiumDocument[]> {
    const { shared } = createAutonomyServices(NodeFileSystem);
    const documents = await Promise.all(
        files.map(f => shared.workspace.LangiumDocuments.getOrCreateDocument(URI.file(f))));
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}
