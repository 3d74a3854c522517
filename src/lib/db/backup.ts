/**
 * Whole-library backup and restore over the database. The file format lives in the core
 * (`core/backup`); here we read every table and write them back in one transaction, so a failed
 * restore (a bad file, a full disk) leaves the library exactly as it was. Once it committed, the
 * restore keeps the restored articles' search records in the search cache (`search-cache.ts`),
 * derived from the texts it holds anyway, so the first search need not read them all back.
 */
import { createBackup, parseBackup, type LibrarySnapshot } from '$lib/core/backup';
import { summarize, type ArticleSummary } from '$lib/core/summary';
import type { Rendering } from '$lib/core/types';
import { summaryStamp } from './library';
import {
	allTables,
	joinRendering,
	splitRendering,
	type StoredAlignment,
	type TriptychDB
} from './schema';
import { keepSearchRecords, type SearchCacheDB, type WrittenArticle } from './search-cache';

/**
 * The library as the backup file holds it, the same for the same library in every schema
 * version: renderings joined with their originals, alignments without the device's `rev`,
 * device values as `settings`.
 */
export async function snapshotLibrary(db: TriptychDB): Promise<LibrarySnapshot> {
	return db.transaction('r', allTables(db), async () => {
		const originals = new Map((await db.originals.toArray()).map((o) => [o.renderingId, o]));
		return {
			articles: await db.articles.toArray(),
			renderings: (await db.renderings.toArray()).map((r) => joinRendering(r, originals.get(r.id))),
			alignments: (await db.alignments.toArray()).map(({ rev: _rev, ...a }) => (void _rev, a)),
			revisions: await db.revisions.toArray(),
			bundledOffers: await db.offers.toArray(),
			settings: (await db.device.toArray()).filter((s) => !isDeviceOnly(s.key)),
			reports: await db.reports.toArray()
		};
	});
}

/**
 * Device values a backup leaves out: translator mode is a choice made on this device, and the
 * safety backup is a copy of the library, not part of it (backups never nest).
 */
function isDeviceOnly(key: string): boolean {
	return key.startsWith('editing:') || key === SAFETY_BACKUP_KEY;
}

export async function exportBackup(db: TriptychDB, now = new Date()): Promise<string> {
	return createBackup(await snapshotLibrary(db), { createdAt: now.toISOString() });
}

export type RestoreMode = 'merge' | 'replace';

/**
 * Where "Replace" keeps the library as it was just before (device-local, the latest one only):
 * `{ createdAt, articles, text }`, `text` being a whole backup file.
 */
export const SAFETY_BACKUP_KEY = 'safety-backup';

export interface SafetyBackup {
	createdAt: string;
	articles: number;
	text: string;
}

export interface RestoreReport {
	articles: number;
	/** Articles already present that the backup's copy replaced (merge mode). */
	replaced: number;
}

/**
 * Restores a backup. `replace` wipes the library first; `merge` keeps articles that are not in
 * the backup and replaces those that are (with everything that belongs to them). Throws a
 * `BackupError` (with a locale key) for a file it refuses, before touching the database.
 * `searchCache`: where the restored articles' search records are kept once the restore
 * committed (a cache that fails does not fail the restore).
 */
export async function restoreBackup(
	db: TriptychDB,
	text: string,
	mode: RestoreMode,
	now = new Date(),
	searchCache?: SearchCacheDB
): Promise<RestoreReport> {
	const snap = parseBackup(text);
	const incoming = new Set(snap.articles.map((a) => a.id));
	const split = snap.renderings.map(splitRendering);
	const alignments = snap.alignments.map((a): StoredAlignment => ({ ...a, rev: 0 }));
	const alignmentOf = new Map(alignments.map((a) => [a.articleId, a]));
	let summaries: ArticleSummary[] = [];
	let replaced = 0;
	await db.transaction('rw', allTables(db), async () => {
		// Restored alignments get a `rev` above any an open tab knows, so its stale edits are
		// checked against them instead of overwriting them.
		const revs = new Map((await db.alignments.toArray()).map((a) => [a.articleId, a.rev]));
		let safety: SafetyBackup | undefined;
		if (mode === 'replace') {
			// The library as it is now, kept in the same transaction: if anything fails, neither
			// the replace nor the safety copy happened.
			const current = await snapshotLibrary(db);
			const createdAt = now.toISOString();
			safety = {
				createdAt,
				articles: current.articles.length,
				text: createBackup(current, { createdAt })
			};
			await Promise.all(allTables(db).map((table) => table.clear()));
		} else {
			const present = await db.articles
				.where('id')
				.anyOf([...incoming])
				.primaryKeys();
			replaced = present.length;
			const renderingIds = await db.renderings.where('articleId').anyOf(present).primaryKeys();
			await db.revisions.where('renderingId').anyOf(renderingIds).delete();
			await db.offers.bulkDelete(renderingIds);
			await db.originals.bulkDelete(renderingIds);
			await db.renderings.bulkDelete(renderingIds);
			await db.alignments.bulkDelete(present);
			await db.history.bulkDelete(present);
			await db.reports.where('articleId').anyOf(present).delete();
		}
		for (const a of alignments) a.rev = (revs.get(a.articleId) ?? 0) + 1;
		await db.articles.bulkPut(snap.articles);
		await db.renderings.bulkPut(split.map((s) => s.rendering));
		await db.originals.bulkPut(split.map((s) => s.original));
		await db.alignments.bulkPut(alignments);
		await db.revisions.bulkPut(snap.revisions);
		await db.offers.bulkPut(snap.bundledOffers);
		await db.reports.bulkPut(snap.reports);
		await db.device.bulkPut(snap.settings.filter((s) => s.key !== SAFETY_BACKUP_KEY));
		if (safety) await db.device.put({ key: SAFETY_BACKUP_KEY, value: safety });
		// Each restored article's renderings and alignment are exactly the ones just written (a
		// merge deleted what the article had before): its summary is made from them in memory, as
		// `refreshSummary` would from the tables, without reading them back one by one.
		const stored = groupBy(split.map((s) => s.rendering));
		summaries = snap.articles.map((a) =>
			summarize(a, stored.get(a.id) ?? [], alignmentOf.get(a.id))
		);
		await db.summaries.bulkPut(summaries);
	});
	if (searchCache) {
		// The records as the search worker would derive them, stamped as `articleStamps` stamps
		// the articles now (from the summaries just written).
		const renderingsOf = groupBy<Rendering>(snap.renderings);
		const written = summaries.map((s): WrittenArticle => ({
			articleId: s.articleId,
			stamp: summaryStamp(s),
			renderings: renderingsOf.get(s.articleId) ?? [],
			alignment: alignmentOf.get(s.articleId)
		}));
		await keepSearchRecords(searchCache, written, { onlyThese: mode === 'replace' }).catch(
			// Only a cache: the search worker derives what is missing from the library.
			(error: unknown) => console.warn('The restored articles’ search records were not kept', error)
		);
	}
	return { articles: snap.articles.length, replaced };
}

function groupBy<R extends { articleId: string }>(renderings: readonly R[]): Map<string, R[]> {
	const of = new Map<string, R[]>();
	for (const r of renderings) {
		const list = of.get(r.articleId);
		if (list) list.push(r);
		else of.set(r.articleId, [r]);
	}
	return of;
}

/** The safety copy "Replace" kept, if any (device-local, the latest one). */
export async function getSafetyBackup(db: TriptychDB): Promise<SafetyBackup | undefined> {
	return (await db.device.get(SAFETY_BACKUP_KEY))?.value as SafetyBackup | undefined;
}

/**
 * Puts the library back as it was before the last "Replace". It is itself a replace, so the
 * library it replaces becomes the new safety copy: going back can be undone the same way.
 */
export async function restoreSafetyBackup(
	db: TriptychDB,
	now = new Date(),
	searchCache?: SearchCacheDB
): Promise<RestoreReport | undefined> {
	const safety = await getSafetyBackup(db);
	if (!safety) return undefined;
	return restoreBackup(db, safety.text, 'replace', now, searchCache);
}
