/**
 * Sentence alignment of two or three renderings. Pure TypeScript: runs in Node, a worker and the
 * page alike.
 *
 * @example
 * const rows = alignUnits({ en: enUnits, hy: hyUnits, ru: ruUnits }, { anchors: confirmed });
 * rows.filter(needsReview);
 */
export {
	alignUnits,
	LEARN_FROM_ANCHORS,
	needsReview,
	REVIEW_THRESHOLD,
	type AlignOptions
} from './align';
export { AlignError, isAlignError, type AlignErrorCode } from './errors';
export type { AlignUnit } from './features';
export { Lexicon, NEWS_LEXICON, learnLexicon, lightStem, type LexiconEntry } from './lexicon';
export { calibrateLength, LENGTH_MODELS, SCORE } from './scoring';
