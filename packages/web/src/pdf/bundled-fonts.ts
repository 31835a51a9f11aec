// The fonts packages/report's pdf-fonts.ts names, bundled as bytes (esbuild's binary loader), under the
// names it asks for: in the web build require.resolve returns the module id (src/node-stubs/module.ts).
import { Buffer } from 'buffer';
import { mount } from '../node-stubs/fs.js';
import sansBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf';
import sansBoldOblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf';
import sansOblique from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf';
import sans from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf';
import monoBold from 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf';
import monoBoldOblique from 'dejavu-fonts-ttf/ttf/DejaVuSansMono-BoldOblique.ttf';
import monoOblique from 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Oblique.ttf';
import mono from 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf';

const FILES = new Map(Object.entries({
    'DejaVuSans.ttf': sans,
    'DejaVuSans-Bold.ttf': sansBold,
    'DejaVuSans-Oblique.ttf': sansOblique,
    'DejaVuSans-BoldOblique.ttf': sansBoldOblique,
    'DejaVuSansMono.ttf': mono,
    'DejaVuSansMono-Bold.ttf': monoBold,
    'DejaVuSansMono-Oblique.ttf': monoOblique,
    'DejaVuSansMono-BoldOblique.ttf': monoBoldOblique
}).map(([file, bytes]) => [`dejavu-fonts-ttf/ttf/${file}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]));

/** The part of a file system pdfmake reads fonts through; pdfkit reads the same files through `fs` (a chart's text). */
export const bundledFonts = {
    existsSync: (path: string): boolean => FILES.has(path),
    readFileSync(path: string): Buffer {
        const bytes = FILES.get(path);
        if (!bytes) throw new Error(`The web edition does not bundle the font ${path}: add it to packages/web/src/pdf/bundled-fonts.ts.`);
        return bytes;
    }
};

mount(bundledFonts);
