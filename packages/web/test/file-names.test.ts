// The web edition's file names and the imports a share link carries: plain functions, no browser.
import { describe, expect, it } from 'vitest';
import { fileName, fileUri } from '../src/file-names.js';
import { importedFiles } from '../src/imported-files.js';

describe('file names', () => {
    it('adds .autonomy and keeps folders', () => {
        expect(fileName('scenario')).toEqual({ name: 'scenario.autonomy' });
        expect(fileName(' drafts/b.autonomy ')).toEqual({ name: 'drafts/b.autonomy' });
    });

    it('refuses names that are not a file, saying what to write', () => {
        for (const typed of ['', '   ', '../outside', 'a//b', 'drafts/', './x', '.autonomy']) {
            const checked = fileName(typed);
            expect('error' in checked ? checked.error : `accepted as ${JSON.stringify(checked)}`).toMatch(/is not a file name/);
        }
        expect(fileName('a\\b')).toEqual({ error: expect.stringMatching(/backslash/) as string });
    });

    it('gives each folder its own URI segment, escaped', () => {
        expect(fileUri('register/practices.autonomy')).toBe('file:///register/practices.autonomy');
        expect(fileUri('my scenario#2.autonomy')).toBe('file:///my%20scenario%232.autonomy');
    });
});

describe('the files a model imports', () => {
    const files: Record<string, string> = {
        'southvale.autonomy': 'import "register/practices.autonomy"\nmodel "S" {}',
        'register/practices.autonomy': 'import \'../shared/domains.autonomy\'\n',
        'shared/domains.autonomy': 'import "../southvale.autonomy"\n// a cycle back to the model',
        'unrelated.autonomy': 'model "U" {}'
    };
    const read = (name: string) => files[name];

    it('follows imports relative to each file, through a cycle, without the model itself', () => {
        expect(Object.keys(importedFiles('southvale.autonomy', read)).sort()).toEqual(['register/practices.autonomy', 'shared/domains.autonomy']);
    });

    it('leaves out an import of a file that is not there (the editor flags it)', () => {
        expect(importedFiles('x.autonomy', name => (name === 'x.autonomy' ? 'import "missing.autonomy"' : undefined))).toEqual({});
    });

    it('ignores the word import inside a comment line', () => {
        expect(importedFiles('c.autonomy', name => (name === 'c.autonomy' ? '// import "southvale.autonomy"' : read(name)))).toEqual({});
    });
});
