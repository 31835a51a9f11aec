/**
 * The analysis and report packages are built by other parts of the product
 * and may not export their entry points yet. The benchmark and the fuzz tests
 * load them by name at run time and say "not measured" when they are missing,
 * rather than fail to compile or fake a figure.
 */

export type Analyse = (model: unknown, options?: Record<string, unknown>) => unknown;
export type RenderPdf = (...args: unknown[]) => unknown;

export interface Optional<T> {
    value?: T;
    /** Why it is missing, when it is. */
    missing?: string;
}

async function load(name: string): Promise<Record<string, unknown> | string> {
    try {
        return await import(name) as Record<string, unknown>;
    } catch (error) {
        return `${name} could not be loaded (${(error as Error).message.split('\n')[0]})`;
    }
}

export async function loadAnalyse(): Promise<Optional<Analyse>> {
    const mod = await load('@autonomy/analysis');
    if (typeof mod === 'string') {
        return { missing: mod };
    }
    return typeof mod.analyse === 'function'
        ? { value: mod.analyse as Analyse }
        : { missing: '@autonomy/analysis does not export analyse() yet' };
}

export async function loadReport(): Promise<Optional<Record<string, unknown>>> {
    const mod = await load('@autonomy/report');
    if (typeof mod === 'string') {
        return { missing: mod };
    }
    return typeof mod.renderPdf === 'function'
        ? { value: mod }
        : { missing: '@autonomy/report does not export renderPdf() yet' };
}
