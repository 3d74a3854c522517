/**
 * Deleting an article removes it and nothing else, and "Undo" puts back every record exactly;
 * "Replace" keeps the library as it was in a safety copy that brings it back.
 */
import { describe, expect, it } from 'vitest';
import type { Alignment, Revision } from '../../src/lib/core/types';
import {
	exportBackup,
	getSafetyBackup,
	restoreBackup,
	restoreSafetyBackup,
	snapshotLibrary
} from '../../src/lib/db/backup';
import { bundleEntriesToSeed, seedLibrary } from '../../src/lib/db/seed';
import { deleteArticle, restoreDeleted } from '../../src/lib/db/library-writes';
import { manifestEntries } from '../../src/lib/db/bundle';
import type { TriptychDB } from '../../src/lib/db/schema';
import { readBundle, readManifest } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const bundle = readBundle();
const ids = [...new Set(bundle.map((f) => f.articleId))];

/** A seeded library where the first article has rows, a revision and a bundled offer. */
async function library(): Promise<TriptychDB> {
	const db = freshDb();
	await seedLibrary(db, bundle, 1000);
	for (const id of ids) {
		const alignment: Alignment = {
			articleId: id,
			rows: [],
			orphanNotes: [],
			basis: { en: 1, hy: 1, ru: 1 },
			updatedAt: 2000
		};
		await db.alignments.put({ ...alignment, rev: 1 });
	}
	const revision: Revision = {
		id: 'v-1',
		renderingId: `${ids[0]}:en`,
		sentenceId: 's1',
		before: 'a',
		after: 'b',
		patch: '-a\n+b\n',
		createdAt: 3000
	};
	await db.revisions.put(revision);
	await db.offers.put({
		renderingId: `${ids[0]}:hy`,
		file: 'x',
		sha256: 'f',
		text: 't',
		offeredAt: 4
	});
	await db.device.put({ key: `position:${ids[0]}`, value: 7 });
	return db;
}

/** Every table's records in key order, for "exactly as it was" comparisons. */
async function everything(db: TriptychDB) {
	const snap = await snapshotLibrary(db);
	const key = (r: object) =>
		String(
			(r as { id?: string; articleId?: string; renderingId?: string; key?: string }).id ??
				(r as { articleId?: string }).articleId ??
				(r as { renderingId?: string }).renderingId ??
				(r as { key?: string }).key
		);
	return Object.fromEntries(
		Object.entries(snap).map(([table, list]) => [
			table,
			[...(list as object[])].sort((a, b) => key(a).localeCompare(key(b)))
		])
	) as unknown as typeof snap;
}

describe('deleting an article', () => {
	it('removes the article with everything of its own and nothing of the others', async () => {
		const db = await library();
		const before = await everything(db);
		const removed = await deleteArticle(db, ids[0]);
		expect(removed?.renderings).toHaveLength(3);
		expect(removed?.revisions).toHaveLength(1);
		expect(removed?.offers).toHaveLength(1);
		expect(removed?.alignment?.articleId).toBe(ids[0]);
		expect(await db.articles.get(ids[0])).toBeUndefined();
		expect(await db.renderings.where('articleId').equals(ids[0]).count()).toBe(0);
		expect(await db.revisions.count()).toBe(0);
		expect(await db.offers.count()).toBe(0);
		const after = await everything(db);
		for (const table of ['articles', 'renderings', 'alignments'] as const) {
			const others = (list: Array<{ id?: string; articleId?: string }>) =>
				list.filter((r) => (r.articleId ?? r.id) !== ids[0]);
			expect(after[table]).toEqual(others(before[table]));
		}
		// Seeding does not bring a deleted bundled article back.
		expect(await bundleEntriesToSeed(db, manifestEntries(readManifest()))).toEqual([]);
	});

	it('undo restores every record exactly, and seeding treats it as present again', async () => {
		const db = await library();
		const before = await everything(db);
		const removed = await deleteArticle(db, ids[0]);
		await restoreDeleted(db, removed!);
		expect(await everything(db)).toEqual(before);
		expect(await bundleEntriesToSeed(db, manifestEntries(readManifest()))).toEqual([]);
	});

	it('undo changes nothing when the article exists again', async () => {
		const db = await library();
		const removed = await deleteArticle(db, ids[0]);
		await db.articles.put({ ...removed!.article, updatedAt: 99 });
		const before = await everything(db);
		await expect(restoreDeleted(db, removed!)).rejects.toThrow();
		expect(await everything(db)).toEqual(before);
	});

	it('answers undefined for an article that is not there', async () => {
		const db = await library();
		expect(await deleteArticle(db, 'nope')).toBeUndefined();
		expect(await db.articles.count()).toBe(5);
	});
});

describe('replace keeps a safety copy', () => {
	it('keeps the library as it was, and restoring it brings every record back', async () => {
		const db = await library();
		const before = await everything(db);
		const other = freshDb();
		await seedLibrary(
			other,
			bundle.filter((f) => f.articleId === ids[1]),
			5000
		);
		const backup = await exportBackup(other);
		await restoreBackup(db, backup, 'replace', new Date('2026-12-01T10:00:00Z'));
		expect(await db.articles.count()).toBe(1);
		const safety = await getSafetyBackup(db);
		expect(safety).toMatchObject({ createdAt: '2026-12-01T10:00:00.000Z', articles: 5 });
		// A backup made now carries the library, never the safety copy inside it.
		expect(await exportBackup(db)).not.toContain('safety-backup');
		await restoreSafetyBackup(db);
		expect(await everything(db)).toEqual(before);
		// Going back was itself a replace: the one-article library is the safety copy now.
		expect((await getSafetyBackup(db))?.articles).toBe(1);
	});

	it('a refused file keeps the library and no safety copy is written', async () => {
		const db = await library();
		const before = await everything(db);
		await expect(restoreBackup(db, '{"not":"a backup"}', 'replace')).rejects.toThrow();
		expect(await everything(db)).toEqual(before);
		expect(await getSafetyBackup(db)).toBeUndefined();
	});
});
