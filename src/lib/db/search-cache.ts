/**
 * The search worker's own cache: each article's `SearchRecord` (its sentences joined per
 * language, ids and rows as typed arrays), kept with the stamp it was derived at, in a database
 * apart from the library (`triptych-search`). Loading the index from here reads one compact
 * record per article instead of its renderings, originals and alignment, which a later visit
 * would otherwise read and decode again in full.
 *
 * Only a cache: a record whose stamp or format differs from the library's is ignored and
 * rebuilt from the library, records of deleted articles are pruned, and the whole database may
 * be lost (or fail to open) at any time without losing anything. No schema migrations: a new
 * shape is a new `SEARCH_RECORD_FORMAT`, and old records are rebuilt one by one.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { SEARCH_RECORD_FORMAT, type SearchRecord } from '$lib/core/search-index';
import { DB_NAME } from './schema';

export interface CachedSearchRecord {
	articleId: string;
	/** The library's stamp of the article when the record was derived (`articleStamps`). */
	stamp: string;
	record: SearchRecord;
}

export class SearchCacheDB extends Dexie {
	records!: Table<CachedSearchRecord, string>;

	constructor(name = `${DB_NAME}-search`, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({ records: 'articleId' });
	}
}

let instance: SearchCacheDB | undefined;

/** The search worker's cache database, opened lazily (one per worker). */
export function getSearchCache(): SearchCacheDB {
	instance ??= new SearchCacheDB();
	return instance;
}

/**
 * The cached records of `wanted` articles that are still current (same stamp, same format), by
 * article id; the others are left out.
 */
export async function readSearchRecords(
	db: SearchCacheDB,
	wanted: ReadonlyArray<{ id: string; stamp: string }>
): Promise<Map<string, SearchRecord>> {
	const cached = await db.records.bulkGet(wanted.map((w) => w.id));
	const current = new Map<string, SearchRecord>();
	cached.forEach((c, k) => {
		if (c && c.stamp === wanted[k].stamp && c.record.format === SEARCH_RECORD_FORMAT) {
			current.set(c.articleId, c.record);
		}
	});
	return current;
}

export async function writeSearchRecords(
	db: SearchCacheDB,
	records: CachedSearchRecord[]
): Promise<void> {
	await db.records.bulkPut(records);
}

/** Deletes the records of articles no longer in the library (`present`: the library's ids). */
export async function pruneSearchRecords(
	db: SearchCacheDB,
	present: ReadonlySet<string>
): Promise<void> {
	const keys = await db.records.toCollection().primaryKeys();
	const gone = keys.filter((id) => !present.has(id));
	if (gone.length) await db.records.bulkDelete(gone);
}
