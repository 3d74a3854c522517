/**
 * An article another device deleted (sync's `remove`) leaves this device whole: its records, and
 * what search kept of its text in the search cache, at once — as a deletion made here does.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { searchRecord } from '../../src/lib/core/search-index';
import { getSearchCache, writeSearchRecords } from '../../src/lib/db/search-cache';
import { seedLibrary } from '../../src/lib/db/seed';
import { syncStore } from '../../src/lib/db/sync';
import { readBundle } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

describe('sync deleting an article', () => {
	it('removes its records and its search record, and leaves the others', async () => {
		// The search cache is the app's shared one: opened on fake-indexeddb here.
		Dexie.dependencies.indexedDB = indexedDB;
		Dexie.dependencies.IDBKeyRange = IDBKeyRange;
		const db = freshDb();
		const files = readBundle();
		await seedLibrary(db, files, 1000);
		const [gone, kept] = [...new Set(files.map((f) => f.articleId))];
		const record = searchRecord([], undefined);
		await writeSearchRecords(getSearchCache(), [
			{ articleId: gone, stamp: '1', record },
			{ articleId: kept, stamp: '1', record }
		]);

		await syncStore(db).remove(gone);

		expect(await db.articles.get(gone)).toBeUndefined();
		expect(await db.renderings.where('articleId').equals(gone).count()).toBe(0);
		expect(await getSearchCache().records.toCollection().primaryKeys()).toEqual([kept]);
	});
});
