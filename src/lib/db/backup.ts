/**
 * Whole-library backup and restore over the database. The file format lives in the core
 * (`core/backup`); here we read every table and write them back in one transaction, so a failed
 * restore (a bad file, a full disk) leaves the library exactly as it was.
 */
import { createBackup, parseBackup, type LibrarySnapshot } from '$lib/core/backup';
import {
	allTables,
	joinRendering,
	refreshSummary,
	splitRendering,
	type StoredAlignment,
	type TriptychDB
} from './schema';

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
		const split = snap.renderings.map(splitRendering);
		await db.articles.bulkPut(snap.articles);
		await db.renderings.bulkPut(split.map((s) => s.rendering));
		await db.originals.bulkPut(split.map((s) => s.original));
		await db.alignments.bulkPut(
			snap.alignments.map((a): StoredAlignment => ({ ...a, rev: (revs.get(a.articleId) ?? 0) + 1 }))
		);
		await db.revisions.bulkPut(snap.revisions);
		await db.offers.bulkPut(snap.bundledOffers);
		await db.reports.bulkPut(snap.reports);
		await db.device.bulkPut(snap.settings.filter((s) => s.key !== SAFETY_BACKUP_KEY));
		if (safety) await db.device.put({ key: SAFETY_BACKUP_KEY, value: safety });
		for (const article of snap.articles) await refreshSummary(db, article.id);
	});
	return { articles: snap.articles.length, replaced };
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
	now = new Date()
): Promise<RestoreReport | undefined> {
	const safety = await getSafetyBackup(db);
	if (!safety) return undefined;
	return restoreBackup(db, safety.text, 'replace', now);
}
