export * from './result.js';
export { analyse } from './analyse.js';
export { MAX_AMOUNT, MAX_COUNT, MAX_TOTAL } from './sanitise.js';
export { type AnalysisOptions, AnalysisCancelledError, DEFAULT_EXACT_LIMIT, DEFAULT_SEED } from './options.js';
export { DEFAULT_INITIATIVE_CACHE_SIZE, InitiativeCache } from './initiative-cache.js';
export { PRACTICE_RISK_FIELDS, updatePracticeRisks } from './practice-update.js';
