/**
 * The hostile-input corpus (packages/bench/test/hostile-corpus/): every
 * reproduction from issue 12 and from `npm run fuzz`, one file each. A file may say, in comments:
 *
 *   // @repeat-next-line N       the next line stands for N copies of itself (keeps 800 KB inputs small on disk)
 *   // @reports code ...         each code must be among the file's diagnostics
 *   // @not-reports code ...     no diagnostic may carry these codes
 *   // @unescape                 each \uXXXX in the file is that UTF-16 code unit (text an editor can send
 *                                but a UTF-8 file cannot hold, such as an unpaired surrogate)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { REPO_ROOT } from './language-server-client.js';

export const CORPUS_DIR = `${REPO_ROOT}packages/bench/test/hostile-corpus/`;

export interface CorpusCase {
    name: string;
    text: string;
    reports: string[];
    notReports: string[];
}

export function corpusFiles(): string[] {
    return readdirSync(CORPUS_DIR).filter(name => name.endsWith('.autonomy')).sort();
}

export function readCorpusFile(name: string): CorpusCase {
    return { name, ...readCorpusCase(readFileSync(CORPUS_DIR + name, 'utf8')) };
}

/** Expands `@repeat-next-line` directives and reads what the file must (not) report. */
export function readCorpusCase(source: string): Omit<CorpusCase, 'name'> {
    const lines = source.split('\n');
    const out: string[] = [];
    const words = (name: string) => lines.flatMap(line => {
        const match = new RegExp(`^\\s*//\\s*@${name}\\s+(.*)$`).exec(line);
        return match ? match[1].trim().split(/\s+/) : [];
    });
    for (let i = 0; i < lines.length; i++) {
        const repeat = /^\s*\/\/\s*@repeat-next-line\s+(\d+)\s*$/.exec(lines[i]);
        if (repeat && i + 1 < lines.length) {
            for (let k = 0; k < Number(repeat[1]); k++) {
                out.push(lines[i + 1]);
            }
            i++;
        } else {
            out.push(lines[i]);
        }
    }
    const joined = out.join('\n');
    const text = lines.some(line => /^\s*\/\/\s*@unescape\s*$/.test(line))
        ? joined.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        : joined;
    return { text, reports: words('reports'), notReports: words('not-reports') };
}
