import { type ValueKind } from '@autonomy/analysis';
import { type AstNode, CstUtils, GrammarUtils, type Reference } from 'langium';
import * as ast from '../generated/ast.js';

/**
 * Every figure a model file states, where it is written, what it is and which
 * kind of figure it is (so its valid range, analysis VALUE_LIMITS). The web
 * edition scrubs these with the mouse and puts the inputs on sliders.
 */
export interface StatedFigure {
    /** Offsets of the literal in the document's text. */
    offset: number;
    end: number;
    /** As written, e.g. "£24,000", "40%", "8,200". */
    text: string;
    /** In the model's units: money in minor units, percentages as fractions. */
    value: number;
    kind: ValueKind;
    /** What a partner would call it: the practice, initiative or statement it belongs to, then the figure. */
    group: string;
    label: string;
    /** A verdict can depend on it: an input of the sensitivity analysis (DOMAIN.md item 16). */
    input: boolean;
}

type Named = AstNode & { name?: string; title?: string };

interface FigureRole {
    kind: ValueKind;
    input: boolean;
    describe(node: AstNode): { group: string; label: string };
}

const titleOf = (node: Named | undefined): string => node?.title ?? node?.name ?? 'unnamed';
const refTitle = (ref: Reference<Named> | undefined): string => (ref?.ref ? titleOf(ref.ref) : ref?.$refText ?? 'unnamed');
/** The declaration a property belongs to (its practice, initiative, merger, ...). */
const owner = (node: AstNode): string => titleOf(node.$container);
/** Properties of a property (a current cost inside `current cost ...`) belong to the initiative. */
const grandOwner = (node: AstNode): string => owner(node.$container ?? node);

/** Which figure each literal property is, keyed by node type and property. */
const ROLES: Record<string, FigureRole> = {
    [`${ast.Domain.$type}.weight`]: { kind: 'weight', input: true, describe: node => ({ group: 'Decision domains', label: `weight of ${titleOf(node)}` }) },
    [`${ast.ListSize.$type}.value`]: { kind: 'count', input: true, describe: node => ({ group: owner(node), label: 'list size' }) },
    [`${ast.SustainabilityGap.$type}.amount`]: { kind: 'money', input: true, describe: node => ({ group: owner(node), label: 'sustainability gap' }) },
    [`${ast.CrisisRisk.$type}.value`]: { kind: 'percent', input: true, describe: node => ({ group: owner(node), label: 'crisis risk' }) },
    [`${ast.TrustComponent.$type}.value`]: {
        kind: 'trust', input: true, describe: node => {
            const trust = node.$container as ast.Trust;
            return { group: `Trust of ${refTitle(trust.practice)} in ${refTitle(trust.collective)}`, label: (node as ast.TrustComponent).component };
        }
    },
    [`${ast.Cession.$type}.degree`]: {
        kind: 'percent', input: true, describe: node => ({ group: owner(node), label: `degree of ${refTitle((node as ast.Cession).domain)} ceded` })
    },
    [`${ast.PracticeCost.$type}.amount`]: {
        kind: 'money', input: true, describe: node => ({ group: grandOwner(node), label: `${refTitle((node as ast.PracticeCost).practice)}'s current cost` })
    },
    [`${ast.CostTerm.$type}.amount`]: {
        kind: 'money', input: true, describe: node => {
            const term = node as ast.CostTerm;
            return { group: grandOwner(node), label: term.fixed ? 'fixed shared cost' : term.perPatient ? 'shared cost per patient' : 'shared cost per step' };
        }
    },
    [`${ast.CostTerm.$type}.stepSize`]: { kind: 'step-size', input: true, describe: node => ({ group: grandOwner(node), label: 'patients per step' }) },
    [`${ast.ExplicitShare.$type}.share`]: {
        kind: 'percent', input: false, describe: node => ({ group: grandOwner(node), label: `${refTitle((node as ast.ExplicitShare).practice)}'s share` })
    },
    [`${ast.CoalitionSaving.$type}.value`]: { kind: 'total', input: false, describe: node => ({ group: owner(node), label: 'coalition saving' }) },
    [`${ast.Compensation.$type}.amount`]: {
        kind: 'money', input: false,
        describe: node => ({ group: owner(node), label: `compensation ${refTitle((node as ast.Compensation).from)} pays ${refTitle((node as ast.Compensation).to)}` })
    },
    [`${ast.Investment.$type}.amount`]: { kind: 'money', input: false, describe: node => ({ group: owner(node), label: 'investment' }) },
    [`${ast.MergerSaving.$type}.amount`]: { kind: 'total', input: false, describe: node => ({ group: owner(node), label: 'merger saving' }) },
    [`${ast.Partner.$type}.population`]: { kind: 'count', input: false, describe: node => ({ group: titleOf(node), label: 'population served' }) },
    [`${ast.TrustThresholdSetting.$type}.value`]: { kind: 'threshold', input: true, describe: () => ({ group: 'Model settings', label: 'trust threshold' }) }
};

/** The terminals that write figures; the parser's value converter put their values in the AST. */
const LITERALS = new Set(['MONEY', 'PERCENT', 'NUMBER']);

/** The figures `file` states, in text order; a literal the parser could not place in a property is left out. */
export function statedFigures(file: ast.AutonomyFile): StatedFigure[] {
    if (!file.$cstNode) {
        return [];
    }
    const figures: StatedFigure[] = [];
    for (const leaf of CstUtils.flattenCst(file.$cstNode)) {
        if (!LITERALS.has(leaf.tokenType.name)) {
            continue;
        }
        const feature = GrammarUtils.findAssignment(leaf)?.feature;
        const role = feature ? ROLES[`${leaf.astNode.$type}.${feature}`] : undefined;
        const value = feature ? (leaf.astNode as AstNode & Record<string, unknown>)[feature] : undefined;
        if (!role || typeof value !== 'number') {
            continue;
        }
        figures.push({ offset: leaf.offset, end: leaf.end, text: leaf.text, value, kind: role.kind, input: role.input, ...role.describe(leaf.astNode) });
    }
    return figures;
}
