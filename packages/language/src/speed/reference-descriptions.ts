import {
    type AstNode, Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription,
    type ReferenceInfo
} from 'langium';
import {
    concatenated, declarationReferences, forEachReference, NODES_PER_INTERRUPT_CHECK, topLevelNodes, treeReferences, walkedByDeclaration
} from './ast-walk.js';
import { CompactReferenceDescription, compactReferenceDescriptions } from './compact-reference-description.js';
import { type LinkOutcome, linkOutcomeOf, within } from './incremental-linking.js';
import { replaceRun } from './replaced-run.js';

/** How many references a document's index has described so far, to yield every so many; and the cancellation to notice. */
interface Walk {
    done: number;
    cancelToken: Cancellation.CancellationToken;
}

/**
 * Langium's reference index entries for a document (find references, rename,
 * which documents an edit affects), from the document's references as listed
 * once per top-level declaration (ast-walk.ts) instead of streaming the tree
 * again: the same descriptions in the same order, in compact form
 * (compact-reference-description.ts). The entries are kept per declaration:
 * after a link that kept the links of a declaration's references
 * (incremental-linking.ts), its entries are those of the last index, whose
 * positions and paths are read from its nodes when asked.
 */
export class AutonomyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly ofDeclaration = new WeakMap<AstNode, ReferenceDescription[]>();
    /** Each document's last entries, and the link they were made after. */
    private readonly last = new WeakMap<LangiumDocument, { link: number; descriptions: ReferenceDescription[] }>();

    override async createDescriptions(document: LangiumDocument, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const root = document.parseResult.value;
        const outcome = linkOutcomeOf(root);
        const last = this.last.get(document);
        this.last.delete(document);
        const kept = outcome?.kept && last?.link === outcome.kept.from ? outcome.kept : undefined;
        const walk = { done: 0, cancelToken };
        const descriptions = (kept && last && await this.replaceRelinked(document, last.descriptions, kept, walk))
            ?? await this.assemble(document, root, kept?.relinked, walk);
        if (outcome) {
            // The replaced declaration holds the previous tree: the outcome need not keep it any longer.
            delete outcome.kept?.replaced;
            this.last.set(document, { link: outcome.id, descriptions });
        }
        return descriptions;
    }

    /**
     * The last entries, in place (the index let go of them when the document
     * changed), with those of the declarations whose references were linked
     * again replaced, each where its old entries were (the replaced
     * declaration's, for the new one); undefined when one had none, so its
     * place is not known.
     */
    private async replaceRelinked(document: LangiumDocument, previous: ReferenceDescription[], kept: NonNullable<LinkOutcome['kept']>,
        walk: Walk): Promise<ReferenceDescription[] | undefined> {
        for (const declaration of kept.relinked) {
            const old = declaration === kept.replaced?.new ? kept.replaced.old : declaration;
            const before = this.ofDeclaration.get(old) ?? runOf(previous, old);
            const after = await this.entries(document, declaration, walk);
            if (!before || !replaceRun(previous, before, after)) {
                return undefined;
            }
        }
        return previous;
    }

    /** The entries put together from every declaration's, made anew for those whose references were linked anew (or all). */
    private async assemble(document: LangiumDocument, root: AstNode, relinked: ReadonlySet<AstNode> | undefined, walk: Walk): Promise<ReferenceDescription[]> {
        if (!walkedByDeclaration(root)) {
            // A tree from a full parse: nothing is kept per declaration (ast-walk.ts), until the file is typed into.
            const all: ReferenceDescription[] = [];
            await this.describe(document, treeReferences(root), all, walk);
            return all;
        }
        const own: ReferenceInfo[] = [];
        forEachReference(root, info => own.push(info));
        const parts: ReferenceDescription[][] = [[]];
        await this.describe(document, own, parts[0], walk);
        for (const declaration of topLevelNodes(root)) {
            parts.push((relinked && !relinked.has(declaration) ? this.ofDeclaration.get(declaration) : undefined)
                ?? await this.entries(document, declaration, walk));
        }
        return concatenated(parts);
    }

    /** The entries of a declaration's references, made now and kept for the next index. */
    private async entries(document: LangiumDocument, declaration: AstNode, walk: Walk): Promise<ReferenceDescription[]> {
        const entries: ReferenceDescription[] = [];
        await this.describe(document, declarationReferences(declaration), entries, walk);
        this.ofDeclaration.set(declaration, entries);
        return entries;
    }

    /** Adds the entries of `references` to `into`; `walk` counts the references described, to yield every so many. */
    private async describe(document: LangiumDocument, references: readonly ReferenceInfo[], into: ReferenceDescription[],
        walk: Walk): Promise<void> {
        for (let i = 0; i < references.length; i++) {
            if (walk.done++ % NODES_PER_INTERRUPT_CHECK === 0) {
                await interruptAndCheck(walk.cancelToken);
            }
            const refInfo = references[i];
            if (!refInfo.reference.error) {
                into.push(...compactReferenceDescriptions(refInfo, document.uri, this.nodeLocator));
            }
        }
    }
}

/**
 * The entries of `declaration` in a document's entries (those of its
 * references, one run in tree order), when they were not kept for it: after
 * a full parse nothing is kept per declaration (ast-walk.ts), and describing
 * every declaration's references again at the first keystroke cost a 2.2 MB
 * model 70-120 ms. Undefined when an entry is not ours (its reference is not known).
 */
function runOf(entries: readonly ReferenceDescription[], declaration: AstNode): ReferenceDescription[] | undefined {
    let start = -1;
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (!(entry instanceof CompactReferenceDescription)) {
            return undefined;
        }
        const inside = within(entry.source, declaration);
        if (inside && start < 0) {
            start = i;
        } else if (!inside && start >= 0) {
            return entries.slice(start, i);
        }
    }
    return start < 0 ? [] : entries.slice(start);
}

