// pdfmake for the worker: the same layout code the CLI runs (pdfmake's own modules, not its prebuilt
// browser bundle, whose zlib and pdfkit differ), reading the bundled fonts instead of the disk.
import PdfmakeBase from 'pdfmake/js/base.js';
import OutputDocument from 'pdfmake/js/OutputDocument.js';
import { bundledFonts } from './bundled-fonts.js';

class BrowserPdfmake extends PdfmakeBase {
    constructor() {
        super();
        this.virtualfs = bundledFonts;
    }

    /** There is no disk to guard: fonts come from the bundle, and URLs are refused by the report's own policy. */
    setLocalAccessPolicy(): void {}

    _transformToDocument(pdfDocument: Promise<unknown>): OutputDocument {
        return new OutputDocument(pdfDocument);
    }
}

export default new BrowserPdfmake();
