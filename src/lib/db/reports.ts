/**
 * Readers' reports on rows: stored on the device first (so filing one works offline and without
 * team sync), carried to the server by the sync bridge when sync is on.
 */
import type { Report } from '$lib/core/reports';
import type { TriptychDB } from './schema';

/** Stores a new or changed report. */
export async function putReport(db: TriptychDB, report: Report): Promise<void> {
	await db.reports.put(report);
}

/**
 * Stores `next` unless the stored report changed since it was read at `basedOn` (its
 * `updatedAt`; undefined when there was none). Returns whether it was stored.
 */
export async function putReportUnlessChanged(
	db: TriptychDB,
	next: Report,
	basedOn: number | undefined
): Promise<boolean> {
	return db.transaction('rw', db.reports, async () => {
		const current = await db.reports.get(next.id);
		if (current?.updatedAt !== basedOn) return false;
		await db.reports.put(next);
		return true;
	});
}

export async function getReport(db: TriptychDB, id: string): Promise<Report | undefined> {
	return db.reports.get(id);
}

export async function deleteReport(db: TriptychDB, id: string): Promise<void> {
	await db.reports.delete(id);
}

/** One article's reports, oldest first. */
export async function reportsOfArticle(db: TriptychDB, articleId: string): Promise<Report[]> {
	const list = await db.reports.where('articleId').equals(articleId).toArray();
	return list.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** Every report, newest first, for the reports list and the library's counts. */
export async function allReports(db: TriptychDB): Promise<Report[]> {
	const list = await db.reports.toArray();
	return list.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}
