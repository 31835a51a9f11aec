#!/usr/bin/env node
// The `autonomy` command. Checks the Node version before loading anything,
// because the parser underneath needs Node 22 and fails obscurely on older ones.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
    process.stderr.write(`autonomy: needs Node.js 22 or newer; this is Node ${process.versions.node}. Install a newer Node, or run it from the repository with \`npx autonomy\`, which uses the project's own Node.\n`);
    process.exitCode = 2;
} else {
    let cli;
    try {
        cli = await import('../dist/main.js');
    } catch (error) {
        // A missing or half-built dist/ is a set-up problem, not a bug: say how to fix it.
        process.stderr.write(`autonomy: cannot load the tool (${error?.code ?? 'error'}: ${error?.message?.split('\n')[0]}). Build it first: \`npm install && npm run build\` in the repository.\n`);
        process.exitCode = 3;
    }
    if (cli) {
        process.exitCode = await cli.run(process.argv.slice(2));
    }
}
