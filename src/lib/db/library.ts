/**
 * Repository functions over the library: seeding from the bundle, reading articles, saving
 * alignments. Every multi-table write is one Dexie transaction with no other async work inside,
 * so a failure (quota, a bad file) leaves the database exactly as it was.
 */
import { decodeBytes } from '$lib/core/import/decode';
import { sha256Hex } from '$lib/core/hash';
import { buildRendering, renderingId } from '$lib/core/rendering';
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
import type { TriptychDB } from './schema';

export interface SeedReport {
	added: string[];
	offered: string[];
	unchanged: string[];
}

const REMOVED_KEY = 'bundle.removed';

/**
 * Stores the bundled library. Idempotent: a rendering already present is never duplicated or
 * overwritten; when the bundle carries a different version of it, that version is recorded as
 * an offer the user may accept. Articles the user deleted stay deleted.
 */
export async function seedLibrary(
	db: TriptychDB,
	files: BundledFile[],
	now = Date.now()
): Promise<SeedReport> {
	const prepared = await Promise.all(
		files.map(async (f) => {
			const { text, encoding } = decodeBytes(f.bytes);
			const sha256 = await sha256Hex(f.bytes);
			return { file: f, text, encoding, sha256 };
		})
	);
	const report: SeedReport = { added: [], offered: [], unchanged: [] };
	await db.transaction('rw', [db.articles, db.renderings, db.offers, db.settings], async () => {
		const removed = new Set(((await db.settings.get(REMOVED_KEY))?.value as string[]) ?? []);
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
			const rendering = buildRendering({
				articleId,
				lang,
				text: p.text,
				encoding: p.encoding,
				sha256: p.sha256,
				provenance: p.file.provenance,
				bundled: { file: p.file.file, sha256: p.sha256 },
				now
			});
			if (!(await db.articles.get(articleId))) {
				await db.articles.put({ id: articleId, origin: 'bundled', createdAt: now, updatedAt: now });
			}
			await db.renderings.put(rendering);
			report.added.push(id);
		}
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
	return db.transaction('r', [db.renderings, db.offers, db.settings], async () => {
		const removed = new Set(((await db.settings.get(REMOVED_KEY))?.value as string[]) ?? []);
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

export async function listLibrary(db: TriptychDB): Promise<LibraryEntry[]> {
	const [articles, renderings, alignments] = await Promise.all([
		db.articles.toArray(),
		db.renderings.toArray(),
		db.alignments.toArray()
	]);
	const byArticle = new Map<string, Rendering[]>();
	for (const r of renderings)
		byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r]);
	const alignmentOf = new Map(alignments.map((a) => [a.articleId, a]));
	return articles
		.map((article) => {
			const rs = byArticle.get(article.id) ?? [];
			const alignment = alignmentOf.get(article.id);
			const rows = alignment?.rows ?? [];
			return {
				article,
				titles: Object.fromEntries(rs.map((r) => [r.lang, r.title])),
				date: rs.find((r) => r.date)?.date,
				langs: LANGS.filter((l) => rs.some((r) => r.lang === l)),
				rows: rows.length,
				review: rows.filter((r) => r.review && r.status !== 'confirmed').length,
				confirmed: rows.filter((r) => r.status === 'confirmed').length,
				aligned: alignment !== undefined && isAlignmentCurrent(alignment, rs)
			};
		})
		.sort((a, b) => a.article.id.localeCompare(b.article.id));
}

export interface ArticleData {
	article: Article;
	renderings: Partial<Record<Lang, Rendering>>;
	alignment?: Alignment;
}

export async function getArticle(db: TriptychDB, id: string): Promise<ArticleData | undefined> {
	return db.transaction('r', [db.articles, db.renderings, db.alignments], async () => {
		const article = await db.articles.get(id);
		if (!article) return undefined;
		const renderings = await db.renderings.where('articleId').equals(id).toArray();
		const alignment = await db.alignments.get(id);
		return {
			article,
			renderings: Object.fromEntries(renderings.map((r) => [r.lang, r])),
			alignment
		};
	});
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

/** Every rendering and alignment: what the library search runs over. */
export async function searchCorpus(
	db: TriptychDB
): Promise<{ renderings: Rendering[]; alignments: Alignment[] }> {
	return { renderings: await db.renderings.toArray(), alignments: await db.alignments.toArray() };
}

/** An alignment is current when it was computed against the renderings' present versions. */
export function isAlignmentCurrent(alignment: Alignment, renderings: Rendering[]): boolean {
	if (renderings.length < 2) return false;
	return renderings.every((r) => alignment.basis[r.lang] === r.version);
}

export async function saveAlignment(db: TriptychDB, alignment: Alignment): Promise<void> {
	await db.transaction('rw', [db.alignments, db.articles], async () => {
		await db.alignments.put(alignment);
		await db.articles.update(alignment.articleId, { updatedAt: alignment.updatedAt });
	});
}

/**
 * Saves an alignment computed from `basedOn` (the alignment stored when the work started) unless
 * another tab or the translator saved a newer one meanwhile; returns whichever is now stored.
 * Checked and written in one transaction so nothing can slip in between.
 */
export async function saveAlignmentUnlessChanged(
	db: TriptychDB,
	alignment: Alignment,
	basedOn: Alignment | undefined
): Promise<Alignment> {
	return db.transaction('rw', [db.alignments, db.articles], async () => {
		const current = await db.alignments.get(alignment.articleId);
		if (current && current.updatedAt !== basedOn?.updatedAt) return current;
		await saveAlignment(db, alignment);
		return alignment;
	});
}

export async function getSetting<T>(db: TriptychDB, key: string): Promise<T | undefined> {
	return (await db.settings.get(key))?.value as T | undefined;
}

export async function setSetting(db: TriptychDB, key: string, value: unknown): Promise<void> {
	await db.settings.put({ key, value });
}

/**
 * Everything `deleteArticle` removed, exactly as it was stored: what `restoreDeleted` puts back
 * (the "Undo" of the notice). Held in memory while the notice is shown.
 */
export interface DeletedArticle {
	article: Article;
	renderings: Rendering[];
	alignment?: Alignment;
	revisions: Revision[];
	offers: BundledOffer[];
	/** True when deleting marked a bundled article as removed, so seeding skips it. */
	markedRemoved: boolean;
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
	return db.transaction(
		'rw',
		[db.articles, db.renderings, db.alignments, db.revisions, db.offers, db.settings],
		async () => {
			const article = await db.articles.get(id);
			if (!article) return undefined;
			const renderings = await db.renderings.where('articleId').equals(id).toArray();
			const ids = renderings.map((r) => r.id);
			const revisions = await db.revisions.where('renderingId').anyOf(ids).toArray();
			const offers = (await db.offers.bulkGet(ids)).filter((o) => o !== undefined);
			const alignment = await db.alignments.get(id);
			await db.revisions.bulkDelete(revisions.map((r) => r.id));
			await db.offers.bulkDelete(ids);
			await db.renderings.bulkDelete(ids);
			await db.alignments.delete(id);
			await db.articles.delete(id);
			let markedRemoved = false;
			if (article.origin === 'bundled') {
				const removed = ((await db.settings.get(REMOVED_KEY))?.value as string[]) ?? [];
				markedRemoved = !removed.includes(id);
				await db.settings.put({ key: REMOVED_KEY, value: [...new Set([...removed, id])] });
			}
			return { article, renderings, alignment, revisions, offers, markedRemoved };
		}
	);
}

/**
 * Puts back an article `deleteArticle` removed, every record as it was, in one transaction.
 * Refuses (changing nothing) when an article with that id exists again meanwhile.
 */
export async function restoreDeleted(db: TriptychDB, deleted: DeletedArticle): Promise<void> {
	const id = deleted.article.id;
	await db.transaction(
		'rw',
		[db.articles, db.renderings, db.alignments, db.revisions, db.offers, db.settings],
		async () => {
			if (await db.articles.get(id)) throw new Error(`Article ${id} exists again`);
			await db.articles.add(deleted.article);
			await db.renderings.bulkAdd(deleted.renderings);
			// `put`: a background alignment that finished after the delete may have left a row set.
			if (deleted.alignment) await db.alignments.put(deleted.alignment);
			await db.revisions.bulkAdd(deleted.revisions);
			await db.offers.bulkPut(deleted.offers);
			if (deleted.markedRemoved) {
				const removed = ((await db.settings.get(REMOVED_KEY))?.value as string[]) ?? [];
				const rest = removed.filter((r) => r !== id);
				if (rest.length > 0) await db.settings.put({ key: REMOVED_KEY, value: rest });
				else await db.settings.delete(REMOVED_KEY);
			}
		}
	);
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
	await db.transaction('rw', [db.articles, db.renderings], async () => {
		if (target.articleId) {
			if (!(await db.articles.get(articleId))) throw new ImportTargetError('no-article');
			for (const r of renderings) {
				if (await db.renderings.get(r.id)) throw new ImportTargetError('slot-taken');
			}
			await db.articles.update(articleId, { updatedAt: now });
		} else {
			await db.articles.add({ id: articleId, origin: 'import', createdAt: now, updatedAt: now });
		}
		await db.renderings.bulkAdd(renderings);
	});
	return articleId;
}

/** Stores an article built from a TMX file (article, renderings and rows) in one transaction. */
export async function saveImportedArticle(
	db: TriptychDB,
	imported: { article: Article; renderings: Rendering[]; alignment: Alignment }
): Promise<string> {
	await db.transaction('rw', [db.articles, db.renderings, db.alignments], async () => {
		await db.articles.add(imported.article);
		await db.renderings.bulkAdd(imported.renderings);
		await db.alignments.add(imported.alignment);
	});
	return imported.article.id;
}
