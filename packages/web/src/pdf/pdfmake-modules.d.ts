// pdfmake 0.3's CommonJS modules ship no types; the web build uses its base class and output document.
declare module 'pdfmake/js/base.js' {
    export default class PdfmakeBase {
        virtualfs: unknown;
        createPdf(definition: unknown, options?: unknown): unknown;
    }
}
declare module 'pdfmake/js/OutputDocument.js' {
    export default class OutputDocument {
        constructor(pdfDocument: Promise<unknown>);
        getBuffer(): Promise<Uint8Array>;
    }
}
declare module '*.ttf' {
    const bytes: Uint8Array<ArrayBuffer>;
    export default bytes;
}
