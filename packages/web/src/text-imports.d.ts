// esbuild's text loader (scripts/build.mjs) turns these files into their contents.
declare module '*.md' {
    const text: string;
    export default text;
}
declare module '*.autonomy' {
    const text: string;
    export default text;
}
