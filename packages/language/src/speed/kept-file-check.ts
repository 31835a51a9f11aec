import type { AstNode } from 'langium';

/**
 * A file-wide check's part for each top-level declaration, kept while the
 * declaration object lives. An incremental parse (incremental-parse.ts) keeps
 * the object of every declaration the edit did not touch and makes a new one
 * for the declaration it replaced; a full parse makes them all new. So a
 * check that walks every declaration of the file on every keystroke (the
 * cessions, the currencies: validation/register-checks.ts's AutonomyFile
 * checks) computes the part of the replaced declaration only, as the
 * validation walk does for the local checks (validation-walk.ts).
 *
 * What `compute` returns may depend only on the declaration's own text: its
 * nodes, literals, names and references' texts (`$refText`). Never on what a
 * reference points to: a kept declaration's references are linked again when
 * their target is replaced, and keep their object. A part may hold the
 * Reference itself and read `.ref` when it is used.
 *
 * Kept in a WeakMap: a part goes with its declaration.
 */
export class KeptFileCheck<T extends object> {
    private readonly kept = new WeakMap<AstNode, T>();

    constructor(private readonly compute: (declaration: AstNode) => T) {}

    /** The part of `declaration`: the kept one, or computed now and kept. */
    of(declaration: AstNode): T {
        let part = this.kept.get(declaration);
        if (part === undefined) {
            part = this.compute(declaration);
            this.kept.set(declaration, part);
        }
        return part;
    }
}
