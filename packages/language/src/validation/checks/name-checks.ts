import { type ValidationAcceptor, type ValidationCheck } from 'langium';
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
 * declaration that is not the first one seen; so an imported declaration
 * matters only under a name this file declares, and a file that declares
 * none (one that only imports the scenarios) reads no other file.
 */
export function checkUniqueNames(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        const own = root.elements.filter(isNamed);
        const files = own.length > 0 ? visibleFiles(services, root) : [];
        if (files[0] !== root) {
            return;
        }
        const keys = new Set(own.map(keyOf));
        // Imported declarations first: a local one that repeats an imported one is the duplicate.
        const first = new Map<string, Named>();
        for (let i = 1; i < files.length; i++) {
            for (const element of files[i].elements) {
                if (isNamed(element)) {
                    const key = keyOf(element);
                    if (keys.has(key) && !first.has(key)) {
                        first.set(key, element);
                    }
                }
            }
        }
        for (const element of own) {
            const key = keyOf(element);
            const earlier = first.get(key);
            if (!earlier) {
                first.set(key, element);
                continue;
            }
            const where = earlier.$container === root ? `line ${lineOf(earlier)}` : `${fileOf(earlier)} line ${lineOf(earlier)}`;
            report(accept, 'duplicate-name',
                `The name '${element.name}' is already used by the ${KIND[earlier.$type]} declared at ${where}; ` +
                `rename this ${KIND[element.$type]} or remove one of them.`,
                { node: element, property: 'name' });
        }
    };
}

function keyOf(element: Named): string {
    return `${namespaceOf(element)}\u0000${element.name}`;
}

/** What reports call a practice: its title, else its name (compared without case or surrounding spaces). */
function shownAs(practice: ast.Practice): string {
    return (practice.title ?? practice.name ?? '').trim().toLowerCase();
}

/**
 * Two practices every report would show under the same title (issue 12 item 12):
 * a warning on each later one in this file, naming the first.
 */
export function checkDistinctTitles(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        const own = root.elements.filter(ast.isPractice);
        const files = own.length > 0 ? visibleFiles(services, root) : [];
        if (files[0] !== root) {
            return;
        }
        // As for names: imported practices first, and only those shown as one of this file's are.
        const shownHere = new Set(own.map(shownAs));
        const first = new Map<string, ast.Practice>();
        for (let i = 1; i < files.length; i++) {
            for (const practice of files[i].elements) {
                if (ast.isPractice(practice)) {
                    const shown = shownAs(practice);
                    if (shownHere.has(shown) && (shown === '' || !first.has(shown))) {
                        first.set(shown, practice);
                    }
                }
            }
        }
        for (const practice of own) {
            const shown = shownAs(practice);
            const earlier = first.get(shown);
            if (shown === '' || !earlier) {
                first.set(shown, practice);
                continue;
            }
            if (earlier.name === practice.name) {
                // A duplicate name (reported as duplicate-name).
                continue;
            }
            const where = earlier.$container === root ? `line ${lineOf(earlier)}` : `${fileOf(earlier)} line ${lineOf(earlier)}`;
            report(accept, 'duplicate-title',
                `Practices '${earlier.name}' (${where}) and '${practice.name}' are both shown as "${practice.title ?? practice.name}": `
                + 'reports and the editor could not tell them apart. Give each a title of its own.',
                { node: practice, property: practice.title !== undefined ? 'title' : 'name' });
        }
    };
}
