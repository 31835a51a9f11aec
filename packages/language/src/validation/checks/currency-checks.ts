import { type AstNode, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../../autonomy-module.js';
import * as ast from '../../generated/ast.js';
import { currencyOf } from '../../literals.js';
import { writtenLiteral } from '../../parser/written-literal.js';
import { report } from '../report.js';
import { visibleFiles } from '../visible-files.js';

/** Where money is written: node type -> property. */
const MONEY_PROPERTIES: Record<string, string> = {
    SustainabilityGap: 'amount',
    PracticeCost: 'amount',
    CostTerm: 'amount',
    CoalitionSaving: 'value',
    Compensation: 'amount',
    MergerSaving: 'amount'
};

function settingsCurrency(files: readonly ast.AutonomyFile[]): string | undefined {
    for (const file of files) {
        for (const settings of file.settings) {
            const entry = settings.entries.find(ast.isCurrencySetting);
            if (entry?.symbol) {
                return entry.symbol.replace(/^["']|["']$/g, '');
            }
        }
    }
    return undefined;
}

/**
 * The nodes that can hold money, in file order: the properties of practices,
 * initiatives and mergers, and the entries of cost lists (the grammar writes
 * amounts nowhere else). Read by structure: walking the whole file with
 * streamAst made this check 3-4% of the editor's CPU per keystroke
 * (docs/performance.md); a plain loop rather than a generator.
 */
function forEachMoneyHolder(root: ast.AutonomyFile, visit: (node: AstNode) => void): void {
    // By $type (these are concrete types, with no subtypes): the reflection's is-checks cost more than the rest of the loop.
    for (const element of root.elements) {
        if (element.$type !== 'Practice' && element.$type !== 'Initiative' && element.$type !== 'Merger') {
            continue;
        }
        for (const property of element.properties as AstNode[]) {
            if (property.$type === 'CurrentCosts') {
                (property as ast.CurrentCosts).costs?.forEach(visit);
            } else if (property.$type === 'SharedCost') {
                (property as ast.SharedCost).terms?.forEach(visit);
            } else {
                visit(property);
            }
        }
    }
}

/**
 * Every amount must be in the model's currency: the one its settings (or an
 * imported file's) state, else the one the file's first amount uses.
 */
export function checkCurrency(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        let expected = settingsCurrency(visibleFiles(services, root));
        const stated = expected !== undefined;
        forEachMoneyHolder(root, node => {
            const property = MONEY_PROPERTIES[node.$type];
            const text = property ? writtenLiteral(node, property) : undefined;
            const currency = text === undefined ? undefined : currencyOf(text);
            if (text === undefined || currency === undefined) {
                return;
            }
            expected ??= currency;
            if (currency !== expected) {
                report(accept, 'currency-mismatch',
                    `${text} is in ${currency}, but ${stated ? 'the model\'s currency is' : 'this file\'s amounts are in'} ` +
                    `${expected}. Write every amount in ${expected}.`,
                    { node, property: property, data: { replacement: text.replace(currency, expected) } });
            }
        });
    };
}
