import type { ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { label } from '../naming.js';
import { report } from '../report.js';

export function checkPracticeHasListSize(practice: ast.Practice, accept: ValidationAcceptor): void {
    if (!practice.properties.some(ast.isListSize)) {
        report(accept, 'missing-required-property',
            `Practice ${label(practice)} has no list size, so costs cannot be shared by list size. ` +
            `Add 'list size N' with its registered list size.`,
            { node: practice, property: 'name', data: { property: 'list size' } });
    }
}
