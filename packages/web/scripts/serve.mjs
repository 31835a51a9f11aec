// Serves the built web edition on 127.0.0.1 only: `npm run web:serve`, and the browser tests.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/**
 * The page's Content-Security-Policy, also sent as a header on every file: a worker obeys its own
 * response's policy, not the page's <meta>, and this keeps the language server's worker offline too.
 */
function contentSecurityPolicy(folder) {
    const page = join(folder, 'index.html');
    return existsSync(page) ? /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1] : undefined;
}

/** Starts serving `folder`; port 0 picks a free one. Resolves to the page's URL and a close function. */
export function serveFolder(folder, port = 0) {
    const csp = contentSecurityPolicy(folder);
    const server = createServer((request, response) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
        const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
        if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
            response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
            return;
        }
        response.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-store',
            ...(csp ? { 'content-security-policy': csp } : {})
        });
        createReadStream(file).pipe(response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            resolve({ url: `http://127.0.0.1:${address.port}/`, close: () => new Promise(done => server.close(() => done())) });
        });
    });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
    const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
    if (!existsSync(join(folder, 'index.html'))) {
        console.error(`web: ${folder} has no index.html; build it first with \`npm run web\`.`);
        process.exit(1);
    }
    const port = Number(process.env.PORT ?? 8765);
    const { url } = await serveFolder(folder, port);
    console.log(`web edition at ${url} (127.0.0.1 only; Ctrl-C stops it)`);
}
