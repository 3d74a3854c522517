/**
 * Library search across all three languages: case-insensitive (Armenian and Cyrillic too),
 * `ё` folded to `е`, results carrying the matching sentence and its aligned counterparts.
 */
import { sentenceText } from './rendering-record';
import type { Alignment, Lang, Rendering } from './types';
import { LANGS } from './types';

/**
 * Folds text for matching: `foldForSearch('Ёлка ՀԱՊԿ')` → `'елка հապկ'`. Lower-casing keeps
 * the length for Armenian, Cyrillic and ASCII letters, so match offsets point into the original.
 */
export function foldForSearch(text: string): string {
	return text.toLowerCase().replace(/ё/g, 'е');
}

export interface SearchHit {
	articleId: string;
	lang: Lang;
	sentenceId: string;
	text: string;
	/** Offsets of the match inside `text`. */
	match: { start: number; end: number };
	counterparts: Partial<Record<Lang, string>>;
}

export function searchLibrary(
	renderings: Rendering[],
	alignments: Alignment[],
	query: string,
	limit = 50
): SearchHit[] {
	const needle = foldForSearch(query.trim());
	if (needle.length < 2) return [];
	const byId = new Map(renderings.map((r) => [r.id, r]));
	const rowOf = new Map<string, Alignment['rows'][number]>();
	for (const a of alignments) {
		for (const row of a.rows) {
			for (const lang of LANGS)
				for (const id of row.cells[lang]) rowOf.set(`${a.articleId}:${lang}:${id}`, row);
		}
	}
	const hits: SearchHit[] = [];
	for (const r of renderings) {
		for (const s of r.sentences) {
			const text = sentenceText(r, s);
			const at = foldForSearch(text).indexOf(needle);
			if (at < 0) continue;
			const row = rowOf.get(`${r.articleId}:${r.lang}:${s.id}`);
			const counterparts: SearchHit['counterparts'] = {};
			if (row) {
				for (const lang of LANGS) {
					const other = byId.get(`${r.articleId}:${lang}`);
					if (lang === r.lang || !other) continue;
					const texts = row.cells[lang].flatMap((id) => {
						const sentence = other.sentences.find((x) => x.id === id);
						return sentence ? [sentenceText(other, sentence)] : [];
					});
					if (texts.length) counterparts[lang] = texts.join(' ');
				}
			}
			hits.push({
				articleId: r.articleId,
				lang: r.lang,
				sentenceId: s.id,
				text,
				match: { start: at, end: at + needle.length },
				counterparts
			});
			if (hits.length >= limit) return hits;
		}
	}
	return hits;
}
