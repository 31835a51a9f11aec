import type { AstNode, ValidationCheck } from 'langium';

/**
 * The checks labelled LOCAL in the validation table (register-checks.ts):
 * what they report depends only on the subtree of the top-level declaration
 * they run in (its own text, names, literals and reference texts), not on
 * what a reference points to, other declarations, imports, settings, the
 * analysis or where the declaration sits in the file. The speed module
 * (speed/local-diagnostics.ts) re-emits their diagnostics for a declaration an
 * edit left unchanged instead of running them again.
 *
 * A check is not local unless labelled: a new check runs on every validation
 * until someone has read it and said otherwise.
 */
const localChecks = new WeakSet<ValidationCheck>();

/** Labels `check` local; returns it unchanged, for use inside the table. */
export function local<T extends AstNode>(check: ValidationCheck<T>): ValidationCheck<T> {
    localChecks.add(check as ValidationCheck);
    return check;
}

export function isLocalCheck(check: ValidationCheck): boolean {
    return localChecks.has(check);
}
