/**
 * Repository functions over the library that every page needs: reading articles, settings and
 * search sources, saving alignments. Seeding (`seed.ts`) and the rarer writes, imports and
 * deletes (`library-writes.ts`), load on first use. Every multi-table write is one Dexie
 * transaction with no other async work inside, so a failure leaves the database as it was.
 */
import { renderingId } from '$lib/core/rendering-record';
import { isAlignmentCurrent, type ArticleSummary } from '$lib/core/summary';
import {
	LANGS,
	type Alignment,
	type Article,
	type BundledOffer,
	type Lang,
	type Rendering,
	type Revision
} from '$lib/core/types';
import {
	joinRendering,
	refreshSummary,
	summaryTables,
	touchArticle,
	type StoredAlignment,
	type TriptychDB
} from './schema';

export { isAlignmentCurrent };

/** The device record of bundled articles the user deleted (seeding leaves them out). */
export const REMOVED_KEY = 'bundle.removed';

/** The parser and segmenter, loaded only when a text has to be analysed on the device. */
export const analysis = () => import('$lib/core/rendering');

/** What the library list shows for one article. */
export interface LibraryEntry {
	article: Article;
	titles: Partial<Record<Lang, { text: string; derived: boolean }>>;
	date?: string;
	langs: Lang[];
	rows: number;
	review: number;
	confirmed: number;
	aligned: boolean;
}

/** The library list, from the per-article summaries only (never the texts or the rows). */
export async function listLibrary(db: TriptychDB): Promise<LibraryEntry[]> {
	const summaries = await db.summaries.toArray();
	return summaries.map(entryOf).sort((a, b) => a.article.id.localeCompare(b.article.id));
}

function entryOf(s: ArticleSummary): LibraryEntry {
	const entry: LibraryEntry = {
		article: { id: s.articleId, origin: s.origin, createdAt: s.createdAt, updatedAt: s.updatedAt },
		titles: s.titles,
		langs: s.langs,
		rows: s.rows,
		review: s.review,
		confirmed: s.confirmed,
		aligned: s.aligned
	};
	if (s.date) entry.date = s.date;
	return entry;
}

export interface ArticleData {
	article: Article;
	renderings: Partial<Record<Lang, Rendering>>;
	alignment?: StoredAlignment;
}

export async function getArticle(db: TriptychDB, id: string): Promise<ArticleData | undefined> {
	return db.transaction(
		'r',
		[db.articles, db.renderings, db.originals, db.alignments],
		async () => {
			const article = await db.articles.get(id);
			if (!article) return undefined;
			const [stored, originals, alignment] = await Promise.all([
				db.renderings.where('articleId').equals(id).toArray(),
				db.originals.where('articleId').equals(id).toArray(),
				db.alignments.get(id)
			]);
			const originalOf = new Map(originals.map((o) => [o.renderingId, o]));
			return {
				article,
				renderings: Object.fromEntries(
					stored.map((r) => [r.lang, joinRendering(r, originalOf.get(r.id))])
				),
				alignment
			};
		}
	);
}

/** An article that lacks at least one language, as the import page offers it as a target. */
export interface IncompleteArticle {
	id: string;
	titles: Partial<Record<Lang, { text: string; derived: boolean }>>;
	langs: Lang[];
}

/**
 * Articles missing a language. Reads rendering keys first and whole renderings only for the
 * articles that qualify, so a large library is not loaded to list a few import targets.
 */
export async function listIncomplete(db: TriptychDB): Promise<IncompleteArticle[]> {
	return db.transaction('r', [db.articles, db.renderings], async () => {
		const [ids, keys] = await Promise.all([
			db.articles.toCollection().primaryKeys(),
			db.renderings.toCollection().primaryKeys()
		]);
		const present = new Set(keys);
		const incomplete = ids.filter((id) => LANGS.some((l) => !present.has(renderingId(id, l))));
		const renderings = await db.renderings.where('articleId').anyOf(incomplete).toArray();
		return incomplete
			.sort((a, b) => a.localeCompare(b))
			.map((id) => {
				const rs = renderings.filter((r) => r.articleId === id);
				return {
					id,
					titles: Object.fromEntries(rs.map((r) => [r.lang, r.title])),
					langs: LANGS.filter((l) => rs.some((r) => r.lang === l))
				};
			});
	});
}

/** Every article id, for work that visits the library one article at a time. */
/**
 * Articles whose alignment is missing or was computed against older renderings, read from the
 * summaries (small records): start-up loads the aligner only when there are any.
 */
export async function articlesToAlign(db: TriptychDB): Promise<string[]> {
	const summaries = await db.summaries.toArray();
	return summaries.filter((s) => !s.aligned && s.langs.length >= 2).map((s) => s.articleId);
}

export async function articleIds(db: TriptychDB): Promise<string[]> {
	return db.articles.toCollection().primaryKeys();
}

export async function hasArticle(db: TriptychDB, id: string): Promise<boolean> {
	return (await db.articles.get(id)) !== undefined;
}

/** Bundled versions offered for some languages of an article. */
export async function offersFor(
	db: TriptychDB,
	articleId: string,
	langs: Lang[]
): Promise<BundledOffer[]> {
	return db.offers
		.where('renderingId')
		.anyOf(langs.map((l) => renderingId(articleId, l)))
		.toArray();
}

/** The stored revisions of one sentence, in no particular order. */
export async function revisionsOf(
	db: TriptychDB,
	renderingIdOf: string,
	sentenceId: string
): Promise<Revision[]> {
	return db.revisions
		.where('[renderingId+sentenceId]')
		.equals([renderingIdOf, sentenceId])
		.toArray();
}

/**
 * Saves an alignment computed from `basedOn` (the alignment stored when the work started) unless
 * another tab or the translator saved a newer one meanwhile (compare-and-set on `rev`); returns
 * whichever is now stored. Checked and written in one transaction with the article's summary.
 */
export async function saveAlignmentUnlessChanged(
	db: TriptychDB,
	alignment: Alignment,
	basedOn: Pick<Alignment, 'rev'> | undefined
): Promise<StoredAlignment> {
	return db.transaction('rw', summaryTables(db), async () => {
		const current = await db.alignments.get(alignment.articleId);
		if (current && current.rev !== basedOn?.rev) return current;
		const saved: StoredAlignment = { ...alignment, rev: (current?.rev ?? 0) + 1 };
		await db.alignments.put(saved);
		await touchArticle(db, alignment.articleId, alignment.updatedAt);
		await refreshSummary(db, alignment.articleId);
		return saved;
	});
}

/** A device-local value (reader settings, reading position, translator mode…). */
export async function getSetting<T>(db: TriptychDB, key: string): Promise<T | undefined> {
	return (await db.device.get(key))?.value as T | undefined;
}

export async function setSetting(db: TriptychDB, key: string, value: unknown): Promise<void> {
	await db.device.put({ key, value });
}

/**
 * Each article's id and a stamp that changes with every write to it: the search index's markers.
 * Read from the summaries (small, rebuilt in every write transaction), so an alignment stored
 * without touching the article (the bundled library's prepared rows) changes the stamp too.
 */
export async function articleStamps(db: TriptychDB): Promise<Array<{ id: string; stamp: string }>> {
	return (await db.summaries.toArray()).map((s) => ({ id: s.articleId, stamp: summaryStamp(s) }));
}

/** The stamp `articleStamps` gives the article of summary `s`. */
export function summaryStamp(s: Pick<ArticleSummary, 'updatedAt' | 'aligned' | 'rows'>): string {
	return `${s.updatedAt}|${s.aligned}|${s.rows}`;
}

/** The renderings and alignment of some articles: what the search index is built from. */
export async function searchSources(
	db: TriptychDB,
	ids: string[]
): Promise<Array<{ articleId: string; renderings: Rendering[]; alignment?: Alignment }>> {
	return db.transaction('r', [db.renderings, db.originals, db.alignments], async () => {
		const [stored, originals, alignments] = await Promise.all([
			db.renderings.where('articleId').anyOf(ids).toArray(),
			db.originals.where('articleId').anyOf(ids).toArray(),
			db.alignments.bulkGet(ids)
		]);
		const originalOf = new Map(originals.map((o) => [o.renderingId, o]));
		return ids.map((articleId, k) => ({
			articleId,
			renderings: stored
				.filter((r) => r.articleId === articleId)
				.map((r) => joinRendering(r, originalOf.get(r.id))),
			alignment: alignments[k]
		}));
	});
}
