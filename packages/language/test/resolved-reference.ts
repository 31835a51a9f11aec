import { isReference, type MultiReference, type Reference } from 'langium';

/** Whether a cross-reference found its target: a multi-reference counts when it found at least one. */
export function isResolved(reference: Reference | MultiReference): boolean {
    return isReference(reference) ? reference.ref !== undefined : reference.items.length > 0;
}
