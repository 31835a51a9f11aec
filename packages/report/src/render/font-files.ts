import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The path of a DejaVu font file ("DejaVuSans-Bold"), where npm installed the
 * dejavu-fonts-ttf package. A bundle that carries the fonts itself replaces
 * this module at build time (packages/vscode/esbuild.mjs).
 */
export function fontFile(name: string): string {
    return require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
}
