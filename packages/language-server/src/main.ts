import { runLanguageServer } from './server.js';

// The server's entry point for `node dist/main.js --stdio` and the autonomy-language-server bin.
const exitCode = runLanguageServer(process.argv.slice(2));
if (exitCode !== undefined) {
    process.exitCode = exitCode;
}
