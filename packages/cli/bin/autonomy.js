#!/usr/bin/env node
// The `autonomy` command. Checks the Node version before loading anything,
// because the parser underneath needs Node 22 and fails obscurely on older ones.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
    process.stderr.write(`autonomy: needs Node.js 22 or newer; this is Node ${process.versions.node}. Install a newer Node, or run it from the repository with \`npx autonomy\`, which uses the project's own Node.\n`);
    process.exitCode = 2;
} else {
    const { run } = await import('../dist/main.js');
    process.exitCode = await run(process.argv.slice(2));
}
