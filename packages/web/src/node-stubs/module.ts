// The PDF fonts are located through require.resolve; the web build replaces the PDF renderer, so this is never asked.
export function createRequire(): (id: string) => never {
    return (id: string) => {
        throw new Error(`require(${id}) is not available in the web edition`);
    };
}
