import { AstUtils, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../../autonomy-module.js';
import * as ast from '../../generated/ast.js';
import { label } from '../naming.js';
import { report } from '../report.js';
import { visibleFiles } from '../visible-files.js';
import { cedingPractices } from './initiative-checks.js';

interface Ceded {
    cession: ast.Cession;
    initiative: ast.Initiative;
    collective: ast.Collective;
}

/**
 * One practice ceding the same domain to two different collectives: two
 * groups would each decide it. Looks at the file and what it imports;
 * reports on the cessions written in this file.
 */
export function checkDomainCededOnce(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        const byPracticeDomain = new Map<string, Ceded[]>();
        for (const initiative of visibleFiles(services, root).flatMap(f => f.elements.filter(ast.isInitiative))) {
            const collective = initiative.properties.find(ast.isRunBy)?.collective?.ref;
            if (!collective) {
                continue;
            }
            for (const cession of initiative.properties.filter(ast.isCession)) {
                const domain = cession.domain?.ref?.name;
                for (const practice of domain ? cedingPractices(cession) : []) {
                    const key = `${practice}\u0000${domain}`;
                    const entries = byPracticeDomain.get(key);
                    if (entries) {
                        entries.push({ cession, initiative, collective });
                    } else {
                        byPracticeDomain.set(key, [{ cession, initiative, collective }]);
                    }
                }
            }
        }
        const reported = new Set<ast.Cession>();
        for (const [key, entries] of byPracticeDomain) {
            const practice = key.split('\u0000')[0];
            // The first entry ceding to another collective than `entry`'s, found once per key rather than once per entry.
            const first = entries[0];
            const firstElsewhere = entries.find(e => e.collective !== first.collective);
            for (const entry of entries) {
                const other = entry.collective !== first.collective ? first : firstElsewhere;
                if (!other || reported.has(entry.cession) || AstUtils.getDocument(entry.cession) !== AstUtils.getDocument(root)) {
                    continue;
                }
                reported.add(entry.cession);
                report(accept, 'domain-ceded-twice',
                    `${practice} cedes ${label(entry.cession.domain.ref)} to ${label(entry.collective)} here and to ` +
                    `${label(other.collective)} in ${label(other.initiative)}: two collectives would decide it. ` +
                    `Cede it to one collective, or split the domain.`,
                    { node: entry.cession, property: 'domain' });
            }
        }
    };
}
