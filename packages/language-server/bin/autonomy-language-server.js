#!/usr/bin/env node
// The `autonomy-language-server` command: the Autonomy language server for any
// editor, on stdio (`--stdio`, the default) or VS Code's IPC (`--node-ipc`).
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
    process.stderr.write(`autonomy-language-server: needs Node.js 22 or newer; this is Node ${process.versions.node}.\n`);
    process.exitCode = 2;
} else {
    await import('../dist/main.js');
}
