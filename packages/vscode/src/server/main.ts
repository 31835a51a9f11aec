import { runLanguageServer } from '@autonomy/language-server';

// The extension's language server is the shared one (packages/language-server);
// this entry exists so esbuild.mjs bundles it, with its assets, into out/server.cjs.
// The client starts it over IPC (--node-ipc); tests and other editors over --stdio.
const exitCode = runLanguageServer(process.argv.slice(2));
if (exitCode !== undefined) {
    process.exitCode = exitCode;
}
