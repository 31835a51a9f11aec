export * from './autonomy-module.js';
export * from './literals.js';
export * as ast from './generated/ast.js';
export { DomainModelBuilder } from './domain-model/build-domain-model.js';
export { ImportResolver } from './imports/import-resolver.js';
export { AutonomyDocumentValidator } from './validation/document-validator.js';
