import { fontFile } from './font-files.js';

/**
 * DejaVu Sans covers £, €, → and ≥ (pdfmake's Roboto lacks arrows, the
 * standard 14 fonts garble them). pdfmake wants absolute file paths.
 */
export function pdfFonts(): Record<string, Record<string, string>> {
    return {
        DejaVuSans: {
            normal: fontFile('DejaVuSans'),
            bold: fontFile('DejaVuSans-Bold'),
            italics: fontFile('DejaVuSans-Oblique'),
            bolditalics: fontFile('DejaVuSans-BoldOblique')
        },
        DejaVuSansMono: {
            normal: fontFile('DejaVuSansMono'),
            bold: fontFile('DejaVuSansMono-Bold'),
            italics: fontFile('DejaVuSansMono-Oblique'),
            bolditalics: fontFile('DejaVuSansMono-BoldOblique')
        }
    };
}
