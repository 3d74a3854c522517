/**
 * The core pipeline's public API: raw text → parsed document → sentences → alignment rows →
 * edits and exports. Pure TypeScript with no DOM, Svelte or Dexie, so the page, the aligner's
 * worker and the command line all run the same code.
 *
 * @example
 * const { doc, sentences } = analyze(text, 'hy');
 * const rows = alignUnits({ en: enUnits, hy: hyUnits, ru: ruUnits });
 * const tmx = toTmx({ rows: rowsFromAlignment(renderings, alignment) });
 */
export * from './types';
export { fnv1a, sentenceIds, sha256Hex } from './hash';
export { parseDocument } from './parse';
export { analyze, segment, segmentDocument } from './segment';
export {
	ImportError,
	MAX_IMPORT_BYTES,
	decodeBytes,
	detectLanguage,
	encodeOriginal,
	extractHtmlText,
	prepareImport
} from './import';
export { TmxImportError, buildImportedArticle, parseTmx } from './import/tmx';
export { alignUnits, needsReview, type AlignUnit } from './align';
export * from './edit';
export {
	exportAlignment,
	rowsFromAlignment,
	toJson,
	toTmx,
	toTsv,
	type ExportFormat
} from './export';
export { BackupError, createBackup, parseBackup, type LibrarySnapshot } from './backup';
export { buildRendering, renderingId, sentenceText } from './rendering';
export { displayRows, headerOf, singleLanguageRows, type DisplayRow } from './view';
export { foldForSearch, searchLibrary, type SearchHit } from './search';
export { isAlignmentCurrent, summarize, type ArticleSummary } from './summary';
