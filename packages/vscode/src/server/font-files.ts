import { join } from 'node:path';

/**
 * The bundled server's stand-in for @autonomy/report's font-files module
 * (swapped in by esbuild.mjs): the fonts are copied into out/fonts, beside
 * server.cjs, because the .vsix carries no node_modules.
 */
export function fontFile(name: string): string {
    return join(__dirname, 'fonts', `${name}.ttf`);
}
