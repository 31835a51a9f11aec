import { type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../../autonomy-module.js';
import * as ast from '../../generated/ast.js';
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
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        // This file is first in the scope order, so its keys come first, and its entries before any imported one.
        const byPracticeDomain = new Map<string, Ceded[]>();
        addCessions(root, byPracticeDomain, true);
        const files = byPracticeDomain.size > 0 ? visibleFiles(services, root) : [];
        if (files[0] !== root) {
            return;
        }
        for (let i = 1; i < files.length; i++) {
            addCessions(files[i], byPracticeDomain, false);
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

/**
 * Adds the cessions of `file`'s initiatives, by practice and domain, in file
 * order; `here`: the validated file's, which make the keys; an imported
 * file's are added only under the keys there are.
 */
function addCessions(file: ast.AutonomyFile, byPracticeDomain: Map<string, Ceded[]>, here: boolean): void {
    for (const initiative of file.elements) {
        if (!ast.isInitiative(initiative)) {
            continue;
        }
        const collective = initiative.properties.find(ast.isRunBy)?.collective?.ref;
        if (!collective) {
            continue;
        }
        for (const cession of initiative.properties) {
            if (!ast.isCession(cession)) {
                continue;
            }
            const domain = cession.domain?.ref?.name;
            for (const practice of domain ? cedingPractices(cession) : []) {
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
