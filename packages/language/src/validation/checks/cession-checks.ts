import { type AstNode, type Reference, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../../autonomy-module.js';
import * as ast from '../../generated/ast.js';
import { KeptFileCheck } from '../../speed/kept-file-check.js';
import { label } from '../naming.js';
import { report } from '../report.js';
import { visibleFiles } from '../visible-files.js';
import { cedingPractices } from './initiative-checks.js';

interface Ceded {
    /** The ceding practice's name as written. */
    practice: string;
    cession: ast.Cession;
    initiative: ast.Initiative;
    collective: ast.Collective;
    /** In the validated file (where it is reported), not an imported one. */
    here: boolean;
}

/**
 * One practice ceding the same domain to two different collectives: two
 * groups would each decide it. Looks at the file and what it imports;
 * reports on the cessions written in this file. So only the practices and
 * domains this file cedes are looked up in the imports: a file that cedes
 * nothing (one that only imports the scenarios) reads no other file.
 */
export function checkDomainCededOnce(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    // Per services: a part is only ever asked of the declarations of one language's documents.
    const kept = new KeptFileCheck(cessionsOf);
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        // This file is first in the scope order, so its keys come first, and its entries before any imported one.
        const byPracticeDomain = new Map<string, Ceded[]>();
        addCessions(kept, root, byPracticeDomain, true);
        const files = byPracticeDomain.size > 0 ? visibleFiles(services, root) : [];
        if (files[0] !== root) {
            return;
        }
        for (let i = 1; i < files.length; i++) {
            addCessions(kept, files[i], byPracticeDomain, false);
        }
        const reported = new Set<ast.Cession>();
        for (const entries of byPracticeDomain.values()) {
            // The first entry ceding to another collective than `entry`'s, found once per key rather than once per entry.
            const first = entries[0];
            const firstElsewhere = entries.find(e => e.collective !== first.collective);
            for (const entry of entries) {
                const other = entry.collective !== first.collective ? first : firstElsewhere;
                if (!other || !entry.here || reported.has(entry.cession)) {
                    continue;
                }
                reported.add(entry.cession);
                report(accept, 'domain-ceded-twice',
                    `${entry.practice} cedes ${label(entry.cession.domain.ref)} to ${label(entry.collective)} here and to ` +
                    `${label(other.collective)} in ${label(other.initiative)}: two collectives would decide it. ` +
                    `Cede it to one collective, or split the domain.`,
                    { node: entry.cession, property: 'domain' });
            }
        }
    };
}

/** An initiative's cessions, as its own text says them: kept while the initiative is (speed/kept-file-check.ts). */
interface InitiativeCessions {
    /** Who runs it: the reference, whose target is read when used (a kept initiative's target may be replaced). */
    readonly collective?: Reference<ast.Collective>;
    readonly cessions: ReadonlyArray<{ readonly cession: ast.Cession; readonly practices: readonly string[] }>;
}

/** Most declarations cede nothing: they share one part. */
const NO_CESSIONS: InitiativeCessions = Object.freeze({ cessions: Object.freeze([]) });

/** An initiative's part of the check (others have none). */
function cessionsOf(declaration: AstNode): InitiativeCessions {
    if (!ast.isInitiative(declaration)) {
        return NO_CESSIONS;
    }
    const collective = declaration.properties.find(ast.isRunBy)?.collective;
    const cessions = declaration.properties.filter(ast.isCession).map(cession => ({ cession, practices: cedingPractices(cession) }));
    return collective && cessions.length > 0 ? { collective, cessions } : NO_CESSIONS;
}

/**
 * Adds the cessions of `file`'s initiatives, by practice and domain, in file
 * order; `here`: the validated file's, which make the keys; an imported
 * file's are added only under the keys there are.
 */
function addCessions(kept: KeptFileCheck<InitiativeCessions>, file: ast.AutonomyFile, byPracticeDomain: Map<string, Ceded[]>, here: boolean): void {
    for (const initiative of file.elements) {
        // By $type (a concrete type): the reflection's is-check costs more than the kept part's look-up.
        if (initiative.$type !== 'Initiative') {
            continue;
        }
        const part = kept.of(initiative);
        const collective = part.collective?.ref;
        if (!collective) {
            continue;
        }
        for (const { cession, practices } of part.cessions) {
            const domain = cession.domain?.ref?.name;
            if (!domain) {
                continue;
            }
            for (const practice of practices) {
                const key = `${practice}\u0000${domain}`;
                const entries = byPracticeDomain.get(key);
                if (entries) {
                    entries.push({ practice, cession, initiative, collective, here });
                } else if (here) {
                    byPracticeDomain.set(key, [{ practice, cession, initiative, collective, here }]);
                }
            }
        }
    }
}
