import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { TriptychDB } from '../../src/lib/db/schema';

/** The tables of a real version-1 database (tests/fixtures/db-v1), `{__bytes}` as Uint8Array. */
export interface V1Fixture {
	idbVersion: number;
	tables: Record<string, Array<Record<string, unknown>>>;
}

export const V1_PATH = join(import.meta.dirname, '../fixtures/db-v1/db-v1.json');

export function readV1Fixture(): V1Fixture {
	return JSON.parse(readFileSync(V1_PATH, 'utf8'), (_key, value) =>
		value && typeof value === 'object' && typeof value.__bytes === 'string'
			? new Uint8Array(Buffer.from(value.__bytes, 'base64'))
			: value
	) as V1Fixture;
}

let n = 0;

/**
 * A fake-indexeddb database holding the fixture as version 1 of the app wrote it (the
 * version-1 schema, IDB version 10); returns its name, closed, for the app's schema to open.
 */
export async function v1Database(fixture = readV1Fixture()): Promise<string> {
	const name = `triptych-v1-${process.pid}-${n++}`;
	const old = new Dexie(name, { indexedDB, IDBKeyRange });
	old.version(1).stores({
		articles: 'id, updatedAt',
		renderings: 'id, articleId',
		alignments: 'articleId',
		revisions: 'id, renderingId, [renderingId+sentenceId]',
		offers: 'renderingId',
		settings: 'key'
	});
	await old.open();
	if (old.backendDB().version !== fixture.idbVersion) throw new Error('not IDB version 10');
	for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
	old.close();
	return name;
}

/** The fixture upgraded to the app's schema, opened. */
export async function upgradedV1Db(): Promise<TriptychDB> {
	const db = new TriptychDB(await v1Database(), { indexedDB, IDBKeyRange });
	await db.open();
	return db;
}
