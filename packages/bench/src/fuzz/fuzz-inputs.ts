/**
 * The fuzz inputs, each a pure function of (seed, index) so any one can be
 * regenerated alone: generated models, the same mutated, mutated examples,
 * the hostile corpus mutated, and soups of the language's own words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateModel } from '../generate-model.js';
import { corpusFiles, readCorpusFile } from '../hostile-corpus.js';
import { REPO_ROOT } from '../language-server-client.js';
import { applyAll, type Mutation } from '../mutate-text.js';
import { SeededRandom } from '@autonomy/analysis';

export interface FuzzInput {
    index: number;
    kind: 'generated' | 'mutated-generated' | 'mutated-example' | 'mutated-corpus' | 'word-soup';
    text: string;
}

const WORDS = ['model', 'practice', 'collective', 'trust', 'initiative', 'merger', 'domain', 'partner', 'import', 'members',
    'decides', 'by', 'consensus', 'majority-vote', 'list', 'size', 'patients', 'crisis', 'risk', 'cedes', 'fully', 'for',
    'participants', 'run', 'current', 'cost', 'shared', 'fixed', 'per', 'patient', 'charged', 'equally', 'share', 'fairly',
    'coalition', 'saves', 'compensation', 'pays', 'merges', 'saving', 'serves', 'self-orientation', 'credibility',
    'currency', 'horizon', 'years', 'threshold', '{', '}', '->', ',', '+', '£', '£60,000', '35%', '0.35', '8,200', '-3',
    '"Title"', 'A', 'B', 'Net', 'Abbey-Road', 'A-', '//', '/*', '*/', '"', '\n', '\u0000', 'é', '9'.repeat(40), '£1' + '0'.repeat(320)];
const EXTRA_BYTES = ['{', '}', '"', '£', '%', '->', '/*', '\u0000', '\uFFFD', '-', '\r', '\t', '\u202e', '\ud800', '1e309'];

/** Example models, read once. */
let examples: string[] | undefined;
function exampleTexts(): string[] {
    const walk = (folder: string): string[] => readdirSync(folder).flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith('.autonomy') ? [path] : [];
    });
    examples ??= walk(`${REPO_ROOT}examples`).sort().map(path => readFileSync(path, 'utf8'));
    return examples;
}

/** Corpus files small enough to mutate many times (the repeated-line ones are kept for the tests). */
let corpus: string[] | undefined;
function corpusTexts(): string[] {
    corpus ??= corpusFiles().map(readCorpusFile).map(c => c.text).filter(text => text.length < 50_000);
    return corpus;
}

function mutations(random: SeededRandom, count: number): Mutation[] {
    return Array.from({ length: count }, (): Mutation => {
        const at = random.next();
        switch (random.int(0, 4)) {
            case 0: return { kind: 'delete-token', at };
            case 1: return { kind: 'duplicate-token', at };
            case 2: return { kind: 'swap-tokens', at };
            case 3: return { kind: 'insert-bytes', at, bytes: random.pick(EXTRA_BYTES) };
            default: return { kind: 'truncate', at: 0.5 + at / 2 };
        }
    });
}

export function fuzzInput(seed: number, index: number): FuzzInput {
    const random = new SeededRandom((seed * 1_000_003 + index) >>> 0);
    const roll = random.next();
    const generated = () => generateModel({ lines: random.int(20, 160), seed: random.int(0, 2 ** 31 - 1), singleFile: true }).files[0].text;
    if (roll < 0.2) {
        return { index, kind: 'generated', text: generated() };
    }
    if (roll < 0.55) {
        return { index, kind: 'mutated-generated', text: applyAll(generated(), mutations(random, random.int(1, 4))) };
    }
    if (roll < 0.8) {
        return { index, kind: 'mutated-example', text: applyAll(random.pick(exampleTexts()), mutations(random, random.int(1, 5))) };
    }
    if (roll < 0.9 && corpusTexts().length > 0) {
        return { index, kind: 'mutated-corpus', text: applyAll(random.pick(corpusTexts()), mutations(random, random.int(0, 3))) };
    }
    const words = Array.from({ length: random.int(1, 60) }, () => random.pick(WORDS));
    return { index, kind: 'word-soup', text: words.join(random.chance(0.5) ? ' ' : '\n') };
}
