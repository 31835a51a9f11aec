import type { AstNode, ValidationRegistry } from 'langium';

/**
 * Answers that several checks work out alike (an initiative's participants,
 * a collective's practices, the files a file sees), kept while one document
 * is validated and dropped when its validation ends: a full build asked for
 * an initiative's participants once per check and per cession, and for a
 * collective's practices once per initiative it runs. Only for answers that
 * cannot change during a validation: the links are made before it starts.
 * Kept by the document's root, so validations of two documents never share
 * one; outside a validation (a check called on its own) nothing is kept.
 */
type Memo = Map<(key: never) => unknown, Map<object, unknown>>;

const memos = new WeakMap<AstNode, Memo>();

/** Starts a document's memo when its validation starts, and drops it when it ends (a cancelled one's goes with its root). */
export function registerValidationMemo(registry: ValidationRegistry): void {
    registry.registerBeforeDocument(root => {
        memos.set(root, new Map());
    });
    registry.registerAfterDocument(root => {
        memos.delete(root);
    });
}

/**
 * `compute`, remembered per key while the document whose root is `root` is
 * validated. Callers share the answer: they must not change it.
 */
export function rememberedWhileValidating<K extends object, V>(compute: (key: K) => V): (key: K, root: AstNode | undefined) => V {
    return (key, root) => {
        const memo = root && memos.get(root);
        if (!memo) {
            return compute(key);
        }
        let answers = memo.get(compute) as Map<K, V> | undefined;
        if (!answers) {
            answers = new Map();
            memo.set(compute, answers);
        }
        if (answers.has(key)) {
            return answers.get(key)!;
        }
        const answer = compute(key);
        answers.set(key, answer);
        return answer;
    };
}
