// packages/report's pdf-fonts.ts locates fonts with require.resolve; in the browser the module id is
// the name src/pdf/bundled-fonts.ts files the bundled bytes under. Nothing else is required.
export function createRequire(): { (id: string): never; resolve(id: string): string } {
    return Object.assign((id: string): never => {
        throw new Error(`require(${id}) is not available in the web edition`);
    }, { resolve: (id: string) => id });
}
