export * from './result.js';
export { analyse } from './analyse.js';
export { type AnalysisOptions, AnalysisCancelledError, DEFAULT_EXACT_LIMIT, DEFAULT_SEED } from './options.js';
export { DEFAULT_INITIATIVE_CACHE_SIZE, InitiativeCache } from './initiative-cache.js';
export { SeededRandom } from './random.js';
export { joinNames } from './wording.js';
export { PRACTICE_RISK_FIELDS, updatePracticeRisks } from './practice-update.js';
