/**
 * Reports in the database: stored compare-and-set (what the sync bridge relies on), carried by a
 * backup and back, and replaced with their article when a backup is merged.
 */
import { describe, expect, it } from 'vitest';
import { newReport, resolveReport, type Report } from '../../src/lib/core/reports';
import { exportBackup, restoreBackup } from '../../src/lib/db/backup';
import { seedLibrary } from '../../src/lib/db/seed';
import { putReportUnlessChanged, reportsOfArticle } from '../../src/lib/db/reports';
import { readBundle } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const bundle = readBundle();
const ids = [...new Set(bundle.map((f) => f.articleId))];

function report(id: string, articleId: string, now: number): Report {
	return newReport({
		id,
		author: 'rita',
		articleId,
		row: { id: 'r1', cells: { en: ['e1'], hy: ['h1'], ru: [] } },
		reason: 'missingTranslation',
		comment: 'Нет русского предложения',
		now
	});
}

async function library() {
	const db = freshDb();
	await seedLibrary(db, bundle, 1000);
	await db.reports.bulkPut([
		report('a', ids[0], 10),
		resolveReport(report('b', ids[1], 11), 'tom', 'Added.', 12)
	]);
	return db;
}

describe('reports in the database', () => {
	it('are stored only over the version they were read at', async () => {
		const db = await library();
		const [a] = await reportsOfArticle(db, ids[0]);
		const resolved = resolveReport(a, 'tom', '', 20);
		expect(await putReportUnlessChanged(db, resolved, a.updatedAt)).toBe(true);
		// A second writer that read the report before: refused, the first write stands.
		expect(
			await putReportUnlessChanged(db, { ...a, comment: 'x', updatedAt: 21 }, a.updatedAt)
		).toBe(false);
		expect(await db.reports.get('a')).toEqual(resolved);
		expect(await putReportUnlessChanged(db, report('c', ids[2], 30), undefined)).toBe(true);
	});

	it('go into a backup and come back from it, exactly', async () => {
		const db = await library();
		const before = await db.reports.toArray();
		const other = freshDb();
		await restoreBackup(other, await exportBackup(db), 'replace');
		expect(await other.reports.toArray()).toEqual(before);
	});

	it('are replaced with their article when a backup is merged, and kept with the others', async () => {
		const db = await library();
		const backup = freshDb();
		await seedLibrary(
			backup,
			bundle.filter((f) => f.articleId === ids[0]),
			5000
		);
		await backup.reports.put(report('z', ids[0], 50));
		await restoreBackup(db, await exportBackup(backup), 'merge');
		expect((await db.reports.toArray()).map((r) => r.id).sort()).toEqual(['b', 'z']);
	});
});
