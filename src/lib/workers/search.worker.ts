/**
 * Library search off the main thread: keeps a `SearchIndex` of every article, read from the
 * database here in the worker (so the page never loads the library's texts), and answers queries.
 * A pass compares the articles' stamps with what it indexed and re-indexes only the articles
 * added or changed since, dropping deleted ones. The worker watches the stamps (a Dexie live
 * query: changes made in any tab reach it), runs a pass when they differ from the index's, and
 * then says { type: 'changed' }, so a shown query is asked again; a query on an index the watcher
 * knows to be current is answered at once, without reading the stamps.
 *
 * Each article is indexed from its search record: read from the worker's cache database
 * (`$lib/db`, `search-cache.ts`) when the record there carries the article's present stamp, otherwise
 * derived from the renderings and alignment and written to the cache for the next visit (in the
 * background: a pass never waits for the cache). A restore keeps the records of the articles it
 * wrote itself (`restoreBackup`): a large pass first waits until it has, then finds them there.
 *
 * While a large (re)indexing runs — the first one on a page, or after an import of many
 * articles — a query is answered at once from what is indexed so far, with `indexing` saying how
 * far it got (the page says search is still indexing); { type: 'changed' } asks the page to run
 * the query again as more is indexed and once the pass is over. A small pass (an edit) is
 * awaited instead.
 *
 * Message in: { type: 'sync', id? } | { type: 'search', id, query }; out: { id, hits, indexing? }
 * for a search (`hits` undefined when a newer query arrived meanwhile), { id } once a sync with
 * an id is done, { id, error }, or { type: 'changed' }.
 */
import {
	articleStamps,
	pruneSearchRecords,
	readSearchRecords,
	searchRecordsSettled,
	searchSources,
	watchArticleStamps,
	writeSearchRecords,
	type CachedSearchRecord
} from '$lib/db';
import { SearchIndex, searchRecord } from '$lib/core/search-index';
import type { SearchHit } from '$lib/core/search';

/** How far a (re)indexing pass got: articles indexed of the library's. */
export interface IndexingProgress {
	done: number;
	total: number;
}

/** `sync` with an `id` is answered `{ id }` once the index holds the library as it is now. */
export type SearchRequest =
	{ type: 'sync'; id?: number } | { type: 'search'; id: number; query: string };
export type SearchResponse =
	| { id: number; hits?: SearchHit[]; indexing?: IndexingProgress }
	| { id: number; error: string }
	/** The library changed and the index follows it: a shown query is worth asking again. */
	| { type: 'changed' };

/** Articles read from the library per transaction while (re)building. */
const BATCH = 50;
/** Cached records read per transaction. */
const CACHE_BATCH = 200;

/** Where the time of the last pass went (read by the library bench, not by the app). */
interface SyncStats {
	articles: number;
	fromCache: number;
	fromLibrary: number;
	stampsMs: number;
	/** Waiting for a restore to keep its records (`searchRecordsSettled`). */
	settleMs: number;
	cacheReadMs: number;
	libraryReadMs: number;
	recordMs: number;
	indexMs: number;
	/** Written in the background, after the pass (so not part of `totalMs`). */
	cacheWriteMs: number;
	totalMs: number;
	characters: number;
}
const scope = self as unknown as { __searchStats?: SyncStats; __searchMs?: number[] };

const index = new SearchIndex();
/** False once the cache failed (it may not open, e.g. out of space): search goes on without it. */
let cacheWorks = true;
let syncing: Promise<void> | undefined;
let again = false;
let latest = 0;
/**
 * True when the library may have changed since the last pass began: until the watcher's first
 * answer, and whenever it reports a change. A query on a clean index does not read the stamps.
 */
let dirty = true;
let watcherLive = false;
/** The cache writes, one after the other, in the background: a pass never waits for them. */
let writes: Promise<unknown> = Promise.resolve();
/** When the page was last told to ask again during a large pass (it shows partial hits). */
let toldAt = 0;
const TELL_EVERY_MS = 250;
/** A query was answered from part of the library since the page was last told. */
let answeredPartly = false;
/** Set while a pass has more than a batch of articles to index. */
let progress: IndexingProgress | undefined;
let largeWaiters: Array<() => void> = [];

function releaseWaiters(): void {
	for (const resolve of largeWaiters) resolve();
	largeWaiters = [];
}

/** Resolves once a pass with more than a batch of articles to index is under way (or over). */
function largePass(): Promise<void> {
	if (progress) return Promise.resolve();
	return new Promise((resolve) => largeWaiters.push(resolve));
}

/** Runs a cache operation; a cache that fails is given up for this worker's life. */
async function cached<T>(op: () => Promise<T>): Promise<T | undefined> {
	if (!cacheWorks) return undefined;
	try {
		return await op();
	} catch (error) {
		console.warn('The search cache is not available', error);
		cacheWorks = false;
		return undefined;
	}
}

async function syncOnce(): Promise<boolean> {
	const t0 = performance.now();
	const stats: SyncStats = {
		articles: 0,
		fromCache: 0,
		fromLibrary: 0,
		stampsMs: 0,
		settleMs: 0,
		cacheReadMs: 0,
		libraryReadMs: 0,
		recordMs: 0,
		indexMs: 0,
		cacheWriteMs: 0,
		totalMs: 0,
		characters: 0
	};
	progress = undefined;
	dirty = false;
	// Asked beside the stamps (it is awaited only by a large pass): a restore may still be keeping
	// the records of what it wrote, which are then read from the cache once kept instead of being
	// derived again from the library meanwhile.
	const settled = searchRecordsSettled().catch(() => undefined);
	const stamps = await articleStamps();
	stats.stampsMs = performance.now() - t0;
	const indexed = index.stamps();
	const present = new Set(stamps.map((s) => s.id));
	let removed = false;
	for (const id of indexed.keys()) {
		if (!present.has(id)) {
			index.removeArticle(id);
			removed = true;
		}
	}
	const changed = stamps.filter((s) => indexed.get(s.id) !== s.stamp);
	if (changed.length === 0 && !removed) return false;
	stats.articles = changed.length;
	if (changed.length > BATCH) {
		progress = { done: stamps.length - changed.length, total: stamps.length };
		releaseWaiters();
		const t = performance.now();
		await settled;
		stats.settleMs = performance.now() - t;
	}
	const step = (n: number) => {
		if (!progress) return;
		progress = { ...progress, done: progress.done + n };
		// The page shows hits from part of the library: more of it is indexed, worth asking again
		// (at once after a partial answer, else now and then).
		if (answeredPartly || performance.now() - toldAt >= TELL_EVERY_MS) {
			answeredPartly = false;
			toldAt = performance.now();
			self.postMessage({ type: 'changed' } satisfies SearchResponse);
		}
	};

	/** Indexes `batch` from the library, and queues its records for the cache. */
	const fromLibrary = async (batch: typeof changed) => {
		const stampOf = new Map(batch.map((s) => [s.id, s.stamp]));
		let t = performance.now();
		const sources = await searchSources(batch.map((s) => s.id));
		stats.libraryReadMs += performance.now() - t;
		const made: CachedSearchRecord[] = [];
		for (const source of sources) {
			t = performance.now();
			const record = searchRecord(source.renderings, source.alignment);
			stats.recordMs += performance.now() - t;
			t = performance.now();
			const stamp = stampOf.get(source.articleId)!;
			index.setRecord(source.articleId, stamp, record);
			stats.indexMs += performance.now() - t;
			made.push({ articleId: source.articleId, stamp, record });
		}
		stats.fromLibrary += made.length;
		step(made.length);
		writes = writes.then(async () => {
			const t = performance.now();
			await cached(() => writeSearchRecords(made));
			stats.cacheWriteMs += performance.now() - t;
		});
	};

	// In library order, batch by batch: what the cache holds current, then the others from the
	// library. A first small batch, so that a query typed meanwhile soon has something to show.
	// (Reading the cache through with getAll, a page at a time, measured no faster in Chromium.)
	for (let k = 0, size = BATCH; k < changed.length; k += size, size = CACHE_BATCH) {
		const batch = changed.slice(k, k + size);
		let t = performance.now();
		const records = (await cached(() => readSearchRecords(batch))) ?? new Map();
		stats.cacheReadMs += performance.now() - t;
		t = performance.now();
		const missing: typeof changed = [];
		for (const s of batch) {
			const record = records.get(s.id);
			if (record) index.setRecord(s.id, s.stamp, record);
			else missing.push(s);
		}
		stats.indexMs += performance.now() - t;
		stats.fromCache += records.size;
		step(records.size);
		for (let j = 0; j < missing.length; j += BATCH) await fromLibrary(missing.slice(j, j + BATCH));
	}
	// After a large pass (the first on a page) the cache keeps no record of an article the
	// library no longer has, even one deleted where the cache was not told (e.g. by sync in a
	// page without search): reading its keys is cheap, and its text must not stay on the device.
	if (removed || stats.fromLibrary > 0 || changed.length > BATCH) {
		writes = writes.then(() => cached(() => pruneSearchRecords(present)));
	}
	stats.totalMs = performance.now() - t0;
	stats.characters = index.characters;
	if (stats.articles > BATCH) scope.__searchStats = stats;
	return true;
}

/** The library's stamps as the watcher last saw them, and how many times it reported. */
let seen: Array<{ id: string; stamp: string }> | undefined;
let seenCount = 0;
/** The index followed a change the watcher reported: the page is told once the pass is over. */
let tellPage = false;

/** Whether the index holds exactly the articles of `stamps`, at those stamps. */
function indexHolds(stamps: Array<{ id: string; stamp: string }>): boolean {
	const indexed = index.stamps();
	return stamps.length === indexed.size && stamps.every((s) => indexed.get(s.id) === s.stamp);
}

/** Brings the index up to date; concurrent callers share one pass (and one more if asked during it). */
function sync(): Promise<void> {
	if (syncing) {
		again = true;
		return syncing;
	}
	syncing = (async () => {
		let wasLarge = false;
		try {
			do {
				again = false;
				const before = seenCount;
				await syncOnce();
				wasLarge ||= progress !== undefined;
				// The watcher reported during the pass, perhaps a change made after the pass read
				// the stamps: one more pass if the index does not hold what it saw.
				if (seenCount !== before && seen && !indexHolds(seen)) {
					again = true;
					tellPage = true;
				}
			} while (again);
		} finally {
			progress = undefined;
			syncing = undefined;
			releaseWaiters();
		}
		// Queries were answered from part of the library, or before a change: worth asking again.
		if (wasLarge || tellPage) self.postMessage({ type: 'changed' } satisfies SearchResponse);
		tellPage = false;
	})();
	return syncing;
}

/** Waits for the pass under way, or runs one if the library may have changed since the last. */
function refresh(): Promise<void> {
	if (syncing) return syncing;
	if (!dirty && watcherLive) return Promise.resolve();
	return sync();
}

let watching = false;

/** From the first message on, follows the library's changes (seeding, imports, edits, deletes). */
function watch(): void {
	if (watching) return;
	watching = true;
	watchArticleStamps((stamps) => {
		watcherLive = true;
		seen = stamps;
		seenCount++;
		// A pass under way compares when it ends; otherwise, nothing to do if the index holds these.
		if (syncing || indexHolds(stamps)) return;
		dirty = true;
		tellPage = true;
		sync().catch(() => undefined);
	});
}

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	const message = event.data;
	watch();
	if (message.type === 'sync') {
		// Asked to be ready (after a restore): the stamps are read again, whatever the watcher saw.
		if (message.id !== undefined && !syncing) dirty = true;
		await refresh().catch(() => undefined);
		if (message.id !== undefined) self.postMessage({ id: message.id } satisfies SearchResponse);
		return;
	}
	latest = Math.max(latest, message.id);
	try {
		// Wait for a small update; during a large one, answer from what is indexed so far.
		const current = refresh();
		if (syncing) await Promise.race([current, largePass()]);
		else await current;
		// A newer query is waiting: this one's answer would only be thrown away.
		const t = performance.now();
		const hits = message.id < latest ? undefined : index.search(message.query);
		const times = (scope.__searchMs ??= []);
		times.push(performance.now() - t);
		if (times.length > 100) times.shift();
		const indexing = progress && { ...progress };
		if (indexing) answeredPartly = true;
		self.postMessage({ id: message.id, hits, indexing } satisfies SearchResponse);
	} catch (error) {
		self.postMessage({
			id: message.id,
			error: error instanceof Error ? error.message : String(error)
		} satisfies SearchResponse);
	}
};
