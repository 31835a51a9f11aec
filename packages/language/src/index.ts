export * from './autonomy-module.js';
export * from './literals.js';
export * as ast from './generated/ast.js';
export { DomainModelBuilder } from './domain-model/build-domain-model.js';
export { ImportResolver } from './imports/import-resolver.js';
export { ProjectRoot } from './imports/project-root.js';
export { isInside, realPath } from './imports/real-path.js';
export { VALIDATION_CODES } from './validation/diagnostic-codes.js';
export { clipEcho, ECHO_LIMIT } from './validation/echo-limit.js';
