/** Messages between `npm run fuzz` (fuzz.ts) and its worker process (fuzz-worker.ts). */
export interface FuzzJob {
    seed: number;
    from: number;
    to: number;
    /** Render the PDF report for one input in this many (slow). */
    pdfEvery: number;
    budgetMs: number;
}

export type FuzzCategory = 'crash' | 'hang' | 'non-idempotent format' | 'diagnostic outside the document' | 'server' | 'other';

export interface FuzzFinding {
    index: number;
    kind: string;
    category: FuzzCategory;
    problems: string[];
    text: string;
    minimal: string;
}

export type WorkerMessage =
    | { type: 'start'; index: number }
    | { type: 'finding'; finding: FuzzFinding }
    | { type: 'done'; index: number; cpuMs: number; kind: string };

export function categoryOf(problems: string[]): FuzzCategory {
    const first = problems[0] ?? '';
    if (problems.some(p => p.startsWith('threw'))) {
        return 'crash';
    }
    if (problems.some(p => p.startsWith('took'))) {
        return 'hang';
    }
    if (first.startsWith('formatting')) {
        return 'non-idempotent format';
    }
    if (first.startsWith('diagnostic outside')) {
        return 'diagnostic outside the document';
    }
    return 'other';
}
