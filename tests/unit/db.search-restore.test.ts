/**
 * A restore keeps the search records of the articles it wrote, so the first search after it
 * loads them from the search cache instead of reading every rendering back: those records answer
 * exactly as a full index of the library would (all three languages, case and ё/е folding), a
 * replace leaves no record of an article it removed, a failed restore leaves the cache as it
 * was, and a deleted article's record goes with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { SearchIndex, searchRecord } from '../../src/lib/core/search-index';
import { exportBackup, restoreBackup, restoreSafetyBackup } from '../../src/lib/db/backup';
import { fetchPrepared, storePreparedAlignments } from '../../src/lib/db/bundle';
import { articleStamps, searchSources } from '../../src/lib/db/library';
import { refreshSummary, type TriptychDB } from '../../src/lib/db/schema';
import {
	SearchCacheDB,
	forgetSearchRecords,
	readSearchRecords,
	searchRecordsSettled,
	whileKeepingSearchRecords,
	writeSearchRecords
} from '../../src/lib/db/search-cache';
import { seedLibrary } from '../../src/lib/db/seed';
import { CORPUS_DIR, readBundle, readManifest } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const manifest = readManifest();
const ids = manifest.articles.map((a) => a.id);
const diskFetch = (async (url: string) =>
	new Response(
		readFileSync(join(CORPUS_DIR, String(url).replace(/^\/corpus\//, '')))
	)) as typeof fetch;

let n = 0;
const freshCache = () =>
	new SearchCacheDB(`triptych-search-restore-${process.pid}-${n++}`, { indexedDB, IDBKeyRange });

/** The bundled library, aligned (so hits carry counterparts). */
async function alignedLibrary(): Promise<TriptychDB> {
	const db = freshDb();
	await seedLibrary(db, readBundle(), 1000);
	await storePreparedAlignments(db, await fetchPrepared(manifest, new Set(ids), diskFetch), 1000);
	return db;
}

/** The index the search worker builds reading every article from the library. */
async function indexFromLibrary(db: TriptychDB): Promise<SearchIndex> {
	const index = new SearchIndex();
	const stamps = await articleStamps(db);
	const stampOf = new Map(stamps.map((s) => [s.id, s.stamp]));
	for (const source of await searchSources(
		db,
		stamps.map((s) => s.id)
	)) {
		index.setArticle(
			source.articleId,
			stampOf.get(source.articleId)!,
			source.renderings,
			source.alignment
		);
	}
	return index;
}

/** The index the search worker builds from the cache alone (every article must be there). */
async function indexFromCache(db: TriptychDB, cache: SearchCacheDB): Promise<SearchIndex> {
	const stamps = await articleStamps(db);
	const records = await readSearchRecords(cache, stamps);
	expect([...records.keys()].sort()).toEqual(stamps.map((s) => s.id).sort());
	const index = new SearchIndex();
	for (const s of stamps) index.setRecord(s.id, s.stamp, records.get(s.id)!);
	return index;
}

/** English, Russian and Armenian, in other cases than the texts', and `ё` typed as `е`. */
const QUERIES = ['TOKAYEV', 'токаев', 'одкб', 'ՀԱՊԿ', 'տոկաև', 'учетом', 'развертывание', 'the'];

describe('search records kept by a restore', () => {
	it('answer every query exactly as a full index of the restored library', async () => {
		expect.hasAssertions();
		const backup = await exportBackup(await alignedLibrary());
		const db = freshDb();
		const cache = freshCache();
		await restoreBackup(db, backup, 'replace', new Date(), cache);

		const full = await indexFromLibrary(db);
		const cached = await indexFromCache(db, cache);
		for (const query of QUERIES) {
			const hits = cached.search(query);
			expect(hits.length, query).toBeGreaterThan(0);
			expect(hits, query).toEqual(full.search(query));
		}
		// Counterparts came along: a Russian hit shows its English and Armenian rows.
		const [hit] = cached.search('токаев');
		expect(Object.keys(hit.counterparts).sort()).toEqual(['en', 'hy']);
	});

	it('replace keeps records of the restored articles only; merge adds those it restores', async () => {
		expect.hasAssertions();
		const db = await alignedLibrary();
		const cache = freshCache();
		const stale = searchRecord([], undefined);
		await writeSearchRecords(cache, [
			{ articleId: 'gone', stamp: '1', record: stale },
			{ articleId: ids[0], stamp: 'old', record: stale }
		]);
		const keys = async () => (await cache.records.toCollection().primaryKeys()).sort();
		/** A backup holding one bundled article. */
		const only = async (id: string, at: number) => {
			const one = freshDb();
			await seedLibrary(
				one,
				readBundle().filter((f) => f.articleId === id),
				at
			);
			return exportBackup(one);
		};

		await restoreBackup(db, await only(ids[1], 5000), 'replace', new Date(), cache);
		expect(await keys()).toEqual([ids[1]]);
		await indexFromCache(db, cache);

		const before = await cache.records.get(ids[1]);
		await restoreBackup(db, await only(ids[2], 6000), 'merge', new Date(), cache);
		expect(await keys()).toEqual([ids[1], ids[2]].sort());
		expect(await cache.records.get(ids[1])).toEqual(before);
		await indexFromCache(db, cache);

		// Going back to the library before the replace (itself a replace) keeps its records.
		await restoreSafetyBackup(db, new Date(), cache);
		expect(await keys()).toEqual([...ids].sort());
		const full = await indexFromLibrary(db);
		expect((await indexFromCache(db, cache)).search('ОДКБ')).toEqual(full.search('ОДКБ'));
	});

	it('a restore that fails leaves the library and the search records as they were', async () => {
		expect.hasAssertions();
		const db = await alignedLibrary();
		const cache = freshCache();
		const record = searchRecord([], undefined);
		await writeSearchRecords(cache, [{ articleId: 'kept', stamp: '1', record }]);
		const backup = await exportBackup(await alignedLibrary());
		const stamps = await articleStamps(db);

		// The disk fills up at the last write of the restore's transaction.
		const full = vi
			.spyOn(db.summaries, 'bulkPut')
			.mockRejectedValueOnce(new Error('QuotaExceeded'));
		await expect(restoreBackup(db, backup, 'replace', new Date(), cache)).rejects.toThrow(
			'QuotaExceeded'
		);
		full.mockRestore();
		expect(await articleStamps(db)).toEqual(stamps);
		expect(await cache.records.toArray()).toEqual([{ articleId: 'kept', stamp: '1', record }]);

		// A file refused before anything is written changes nothing either.
		await expect(
			restoreBackup(db, '{"not":"a backup"}', 'merge', new Date(), cache)
		).rejects.toThrow();
		expect(await cache.records.count()).toBe(1);
	});

	it('writes the summaries the library list and the search stamps read, as the tables give them', async () => {
		expect.hasAssertions();
		const backup = await exportBackup(await alignedLibrary());
		for (const mode of ['replace', 'merge'] as const) {
			const db = await alignedLibrary();
			await restoreBackup(db, backup, mode, new Date());
			const restored = await db.summaries.toArray();
			expect(restored).toHaveLength(ids.length);
			await db.transaction('rw', [db.articles, db.renderings, db.alignments, db.summaries], () =>
				Promise.all(ids.map((id) => refreshSummary(db, id)))
			);
			expect(restored, mode).toEqual(await db.summaries.toArray());
		}
	});

	it('a deleted article’s record goes, the others stay', async () => {
		expect.hasAssertions();
		const cache = freshCache();
		const record = searchRecord([], undefined);
		await writeSearchRecords(cache, [
			{ articleId: 'a', stamp: '1', record },
			{ articleId: 'b', stamp: '1', record }
		]);
		await forgetSearchRecords(cache, ['a', 'missing']);
		expect(await cache.records.toCollection().primaryKeys()).toEqual(['b']);
	});

	it('a search worker that sees the library change during a restore waits until its records are kept', async () => {
		expect.hasAssertions();
		// Web Locks as the browser grants one lock: each request after the ones before it.
		let tail: Promise<unknown> = Promise.resolve();
		const request = (...args: unknown[]) => {
			const granted = tail.then(() => (args.at(-1) as () => unknown)());
			tail = granted.catch(() => undefined);
			return granted;
		};
		vi.stubGlobal('navigator', { locks: { request } });
		try {
			const backup = await exportBackup(await alignedLibrary());
			const db = freshDb();
			const cache = freshCache();
			const restored = whileKeepingSearchRecords(() =>
				restoreBackup(db, backup, 'replace', new Date(), cache)
			);
			// The worker asks while the restore runs; once let through, every record is there.
			await searchRecordsSettled();
			expect(await cache.records.count()).toBe(ids.length);
			await indexFromCache(db, cache);
			expect((await restored).articles).toBe(ids.length);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
