/**
 * The one database module: entity tables, the typed Dexie instance and its versions.
 * Each version lists only primary keys and the fields we query by; data migrations go into
 * `.upgrade()` of new versions, kept forever (a user may skip many app updates).
 *
 * Version 2 separates library data (what a future sync carries) from device-local data:
 * - library: `articles`, `renderings` (parsed, without the text), `originals` (the verbatim
 *   text and bytes, apart so lists never read them), `alignments` (with `rev`, the
 *   compare-and-set counter), `revisions`;
 * - device: `summaries` (the library list's records, rebuilt in every write transaction),
 *   `device` (reader preferences, reading positions, translator mode…; was `settings`),
 *   `history` (undo/redo steps per article), `offers`.
 *
 * Version 3 adds `reports` (library data: readers' reports on rows, synced as documents). A new
 * table only: every record of version 2 stays as it was.
 */
import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import type { EditStep } from '$lib/core/edit';
import { summarize, type ArticleSummary } from '$lib/core/summary';
import type { Report } from '$lib/core/reports';
import type { Alignment, Article, BundledOffer, Rendering, Revision } from '$lib/core/types';

/** A remembered device-local value (reading position, reader layout…). */
export interface SettingRecord {
	key: string;
	value: unknown;
}

/** A rendering as stored: everything but the verbatim text, which lives in `originals`. */
export type StoredRendering = Omit<Rendering, 'original' | 'originalBytes' | 'encoding'>;

/** The verbatim imported text of one rendering (and its bytes when they cannot be re-created). */
export interface OriginalRecord {
	renderingId: string;
	articleId: string;
	original: string;
	encoding: Rendering['encoding'];
	originalBytes?: Uint8Array;
	sha256: string;
}

/** A stored alignment always carries its compare-and-set counter. */
export type StoredAlignment = Alignment & { rev: number };

/** The undo/redo steps of one article, bounded ({@link HISTORY_LIMIT}). */
export interface HistoryRecord {
	articleId: string;
	/** Oldest first; the last one is what undo reverts. */
	past: EditStep[];
	/** Nearest first; the first one is what redo re-applies. */
	future: EditStep[];
}

export const HISTORY_LIMIT = 100;

export const DB_NAME = 'triptych';

export function splitRendering(r: Rendering): {
	rendering: StoredRendering;
	original: OriginalRecord;
} {
	const { original, originalBytes, encoding, ...rendering } = r;
	const record: OriginalRecord = {
		renderingId: r.id,
		articleId: r.articleId,
		original,
		encoding,
		sha256: r.sha256
	};
	if (originalBytes) record.originalBytes = originalBytes;
	return { rendering, original: record };
}

export function joinRendering(r: StoredRendering, o: OriginalRecord | undefined): Rendering {
	if (!o) throw new Error(`No original stored for ${r.id}`);
	const joined: Rendering = { ...r, original: o.original, encoding: o.encoding };
	if (o.originalBytes) joined.originalBytes = o.originalBytes;
	return joined;
}

export class TriptychDB extends Dexie {
	articles!: Table<Article, string>;
	renderings!: Table<StoredRendering, string>;
	originals!: Table<OriginalRecord, string>;
	alignments!: Table<StoredAlignment, string>;
	revisions!: Table<Revision, string>;
	offers!: Table<BundledOffer, string>;
	summaries!: Table<ArticleSummary, string>;
	device!: Table<SettingRecord, string>;
	history!: Table<HistoryRecord, string>;
	reports!: Table<Report, string>;

	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({
			articles: 'id, updatedAt',
			renderings: 'id, articleId',
			alignments: 'articleId',
			revisions: 'id, renderingId, [renderingId+sentenceId]',
			offers: 'renderingId',
			settings: 'key'
		});
		this.version(2)
			.stores({
				articles: 'id, updatedAt',
				renderings: 'id, articleId',
				originals: 'renderingId, articleId',
				alignments: 'articleId',
				revisions: 'id, renderingId, [renderingId+sentenceId]',
				offers: 'renderingId',
				summaries: 'articleId, date, updatedAt',
				device: 'key',
				history: 'articleId',
				settings: null
			})
			.upgrade(upgradeToVersion2);
		this.version(3).stores({ reports: 'id, articleId, state, updatedAt' });
	}
}

/** Version 1 → 2: texts move to `originals`, alignments get `rev`, settings move to `device`. */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
	const renderings = (await tx.table('renderings').toArray()) as Rendering[];
	const stored: StoredRendering[] = [];
	const originals: OriginalRecord[] = [];
	for (const r of renderings) {
		const { rendering, original } = splitRendering(r);
		stored.push(rendering);
		originals.push(original);
	}
	await tx.table('originals').bulkPut(originals);
	await tx.table('renderings').bulkPut(stored);
	const alignments = (await tx.table('alignments').toArray()) as Alignment[];
	await tx.table('alignments').bulkPut(alignments.map((a) => ({ ...a, rev: a.rev ?? 1 })));
	await tx.table('device').bulkPut(await tx.table('settings').toArray());
	const articles = (await tx.table('articles').toArray()) as Article[];
	await tx.table('summaries').bulkPut(
		articles.map((article) =>
			summarize(
				article,
				stored.filter((r) => r.articleId === article.id),
				alignments.find((a) => a.articleId === article.id)
			)
		)
	);
}

/** Every table, for transactions that must cover the whole library (restore, wipe). */
export function allTables(db: TriptychDB): Table[] {
	return [
		db.articles,
		db.renderings,
		db.originals,
		db.alignments,
		db.revisions,
		db.offers,
		db.summaries,
		db.device,
		db.history,
		db.reports
	];
}

/** The tables {@link refreshSummary} reads and writes: include them in the caller's transaction. */
export function summaryTables(db: TriptychDB): Table[] {
	return [db.articles, db.renderings, db.alignments, db.summaries];
}

/**
 * Marks an article changed at `now`, or just after its last change when the clock says otherwise
 * (two writes in one millisecond, a clock set back): its `updatedAt` only ever grows, so every
 * write is a new version to whoever watches it (the sync bridge pushes what it has not seen).
 * Call inside the write transaction. Returns the stored value.
 */
export async function touchArticle(
	db: TriptychDB,
	articleId: string,
	now: number
): Promise<number> {
	const current = await db.articles.get(articleId);
	const updatedAt = Math.max(now, (current?.updatedAt ?? 0) + 1);
	await db.articles.update(articleId, { updatedAt });
	return updatedAt;
}

/**
 * Rewrites the summary of an article from what is stored now (or deletes it with the article).
 * Call inside the write transaction that changed the article, after the change.
 */
export async function refreshSummary(db: TriptychDB, articleId: string): Promise<void> {
	const article = await db.articles.get(articleId);
	if (!article) {
		await db.summaries.delete(articleId);
		return;
	}
	const renderings = await db.renderings.where('articleId').equals(articleId).toArray();
	const alignment = await db.alignments.get(articleId);
	await db.summaries.put(summarize(article, renderings, alignment));
}
