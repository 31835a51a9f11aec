import type { ValidationChecks } from 'langium';
import type { AutonomyServices } from '../autonomy-module.js';
import type { AutonomyAstType } from '../generated/ast.js';

/**
 * Wires every check to the AST type it inspects, in one table. Each check is a
 * small function in a module named for its concern.
 */
export function registerValidationChecks(services: AutonomyServices): void {
    const checks: ValidationChecks<AutonomyAstType> = {};
    services.validation.ValidationRegistry.register(checks);
}
