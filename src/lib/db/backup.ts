/**
 * Whole-library backup and restore over the database. The file format lives in the core
 * (`core/backup`); here we read every table and write them back in one transaction, so a failed
 * restore (a bad file, a full disk) leaves the library exactly as it was.
 */
import { createBackup, parseBackup, type LibrarySnapshot } from '$lib/core/backup';
import type { TriptychDB } from './schema';
import { allTables } from './schema';

export async function snapshotLibrary(db: TriptychDB): Promise<LibrarySnapshot> {
	return db.transaction('r', allTables(db), async () => ({
		articles: await db.articles.toArray(),
		renderings: await db.renderings.toArray(),
		alignments: await db.alignments.toArray(),
		revisions: await db.revisions.toArray(),
		bundledOffers: await db.offers.toArray(),
		// The safety backup is a copy of the library, not part of it: backups never nest.
		settings: (await db.settings.toArray()).filter((s) => s.key !== SAFETY_BACKUP_KEY)
	}));
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
 */
export async function restoreBackup(
	db: TriptychDB,
	text: string,
	mode: RestoreMode,
	now = new Date()
): Promise<RestoreReport> {
	const snap = parseBackup(text);
	const incoming = new Set(snap.articles.map((a) => a.id));
	let replaced = 0;
	await db.transaction('rw', allTables(db), async () => {
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
			await db.renderings.bulkDelete(renderingIds);
			await db.alignments.bulkDelete(present);
		}
		await db.articles.bulkPut(snap.articles);
		await db.renderings.bulkPut(snap.renderings);
		await db.alignments.bulkPut(snap.alignments);
		await db.revisions.bulkPut(snap.revisions);
		await db.offers.bulkPut(snap.bundledOffers);
		await db.settings.bulkPut(snap.settings.filter((s) => s.key !== SAFETY_BACKUP_KEY));
		if (safety) await db.settings.put({ key: SAFETY_BACKUP_KEY, value: safety });
	});
	return { articles: snap.articles.length, replaced };
}

/** The safety copy "Replace" kept, if any (device-local, the latest one). */
export async function getSafetyBackup(db: TriptychDB): Promise<SafetyBackup | undefined> {
	return (await db.settings.get(SAFETY_BACKUP_KEY))?.value as SafetyBackup | undefined;
}

/**
 * Puts the library back as it was before the last "Replace". It is itself a replace, so the
 * library it replaces becomes the new safety copy: going back can be undone the same way.
 */
export async function restoreSafetyBackup(
	db: TriptychDB,
	now = new Date()
): Promise<RestoreReport | undefined> {
	const safety = await getSafetyBackup(db);
	if (!safety) return undefined;
	return restoreBackup(db, safety.text, 'replace', now);
}
