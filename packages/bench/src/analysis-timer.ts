import type { AutonomyServices } from '@autonomy/language';

type AnalysisProvider = AutonomyServices['analysis']['AnalysisProvider'];

/**
 * Wraps the provider's getAnalysis so that the CPU time spent in it (the
 * domain model and the analysis behind the analysis-based diagnostics) adds
 * up in `spent.ms`, read with `clock` (ms); reset `spent.ms` between builds.
 */
export function timeAnalysis(provider: AnalysisProvider, clock: () => number): { ms: number } {
    const spent = { ms: 0 };
    const getAnalysis = provider.getAnalysis.bind(provider);
    provider.getAnalysis = (document) => {
        const started = clock();
        try {
            return getAnalysis(document);
        } finally {
            spent.ms += clock() - started;
        }
    };
    return spent;
}
