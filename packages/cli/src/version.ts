import { readFileSync } from 'node:fs';

/** The CLI's version, read from its package.json so there is one place to bump it. */
export function cliVersion(): string {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
}
