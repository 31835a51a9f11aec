import { AstUtils, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../../autonomy-module.js';
import * as ast from '../../generated/ast.js';
import { fileOf, lineOf } from '../naming.js';
import { report } from '../report.js';
import { visibleFiles } from '../visible-files.js';

type Named = ast.Domain | ast.Practice | ast.Collective | ast.Initiative | ast.Merger | ast.Partner;

/** Practices and collectives share one namespace: 'members' may name either. */
function namespaceOf(node: Named): string {
    return ast.isPractice(node) || ast.isCollective(node) ? 'Unit' : node.$type;
}

const KIND: Record<string, string> = {
    Domain: 'domain', Practice: 'practice', Collective: 'collective',
    Initiative: 'initiative', Merger: 'merger', Partner: 'partner'
};

function isNamed(element: ast.Element): element is Named {
    return !ast.isTrust(element) && typeof (element).name === 'string';
}

/**
 * A name declared twice (per kind, practices and collectives together) in a
 * file and the files it imports. Reported in this file only, on every
 * declaration that is not the first one seen.
 */
export function checkUniqueNames(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        const files = visibleFiles(services, root);
        // Imported declarations first: a local one that repeats an imported one is the duplicate.
        const ordered = [...files.slice(1), files[0]].flatMap(f => f.elements.filter(isNamed));
        const first = new Map<string, Named>();
        for (const element of ordered) {
            const key = `${namespaceOf(element)}\u0000${element.name}`;
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, element);
                continue;
            }
            if (AstUtils.getDocument(element) !== AstUtils.getDocument(root)) {
                continue;
            }
            const where = AstUtils.getDocument(earlier) === AstUtils.getDocument(root)
                ? `line ${lineOf(earlier)}`
                : `${fileOf(earlier)} line ${lineOf(earlier)}`;
            report(accept, 'duplicate-name',
                `The name '${element.name}' is already used by the ${KIND[earlier.$type]} declared at ${where}; ` +
                `rename this ${KIND[element.$type]} or remove one of them.`,
                { node: element, property: 'name' });
        }
    };
}
