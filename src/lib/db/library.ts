/**
 * Repository functions over the library: seeding from the bundle, reading articles, saving
 * alignments. Every multi-table write is one Dexie transaction with no other async work inside,
 * so a failure (quota, a bad file) leaves the database exactly as it was.
 */
import { sha256Hex } from '$lib/core/hash';
import { renderingId, renderingRecord } from '$lib/core/rendering-record';
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
import type { BundleEntry, BundledFile } from './bundle';
import {
	joinRendering,
	refreshSummary,
	splitRendering,
	summaryTables,
	type HistoryRecord,
	type OriginalRecord,
	type StoredAlignment,
	type StoredRendering,
	type TriptychDB
} from './schema';

export { isAlignmentCurrent };

export interface SeedReport {
	added: string[];
	offered: string[];
	unchanged: string[];
}

const REMOVED_KEY = 'bundle.removed';

/** The parser and segmenter, loaded only when a text has to be analysed on the device. */
const analysis = () => import('$lib/core/rendering');

/**
 * Stores the bundled library. Idempotent: a rendering already present is never duplicated or
 * overwritten; when the bundle carries a different version of it, that version is recorded as
 * an offer the user may accept. Articles the user deleted stay deleted. A file that comes with
 * its build-time analysis (`prepared`, for exactly these bytes) is stored with it instead of
 * being parsed and segmented again on the device.
 */
export async function seedLibrary(
	db: TriptychDB,
	files: BundledFile[],
	now = Date.now(),
	/**
	 * More writes for the same transaction, once the renderings are stored (the bundle's
	 * prepared alignments: the library then shows each article once, aligned).
	 */
	andThen?: () => Promise<unknown>
): Promise<SeedReport> {
	const { decodeBytes } = await import('$lib/core/import/decode');
	const prepared = await Promise.all(
		files.map(async (f) => {
			const { text, encoding } = decodeBytes(f.bytes);
			const sha256 = await sha256Hex(f.bytes);
			return { file: f, text, encoding, sha256 };
		})
	);
	// Loaded before the transaction: awaiting anything but the database inside it would end it.
	const build = prepared.every((p) => p.file.prepared?.sha256 === p.sha256)
		? undefined
		: (await analysis()).buildRendering;
	const report: SeedReport = { added: [], offered: [], unchanged: [] };
	const touched = new Set<string>();
	const tables = [...summaryTables(db), db.originals, db.offers, db.device];
	await db.transaction('rw', tables, async () => {
		const removed = new Set(((await db.device.get(REMOVED_KEY))?.value as string[]) ?? []);
		for (const p of prepared) {
			const { articleId, lang } = p.file;
			if (removed.has(articleId)) continue;
			const id = renderingId(articleId, lang);
			const existing = await db.renderings.get(id);
			if (existing) {
				if (existing.bundled?.sha256 === p.sha256 || existing.sha256 === p.sha256) {
					report.unchanged.push(id);
					continue;
				}
				const offer = await db.offers.get(id);
				if (offer?.sha256 !== p.sha256) {
					await db.offers.put({
						renderingId: id,
						file: p.file.file,
						sha256: p.sha256,
						text: p.text,
						offeredAt: now
					});
				}
				report.offered.push(id);
				continue;
			}
			const input = {
				articleId,
				lang,
				text: p.text,
				encoding: p.encoding,
				sha256: p.sha256,
				provenance: p.file.provenance,
				bundled: { file: p.file.file, sha256: p.sha256 },
				now
			};
			const analysed = p.file.prepared;
			const rendering =
				analysed?.sha256 === p.sha256 ? renderingRecord(input, analysed) : build!(input);
			if (!(await db.articles.get(articleId))) {
				await db.articles.put({ id: articleId, origin: 'bundled', createdAt: now, updatedAt: now });
			}
			const split = splitRendering(rendering);
			await db.renderings.put(split.rendering);
			await db.originals.put(split.original);
			touched.add(articleId);
			report.added.push(id);
		}
		for (const articleId of touched) await refreshSummary(db, articleId);
		await andThen?.();
	});
	return report;
}

/**
 * The bundled entries seeding would act on: new renderings, and bundled versions neither stored
 * nor already offered. Read-only and cheap, so start-up fetches nothing when nothing changed.
 */
export async function bundleEntriesToSeed(
	db: TriptychDB,
	entries: BundleEntry[]
): Promise<BundleEntry[]> {
	return db.transaction('r', [db.renderings, db.offers, db.device], async () => {
		const removed = new Set(((await db.device.get(REMOVED_KEY))?.value as string[]) ?? []);
		const ids = entries.map((e) => renderingId(e.articleId, e.lang));
		const [stored, offers] = await Promise.all([
			db.renderings.bulkGet(ids),
			db.offers.bulkGet(ids)
		]);
		return entries.filter((e, i) => {
			if (removed.has(e.articleId)) return false;
			const r = stored[i];
			if (!r) return true;
			if (r.bundled?.sha256 === e.sha256 || r.sha256 === e.sha256) return false;
			return offers[i]?.sha256 !== e.sha256;
		});
	});
}

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
		await db.articles.update(alignment.articleId, { updatedAt: alignment.updatedAt });
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
 * Everything `deleteArticle` removed, exactly as it was stored: what `restoreDeleted` puts back
 * (the "Undo" of the notice). Held in memory while the notice is shown.
 */
export interface DeletedArticle {
	article: Article;
	renderings: StoredRendering[];
	originals: OriginalRecord[];
	alignment?: StoredAlignment;
	revisions: Revision[];
	offers: BundledOffer[];
	history?: HistoryRecord;
	/** True when deleting marked a bundled article as removed, so seeding skips it. */
	markedRemoved: boolean;
}

/** The tables an article's records live in (and its summary), for delete and its undo. */
function articleTables(db: TriptychDB) {
	return [...summaryTables(db), db.originals, db.revisions, db.offers, db.device, db.history];
}

/**
 * Deletes an article with everything that belongs to it (and nothing of any other article),
 * remembering bundled ones as removed. One transaction; returns what it removed, or undefined
 * when there was no such article.
 */
export async function deleteArticle(
	db: TriptychDB,
	id: string
): Promise<DeletedArticle | undefined> {
	return db.transaction('rw', articleTables(db), async () => {
		const article = await db.articles.get(id);
		if (!article) return undefined;
		const renderings = await db.renderings.where('articleId').equals(id).toArray();
		const ids = renderings.map((r) => r.id);
		const originals = (await db.originals.bulkGet(ids)).filter((o) => o !== undefined);
		const revisions = await db.revisions.where('renderingId').anyOf(ids).toArray();
		const offers = (await db.offers.bulkGet(ids)).filter((o) => o !== undefined);
		const alignment = await db.alignments.get(id);
		const history = await db.history.get(id);
		await db.revisions.bulkDelete(revisions.map((r) => r.id));
		await db.offers.bulkDelete(ids);
		await db.originals.bulkDelete(ids);
		await db.renderings.bulkDelete(ids);
		await db.alignments.delete(id);
		await db.history.delete(id);
		await db.articles.delete(id);
		await refreshSummary(db, id);
		let markedRemoved = false;
		if (article.origin === 'bundled') {
			const removed = ((await db.device.get(REMOVED_KEY))?.value as string[]) ?? [];
			markedRemoved = !removed.includes(id);
			await db.device.put({ key: REMOVED_KEY, value: [...new Set([...removed, id])] });
		}
		return {
			article,
			renderings,
			originals,
			alignment,
			revisions,
			offers,
			history,
			markedRemoved
		};
	});
}

/**
 * Puts back an article `deleteArticle` removed, every record as it was, in one transaction.
 * Refuses (changing nothing) when an article with that id exists again meanwhile.
 */
export async function restoreDeleted(db: TriptychDB, deleted: DeletedArticle): Promise<void> {
	const id = deleted.article.id;
	await db.transaction('rw', articleTables(db), async () => {
		if (await db.articles.get(id)) throw new Error(`Article ${id} exists again`);
		await db.articles.add(deleted.article);
		await db.renderings.bulkAdd(deleted.renderings);
		await db.originals.bulkAdd(deleted.originals);
		if (deleted.alignment) {
			// `put`: a background alignment that finished after the delete may have left a row set;
			// then the rev moves past it, so a tab holding that one cannot overwrite the restored rows.
			const stray = await db.alignments.get(id);
			const rev = stray ? Math.max(deleted.alignment.rev, stray.rev) + 1 : deleted.alignment.rev;
			await db.alignments.put({ ...deleted.alignment, rev });
		} else await db.alignments.delete(id);
		await db.revisions.bulkAdd(deleted.revisions);
		await db.offers.bulkPut(deleted.offers);
		if (deleted.history) await db.history.put(deleted.history);
		if (deleted.markedRemoved) {
			const removed = ((await db.device.get(REMOVED_KEY))?.value as string[]) ?? [];
			const rest = removed.filter((r) => r !== id);
			if (rest.length > 0) await db.device.put({ key: REMOVED_KEY, value: rest });
			else await db.device.delete(REMOVED_KEY);
		}
		await refreshSummary(db, id);
	});
}

/** A decoded, analysed file ready to be stored (from `prepareImport`). */
export interface ImportItem {
	lang: Lang;
	text: string;
	encoding: Rendering['encoding'];
	originalBytes?: Uint8Array;
	sha256: string;
	fileName?: string;
}

export class ImportTargetError extends Error {
	override name = 'ImportTargetError';
	constructor(readonly code: 'slot-taken' | 'duplicate-language' | 'no-article') {
		super(code);
	}

	get localeKey(): string {
		return `import.error.${this.code}`;
	}
}

/**
 * Saves imported renderings in one transaction: as a new article, or as missing languages of an
 * existing one. Refuses (changing nothing) when a language is given twice or already present.
 */
export async function saveImport(
	db: TriptychDB,
	items: ImportItem[],
	target: { articleId?: string },
	now = Date.now()
): Promise<string> {
	const langs = items.map((i) => i.lang);
	if (new Set(langs).size !== langs.length) throw new ImportTargetError('duplicate-language');
	const articleId = target.articleId ?? `a-${crypto.randomUUID()}`;
	const { buildRendering } = await analysis();
	const renderings = items.map((item) =>
		buildRendering({
			articleId,
			lang: item.lang,
			text: item.text,
			encoding: item.encoding,
			originalBytes: item.originalBytes,
			sha256: item.sha256,
			provenance: {
				kind: 'import',
				source: item.fileName,
				date: new Date(now).toISOString().slice(0, 10)
			},
			now
		})
	);
	await db.transaction('rw', [...summaryTables(db), db.originals], async () => {
		if (target.articleId) {
			if (!(await db.articles.get(articleId))) throw new ImportTargetError('no-article');
			for (const r of renderings) {
				if (await db.renderings.get(r.id)) throw new ImportTargetError('slot-taken');
			}
			await db.articles.update(articleId, { updatedAt: now });
		} else {
			await db.articles.add({ id: articleId, origin: 'import', createdAt: now, updatedAt: now });
		}
		await addRenderings(db, renderings);
		await refreshSummary(db, articleId);
	});
	return articleId;
}

/** Stores an article built from a TMX file (article, renderings and rows) in one transaction. */
export async function saveImportedArticle(
	db: TriptychDB,
	imported: { article: Article; renderings: Rendering[]; alignment: Alignment }
): Promise<string> {
	await db.transaction('rw', [...summaryTables(db), db.originals], async () => {
		await db.articles.add(imported.article);
		await addRenderings(db, imported.renderings);
		await db.alignments.add({ ...imported.alignment, rev: 1 });
		await refreshSummary(db, imported.article.id);
	});
	return imported.article.id;
}

/** Adds renderings (refusing ids already present), each with its original apart. */
async function addRenderings(db: TriptychDB, renderings: Rendering[]): Promise<void> {
	const split = renderings.map(splitRendering);
	await db.renderings.bulkAdd(split.map((s) => s.rendering));
	await db.originals.bulkAdd(split.map((s) => s.original));
}

/**
 * Each article's id and a stamp that changes with every write to it: the search index's markers.
 * Read from the summaries (small, rebuilt in every write transaction), so an alignment stored
 * without touching the article (the bundled library's prepared rows) changes the stamp too.
 */
export async function articleStamps(db: TriptychDB): Promise<Array<{ id: string; stamp: string }>> {
	return (await db.summaries.toArray()).map((s) => ({
		id: s.articleId,
		stamp: `${s.updatedAt}|${s.aligned}|${s.rows}`
	}));
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
