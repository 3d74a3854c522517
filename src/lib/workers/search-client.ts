/**
 * The page's side of the search worker (`search.worker.ts`): one worker per page, created on
 * first use. `searchLibrary` resolves with the hits of the latest query only — an answer to a
 * query typed over resolves `undefined`. If the worker fails, pending searches reject and the
 * next call starts a fresh worker.
 */
import type { SearchHit } from '$lib/core/search';
import type { IndexingProgress, SearchRequest, SearchResponse } from './search.worker';
import SearchWorker from './search.worker?worker';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (answer: SearchAnswer | undefined) => void; reject: (error: Error) => void }
>();

function failAll(message: string): void {
	worker?.terminate();
	worker = undefined;
	for (const job of pending.values()) job.reject(new Error(message));
	pending.clear();
}

function getWorker(): Worker {
	if (!worker) {
		worker = new SearchWorker();
		worker.onmessage = (event: MessageEvent<SearchResponse>) => {
			if ('type' in event.data) {
				for (const listener of listeners) listener();
				return;
			}
			const job = pending.get(event.data.id);
			if (!job) return;
			pending.delete(event.data.id);
			if ('error' in event.data) job.reject(new Error(event.data.error));
			else job.resolve(event.data.hits && { hits: event.data.hits, indexing: event.data.indexing });
		};
		worker.onerror = (event) => {
			event.preventDefault();
			failAll(event.message || 'The search worker stopped');
		};
		worker.onmessageerror = () => failAll('The search worker sent an unreadable message');
	}
	return worker;
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever the library changed and the index followed; returns the unsubscriber. */
export function onIndexChange(listener: () => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function send(message: SearchRequest): void {
	getWorker().postMessage(message);
}

/**
 * Starts (or refreshes) the index in the background: called once the library's first screen is
 * shown, when the page is idle, and when the search box gets focus.
 */
export function warmSearchIndex(): void {
	send({ type: 'sync' });
}

/**
 * Resolves once the worker's index holds the library as it is now, loading it if need be: after
 * a restore, so that the first search on the library page finds it whole. Rejects if the worker
 * fails.
 */
export function searchIndexReady(): Promise<void> {
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve: () => resolve(), reject });
		send({ type: 'sync', id });
	});
}

export type { IndexingProgress };

/** A query's answer: `indexing` is set when the index did not hold the whole library yet. */
export interface SearchAnswer {
	hits: SearchHit[];
	indexing?: IndexingProgress;
}

/**
 * The answer to `query`, or `undefined` when a newer query superseded it. While the index is
 * still being built, the hits come from the articles indexed so far (`indexing` says how many);
 * `onIndexChange` fires when it is complete.
 */
export function searchLibrary(query: string): Promise<SearchAnswer | undefined> {
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject });
		send({ type: 'search', id, query });
	});
}
