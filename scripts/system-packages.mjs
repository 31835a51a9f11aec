// The system packages the tests need beyond npm: Chromium (HTML, webview and editor
// screenshots), poppler (PDF text and pages), Neovim (a third-party LSP client),
// pre-commit, and on Linux libkrb5-dev (code-server's native kerberos module) and
// libxml2-utils (xmllint). Installs them with apt where it may (root, or sudo without a
// password); otherwise stops with the one command to run. Runs on any Node (it runs
// before `npm install` brings Node 24).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (command, args = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
// apt's progress is long and says nothing the summary line does not; its errors still show.
const run = (command, args) => spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;

function stop(command) {
    console.error(`setup: the tests need system packages that are not installed. Run:\n\n    ${command}\n\nthen \`npm run setup\` again.`);
    process.exit(1);
}

if (process.platform === 'darwin') {
    const missing = [];
    if (!has('pdftoppm', ['-v'])) missing.push('poppler');
    if (!existsSync('/Applications/Chromium.app') && !has('chromium')) missing.push('--cask chromium');
    if (!has('nvim', ['--version'])) missing.push('neovim');
    if (!has('pre-commit', ['--version'])) missing.push('pre-commit');
    if (missing.length > 0) {
        // Homebrew installs casks and formulae in separate calls.
        stop(missing.map(name => `brew install ${name}`).join(' && '));
    }
} else if (process.platform === 'linux' && has('dpkg', ['--version'])) {
    const missing = [];
    if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
    if (!has('pdftoppm', ['-v'])) missing.push('poppler-utils');
    if (!has('dpkg', ['-s', 'libkrb5-dev'])) missing.push('libkrb5-dev');
    // xmllint checks `--format junit` against its schema; Neovim is the third-party LSP
    // client the language-server test drives; pre-commit runs .pre-commit-hooks.yaml.
    if (!has('xmllint', ['--version'])) missing.push('libxml2-utils');
    if (!has('nvim', ['--version'])) missing.push('neovim');
    if (!has('pre-commit', ['--version'])) missing.push('pre-commit');
    if (missing.length > 0) {
        const asRoot = process.getuid?.() === 0;
        const sudo = !asRoot && has('sudo', ['-n', 'true']);
        const command = `${asRoot ? '' : 'sudo '}apt-get update && ${asRoot ? '' : 'sudo '}apt-get install -y ${missing.join(' ')}`;
        if (!asRoot && !sudo) {
            stop(command);
        }
        console.log(`setup: installing ${missing.join(', ')} with apt-get`);
        const apt = args => (sudo ? run('sudo', ['-n', 'apt-get', ...args]) : run('apt-get', args));
        if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', ...missing])) {
            stop(command);
        }
    }
} else {
    console.warn(`setup: cannot check system packages on ${process.platform}; the PDF and screenshot tests need ` +
        'Chromium and poppler (pdftoppm) on the PATH.');
}
