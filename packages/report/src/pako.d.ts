// pako 1 ships no type declarations; the report uses only its one-shot deflate (zlib format, default level).
declare module 'pako' {
    const pako: {
        deflate(data: Uint8Array): Uint8Array;
    };
    export default pako;
}
