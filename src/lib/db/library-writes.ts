/**
 * Library writes a reader rarely makes: saving an import and deleting an article (with its undo).
 * Loaded on first use, not with the app. Each is one Dexie transaction with no other async work
 * inside, so a failure (quota, a bad file) leaves the database exactly as it was.
 */
import type { Alignment, Article, BundledOffer, Lang, Rendering, Revision } from '$lib/core/types';
import { analysis, REMOVED_KEY } from './library';
import {
	refreshSummary,
	splitRendering,
	summaryTables,
	touchArticle,
	type HistoryRecord,
	type OriginalRecord,
	type StoredAlignment,
	type StoredRendering,
	type TriptychDB
} from './schema';

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
			await touchArticle(db, articleId, now);
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
