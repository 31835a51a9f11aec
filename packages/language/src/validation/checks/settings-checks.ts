import type { ValidationAcceptor } from 'langium';
import type * as ast from '../../generated/ast.js';
import { report } from '../report.js';

export function checkSettingsOnce(root: ast.AutonomyFile, accept: ValidationAcceptor): void {
    root.settings.slice(1).forEach(settings => {
        report(accept, 'duplicate-model-settings',
            `This file has more than one 'model' block; only the first counts. Merge them into one.`,
            { node: settings, property: 'title' });
    });
}
