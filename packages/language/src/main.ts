import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createAutonomyServices } from './autonomy-module.js';

// The language server's entry point: the VS Code extension starts this over IPC,
// other editors over stdio (`--stdio`).
const connection = createConnection(ProposedFeatures.all);
const { shared } = createAutonomyServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
