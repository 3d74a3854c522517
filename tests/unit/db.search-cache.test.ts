/**
 * The search worker's cache of search records: a record is used only while its article's stamp
 * (and the record format) is the one it was derived at, and deleted articles' records go.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SEARCH_RECORD_FORMAT, SearchIndex, searchRecord } from '../../src/lib/core/search-index';
import type { Rendering } from '../../src/lib/core/types';
import {
	SearchCacheDB,
	pruneSearchRecords,
	readSearchRecords,
	writeSearchRecords
} from '../../src/lib/db/search-cache';

let n = 0;
const freshCache = () =>
	new SearchCacheDB(`triptych-search-test-${process.pid}-${n++}`, { indexedDB, IDBKeyRange });

function rendering(articleId: string, text: string): Rendering {
	return {
		id: `${articleId}:ru`,
		articleId,
		lang: 'ru',
		original: text,
		encoding: 'utf-8',
		sha256: '',
		blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
		sentences: [{ id: 's0', start: 0, end: text.length, block: 0 }],
		title: { text, derived: true },
		provenance: { kind: 'import' },
		version: 1,
		userModified: false,
		importedAt: 0,
		updatedAt: 0
	};
}

describe('search cache', () => {
	it('gives back current records only, which index as the library would', async () => {
		const db = freshCache();
		const record = searchRecord([rendering('a', 'Токаев поблагодарил наёмников.')], undefined);
		await writeSearchRecords(db, [
			{ articleId: 'a', stamp: '1', record },
			{ articleId: 'b', stamp: '1', record: { ...record, format: SEARCH_RECORD_FORMAT - 1 } }
		]);

		const read = await readSearchRecords(db, [
			{ id: 'a', stamp: '1' },
			{ id: 'b', stamp: '1' },
			{ id: 'c', stamp: '1' }
		]);
		// 'b' was derived by an older app (another format), 'c' never: both are rebuilt.
		expect([...read.keys()]).toEqual(['a']);
		const index = new SearchIndex();
		index.setRecord('a', '1', read.get('a')!);
		expect(index.search('НАЕМНИК').map((h) => h.text)).toEqual(['Токаев поблагодарил наёмников.']);

		// The article changed since: its record is stale.
		expect((await readSearchRecords(db, [{ id: 'a', stamp: '2' }])).size).toBe(0);
	});

	it('forgets the records of articles no longer in the library', async () => {
		const db = freshCache();
		const record = searchRecord([rendering('a', 'Текст.')], undefined);
		await writeSearchRecords(db, [
			{ articleId: 'a', stamp: '1', record },
			{ articleId: 'gone', stamp: '1', record }
		]);
		await pruneSearchRecords(db, new Set(['a']));
		expect(await db.records.toCollection().primaryKeys()).toEqual(['a']);
	});
});
