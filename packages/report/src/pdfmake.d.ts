// pdfmake 0.3 ships no type declarations; the report uses a small, untyped part of it.
declare module 'pdfmake' {
    const pdfmake: {
        setFonts(fonts: Record<string, Record<string, string>>): void;
        setUrlAccessPolicy(policy: (url: string) => boolean): void;
        setLocalAccessPolicy(policy: (path: string) => boolean): void;
        createPdf(definition: unknown, options?: unknown): { getBuffer(): Promise<Uint8Array> };
    };
    export default pdfmake;
}
