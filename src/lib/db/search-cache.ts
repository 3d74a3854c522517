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
import { SEARCH_RECORD_FORMAT, searchRecord, type SearchRecord } from '$lib/core/search-index';
import type { Alignment, Rendering } from '$lib/core/types';
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

/** Deletes the records of `ids` (articles just deleted): their text does not outlive them. */
export async function forgetSearchRecords(db: SearchCacheDB, ids: string[]): Promise<void> {
	if (ids.length) await db.records.bulkDelete(ids);
}

/** An article as a write stored it, with its stamp as read in that write's transaction. */
export interface WrittenArticle {
	articleId: string;
	stamp: string;
	/** Joined with their originals (`sentenceText` slices them). */
	renderings: readonly Rendering[];
	alignment: Pick<Alignment, 'rows'> | undefined;
}

/** Articles derived and written per cache transaction (the page yields between them). */
const WRITE_BATCH = 100;

/**
 * Derives and keeps the search records of articles a write just committed to the library (a
 * restore), so the search worker loads them from here instead of reading every rendering back.
 * `onlyThese`: the library now holds exactly these articles (a replace), so every other record
 * goes. Call only after the library's transaction committed: a failed write leaves no record.
 */
export async function keepSearchRecords(
	db: SearchCacheDB,
	articles: readonly WrittenArticle[],
	{ onlyThese = false } = {}
): Promise<void> {
	if (onlyThese) await db.records.clear();
	for (let k = 0; k < articles.length; k += WRITE_BATCH) {
		const made = articles.slice(k, k + WRITE_BATCH).map((a): CachedSearchRecord => ({
			articleId: a.articleId,
			stamp: a.stamp,
			record: searchRecord(a.renderings, a.alignment)
		}));
		await db.records.bulkPut(made);
	}
}

/** The Web Lock a write holds while the records of what it wrote are not kept yet. */
const LOCK = `${DB_NAME}-search-records`;

type Locks = { request: LockManager['request'] } | undefined;
const locks = (): Locks => (globalThis.navigator as { locks?: Locks } | undefined)?.locks;

/**
 * Runs a library write that keeps its articles' search records (`keepSearchRecords`) while
 * holding a lock, so the search worker, seeing the library change, waits for those records
 * (`searchRecordsSettled`) instead of deriving them again from the library. Where Web Locks
 * are missing it just runs `write`.
 */
export function whileKeepingSearchRecords<T>(write: () => Promise<T>): Promise<T> {
	const manager = locks();
	return manager ? (manager.request(LOCK, write) as Promise<T>) : write();
}

/** Resolves once no write is keeping search records (at once where Web Locks are missing). */
export async function searchRecordsSettled(): Promise<void> {
	await locks()?.request(LOCK, { mode: 'shared' }, () => undefined);
}
