/**
 * Library search off the main thread: keeps a `SearchIndex` of every article, read from the
 * database here in the worker (so the page never loads the library's texts), and answers queries.
 * Before each query (and on 'sync') it compares the articles' stamps with what it indexed and
 * re-indexes only the articles added or changed since, dropping deleted ones.
 * It also watches the articles (a Dexie live query: changes made in the page reach it) and says
 * { type: 'changed' } once the index has followed a change, so a shown query is asked again.
 * Message in: { type: 'sync' } | { type: 'search', id, query }; out: { id, hits } for a search
 * (`hits` undefined when a newer query arrived meanwhile), { id, error }, or { type: 'changed' }.
 */
import { articleStamps, searchSources, watchArticleStamps } from '$lib/db';
import { SearchIndex } from '$lib/core/search-index';
import type { SearchHit } from '$lib/core/search';

export type SearchRequest = { type: 'sync' } | { type: 'search'; id: number; query: string };
export type SearchResponse =
	| { id: number; hits?: SearchHit[] }
	| { id: number; error: string }
	/** The library changed and the index follows it: a shown query is worth asking again. */
	| { type: 'changed' };

/** Articles read from the database per transaction while (re)building. */
const BATCH = 50;

const index = new SearchIndex();
let syncing: Promise<void> | undefined;
let again = false;
let latest = 0;

async function syncOnce(): Promise<void> {
	const stamps = await articleStamps();
	const indexed = index.stamps();
	const present = new Set(stamps.map((s) => s.id));
	for (const id of indexed.keys()) if (!present.has(id)) index.removeArticle(id);
	const changed = stamps.filter((s) => indexed.get(s.id) !== s.stamp);
	for (let k = 0; k < changed.length; k += BATCH) {
		const batch = changed.slice(k, k + BATCH);
		const stampOf = new Map(batch.map((s) => [s.id, s.stamp]));
		for (const source of await searchSources(batch.map((s) => s.id))) {
			index.setArticle(
				source.articleId,
				stampOf.get(source.articleId)!,
				source.renderings,
				source.alignment
			);
		}
	}
}

/** Brings the index up to date; concurrent callers share one pass (and one more if asked during it). */
function sync(): Promise<void> {
	if (syncing) {
		again = true;
		return syncing;
	}
	syncing = (async () => {
		try {
			do {
				again = false;
				await syncOnce();
			} while (again);
		} finally {
			syncing = undefined;
		}
	})();
	return syncing;
}

let watching = false;

/** From the first message on, follows the library's changes (seeding, imports, edits, deletes). */
function watch(): void {
	if (watching) return;
	watching = true;
	let first = true;
	watchArticleStamps(() => {
		if (first) {
			first = false;
			return;
		}
		sync().then(
			() => self.postMessage({ type: 'changed' } satisfies SearchResponse),
			() => undefined
		);
	});
}

self.onmessage = async (event: MessageEvent<SearchRequest>) => {
	const message = event.data;
	watch();
	if (message.type === 'sync') {
		await sync().catch(() => undefined);
		return;
	}
	latest = Math.max(latest, message.id);
	try {
		await sync();
		// A newer query is waiting: this one's answer would only be thrown away.
		const hits = message.id < latest ? undefined : index.search(message.query);
		self.postMessage({ id: message.id, hits } satisfies SearchResponse);
	} catch (error) {
		self.postMessage({
			id: message.id,
			error: error instanceof Error ? error.message : String(error)
		} satisfies SearchResponse);
	}
};
