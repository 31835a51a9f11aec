/**
 * The hook for verdicts that flip within +-10% of an input (DOMAIN.md item
 * 16). The sensitivity analysis is not part of the analysis result on this
 * branch; when it is, these two functions read it and the summary covers
 * every initiative with a fragile verdict without further changes.
 */
import type { AnalysisResult } from '@autonomy/analysis';
import type { Draft } from './initiative-findings.js';
import type { Wording } from './wording.js';

export const fragileDrafts: (analysis: AnalysisResult, words: Wording) => Draft[] = () => [];

export const hasFragileVerdict: (analysis: AnalysisResult, initiative: string) => boolean = () => false;
