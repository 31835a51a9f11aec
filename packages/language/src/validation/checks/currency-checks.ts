import { type AstNode, type ValidationAcceptor, type ValidationCheck } from 'langium';
import type { AutonomyServices } from '../../autonomy-module.js';
import * as ast from '../../generated/ast.js';
import { KeptFileCheck } from '../../speed/kept-file-check.js';
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
 * The nodes of one declaration that can hold money, in file order: the
 * properties of practices, initiatives and mergers, and the entries of cost
 * lists (the grammar writes amounts nowhere else). Read by structure: walking
 * the whole file with streamAst made this check 3-4% of the editor's CPU per
 * keystroke (docs/performance.md); a plain loop rather than a generator.
 */
function forEachMoneyHolder(declaration: AstNode, visit: (node: AstNode) => void): void {
    for (const property of (declaration as ast.Practice | ast.Initiative | ast.Merger).properties as AstNode[]) {
        if (property.$type === 'CurrentCosts') {
            (property as ast.CurrentCosts).costs?.forEach(visit);
        } else if (property.$type === 'SharedCost') {
            (property as ast.SharedCost).terms?.forEach(visit);
        } else {
            visit(property);
        }
    }
}

/** An amount as written, and its currency. */
interface Amount {
    readonly node: AstNode;
    readonly property: string;
    readonly text: string;
    readonly currency: string;
}

/** The amounts of one declaration that state a currency, in file order. */
function amountsOf(declaration: AstNode): Amount[] {
    const amounts: Amount[] = [];
    forEachMoneyHolder(declaration, node => {
        const property = MONEY_PROPERTIES[node.$type];
        const text = property ? writtenLiteral(node, property) : undefined;
        const currency = text === undefined ? undefined : currencyOf(text);
        if (text !== undefined && currency !== undefined) {
            amounts.push({ node, property, text, currency });
        }
    });
    return amounts;
}

/**
 * What the check needs of a declaration to pass it by: the currencies its
 * amounts use, each once, in the order they first appear (most declarations
 * use one, or none). Only a declaration with a currency other than the
 * expected one has its amounts read again, to report them. Kept while the
 * declaration is (speed/kept-file-check.ts): the literals are its own text.
 */
type Currencies = readonly string[];

/**
 * The lists of one currency, shared: most declarations use one, so their
 * parts cost the server nothing but their entry in the kept map (a server
 * keeps a part for every practice, initiative and merger it validated).
 */
const SINGLE_CURRENCIES = new Map<string, Currencies>();
const NO_CURRENCIES: Currencies = Object.freeze([]);

function currenciesOf(declaration: AstNode): Currencies {
    const used: string[] = [];
    for (const amount of amountsOf(declaration)) {
        if (!used.includes(amount.currency)) {
            used.push(amount.currency);
        }
    }
    if (used.length !== 1) {
        return used.length === 0 ? NO_CURRENCIES : used;
    }
    let single = SINGLE_CURRENCIES.get(used[0]);
    if (!single) {
        single = Object.freeze(used);
        SINGLE_CURRENCIES.set(used[0], single);
    }
    return single;
}

/**
 * Every amount must be in the model's currency: the one its settings (or an
 * imported file's) state, else the one the file's first amount uses.
 */
export function checkCurrency(services: AutonomyServices): ValidationCheck<ast.AutonomyFile> {
    // Per services: a part is only ever asked of the declarations of one language's documents.
    const kept = new KeptFileCheck(currenciesOf);
    return (root: ast.AutonomyFile, accept: ValidationAcceptor) => {
        let expected = settingsCurrency(visibleFiles(services, root));
        const stated = expected !== undefined;
        for (const element of root.elements) {
            // By $type (these are concrete types, with no subtypes): the reflection's is-checks cost more than the rest of the loop.
            if (element.$type !== 'Practice' && element.$type !== 'Initiative' && element.$type !== 'Merger') {
                continue;
            }
            const used = kept.of(element);
            if (used.length === 0) {
                continue;
            }
            expected ??= used[0];
            if (used.length === 1 && used[0] === expected) {
                continue;
            }
            for (const { node, property, text, currency } of amountsOf(element)) {
                if (currency !== expected) {
                    report(accept, 'currency-mismatch',
                        `${text} is in ${currency}, but ${stated ? 'the model\'s currency is' : 'this file\'s amounts are in'} ` +
                        `${expected}. Write every amount in ${expected}.`,
                        { node, property: property, data: { replacement: text.replace(currency, expected) } });
                }
            }
        }
    };
}
