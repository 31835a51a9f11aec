export * from './result.js';
export { analyse } from './analyse.js';
export { type AnalysisOptions, AnalysisCancelledError, DEFAULT_EXACT_LIMIT, DEFAULT_SEED } from './options.js';
export { DEFAULT_INITIATIVE_CACHE_SIZE, InitiativeCache } from './initiative-cache.js';
export { PRACTICE_RISK_FIELDS, updatePracticeRisks } from './practice-update.js';
export * from './sensitivity-result.js';
export { analyseSensitivity, type SensitivityOptions, verdictLabel } from './sensitivity.js';
export * from './comparison.js';
export { membersNotFollowing, votingCollective } from './nested-vote.js';
