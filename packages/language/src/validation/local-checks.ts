import type { AstNode, ValidationCheck } from 'langium';

/**
 * How far a check's diagnostics depend on its own top-level declaration, as
 * labelled in the validation table (register-checks.ts). The speed module
 * (speed/validation-walk.ts) uses the label for a declaration an edit left
 * unchanged (an incremental parse keeps its objects):
 *
 * - `local`: what the check reports depends only on the subtree of the
 *   declaration it runs in (its own text, names, literals and references'
 *   texts), not on what a reference points to, other declarations, imports,
 *   settings, the analysis or where the declaration sits in the file. Its
 *   diagnostics are re-emitted instead of running it again.
 * - `local-when-quiet`: WHETHER it reports depends only on the declaration in
 *   that way, but what it says may not (a message naming a reference's target
 *   by its title, a quick fix's positions). When it reported nothing it is not
 *   run again; when it reported, it runs again every time.
 *
 * A check is neither unless labelled: a new check runs on every validation
 * until someone has read it and said otherwise.
 */
export type Locality = 'local' | 'local-when-quiet';

const labels = new WeakMap<ValidationCheck, Locality>();

/** Labels `check` local; returns it unchanged, for use inside the table. */
export function local<T extends AstNode>(check: ValidationCheck<T>): ValidationCheck<T> {
    labels.set(check as ValidationCheck, 'local');
    return check;
}

/** Labels `check` local when it reports nothing; returns it unchanged. */
export function localWhenQuiet<T extends AstNode>(check: ValidationCheck<T>): ValidationCheck<T> {
    labels.set(check as ValidationCheck, 'local-when-quiet');
    return check;
}

export function localityOf(check: ValidationCheck): Locality | undefined {
    return labels.get(check);
}
