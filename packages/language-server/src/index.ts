export * from './protocol.js';
export { runLanguageServer, startAutonomyLanguageServer, transportFromArgs, TRANSPORT_USAGE, type Transport } from './server.js';
export { AutonomyServerModule, createAutonomyServerServices, type AutonomyServerServices } from './server-module.js';
export { defineCustomRequest, type CustomRequest } from './custom-requests.js';
export { CUSTOM_REQUESTS } from './requests/all-requests.js';
export { structureSvg } from './structure-diagram.js';
