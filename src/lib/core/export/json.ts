/**
 * JSON export of one alignment: the rows with their sentences per language (kept as separate
 * strings, unlike TMX and TSV) and their metadata, for scripts and other tools.
 */
import type { Lang } from '../types';
import { checkLangs, selectRows, type ExportOptions, type ExportRow } from './rows';

export const ALIGNMENT_JSON_FORMAT = 'triptych-alignment';

export interface AlignmentJson {
	format: typeof ALIGNMENT_JSON_FORMAT;
	version: 1;
	langs: Lang[];
	/** Export rows with only the languages that have text, each sentence trimmed. */
	rows: ExportRow[];
}

/**
 * Tab-indented JSON with a fixed key order, ending in a newline.
 *
 * @example toJson({ rows, langs: ['en', 'ru'], empty: 'skip' })
 */
export function toJson(options: ExportOptions): string {
	const langs = checkLangs(options.langs);
	const doc: AlignmentJson = {
		format: ALIGNMENT_JSON_FORMAT,
		version: 1,
		langs: [...langs],
		rows: selectRows(options.rows, langs, options.empty).map(({ row, sentences }) => {
			const texts: Partial<Record<Lang, string[]>> = {};
			for (const lang of langs) if (sentences[lang]) texts[lang] = sentences[lang];
			const missing = row.missing?.filter((l) => langs.includes(l));
			return {
				id: row.id,
				texts,
				status: row.status,
				score: row.score !== undefined && Number.isFinite(row.score) ? row.score : undefined,
				flagged: row.flagged,
				review: row.review,
				missing: missing && missing.length > 0 ? missing : undefined,
				notes: row.notes && row.notes.length > 0 ? [...row.notes] : undefined
			};
		})
	};
	return JSON.stringify(doc, null, '\t') + '\n';
}
