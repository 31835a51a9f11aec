import type { ValidationAcceptor } from 'langium';
import * as ast from '../../generated/ast.js';
import { label } from '../naming.js';
import { report } from '../report.js';

export function checkMergerSize(merger: ast.Merger, accept: ValidationAcceptor): void {
    const practices = new Set(merger.properties.filter(ast.isMerges).flatMap(m => m.practices.map(p => p.$refText)));
    if (practices.size < 2) {
        report(accept, 'merger-too-small',
            `Merger ${label(merger)} names ${practices.size === 0 ? 'no practices' : 'only one practice'}; ` +
            `a merger needs at least two. Add 'merges A, B, ...'.`,
            { node: merger, property: 'name' });
    }
}
