import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans covers £, €, → and ≥ (pdfmake's Roboto lacks arrows, the
 * standard 14 fonts garble them). pdfmake wants absolute file paths.
 */
export function pdfFonts(): Record<string, Record<string, string>> {
    const ttf = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
    return {
        DejaVuSans: {
            normal: ttf('DejaVuSans'),
            bold: ttf('DejaVuSans-Bold'),
            italics: ttf('DejaVuSans-Oblique'),
            bolditalics: ttf('DejaVuSans-BoldOblique')
        },
        DejaVuSansMono: {
            normal: ttf('DejaVuSansMono'),
            bold: ttf('DejaVuSansMono-Bold'),
            italics: ttf('DejaVuSansMono-Oblique'),
            bolditalics: ttf('DejaVuSansMono-BoldOblique')
        }
    };
}
