/**
 * What the library list shows for one article, computed from the article, its renderings and
 * its alignment. The database stores one {@link ArticleSummary} per article and rewrites it in
 * the same transaction as every write that changes what it summarises, so the list reads small
 * records only (never the texts or the rows).
 *
 * @example
 * const summary = summarize(article, renderings, alignment);
 * summary.rows; // 21
 * summary.confirmed; // 1
 */
import { LANGS, type Alignment, type Article, type Lang, type Rendering } from './types';

/** The fields of a rendering a summary needs (stored renderings carry them without the text). */
export type SummarizedRendering = Pick<Rendering, 'lang' | 'title' | 'date' | 'version'>;

export interface ArticleSummary {
	articleId: string;
	origin: Article['origin'];
	createdAt: number;
	updatedAt: number;
	titles: Partial<Record<Lang, Rendering['title']>>;
	/** ISO date of the first rendering (in language order) that has one. */
	date?: string;
	langs: Lang[];
	rows: number;
	confirmed: number;
	/** Rows marked for review and not yet confirmed. */
	review: number;
	flagged: number;
	notes: number;
	/** True when an alignment was computed against the renderings' present versions. */
	aligned: boolean;
}

/** An alignment is current when it was computed against the renderings' present versions. */
export function isAlignmentCurrent(
	alignment: Pick<Alignment, 'basis'>,
	renderings: readonly Pick<Rendering, 'lang' | 'version'>[]
): boolean {
	if (renderings.length < 2) return false;
	return renderings.every((r) => alignment.basis[r.lang] === r.version);
}

export function summarize(
	article: Article,
	renderings: readonly SummarizedRendering[],
	alignment: Pick<Alignment, 'rows' | 'basis'> | undefined
): ArticleSummary {
	const ordered = LANGS.flatMap((l) => renderings.filter((r) => r.lang === l));
	const rows = alignment?.rows ?? [];
	const summary: ArticleSummary = {
		articleId: article.id,
		origin: article.origin,
		createdAt: article.createdAt,
		updatedAt: article.updatedAt,
		titles: Object.fromEntries(ordered.map((r) => [r.lang, r.title])),
		langs: ordered.map((r) => r.lang),
		rows: rows.length,
		confirmed: rows.filter((r) => r.status === 'confirmed').length,
		review: rows.filter((r) => r.review && r.status !== 'confirmed').length,
		flagged: rows.filter((r) => r.flagged).length,
		notes: rows.reduce((n, r) => n + r.notes.length, 0),
		aligned: alignment !== undefined && isAlignmentCurrent(alignment, ordered)
	};
	const date = ordered.find((r) => r.date)?.date;
	if (date) summary.date = date;
	return summary;
}
