/**
 * The one liveQuery adapter for Svelte 5, and the live queries the app shows. Created inside a
 * component (or a rune class built there), a `LiveQuery` gives reactive `current`, `isLoading`
 * and `error`, updated whenever the queried tables change — in this tab or in another tab
 * showing the same data. `deps` lists reactive values the query depends on (e.g. the article
 * id), re-subscribing when they change.
 */
import { untrack } from 'svelte';
import { liveQuery } from 'dexie';
import type { Lang } from '$lib/core/types';
import { getDb } from './instance';
import { getArticle, listIncomplete, listLibrary, offersFor, revisionsOf } from './library';
import { allReports, reportsOfArticle } from './reports';

export class LiveQuery<T> {
	current = $state.raw<T | undefined>(undefined);
	isLoading = $state(true);
	error = $state.raw<unknown>(undefined);

	/**
	 * `early` may hand over a subscription started before the component existed (an `Early`,
	 * see `readArticleEarly`) for the deps' current value: its result so far is shown at once, and no second
	 * query runs.
	 */
	constructor(
		querier: () => Promise<T> | T,
		deps: () => unknown = () => undefined,
		early?: () => Early<T> | undefined
	) {
		$effect(() => {
			deps();
			const observer = {
				next: (value: T) => {
					this.current = value;
					this.error = undefined;
					this.isLoading = false;
				},
				error: (error: unknown) => {
					this.error = error;
					this.isLoading = false;
				}
			};
			const adopted = untrack(() => early?.())?.adopt(observer);
			if (adopted) return adopted;
			this.isLoading = true;
			const subscription = liveQuery(querier).subscribe(observer);
			return () => subscription.unsubscribe();
		});
	}
}

type Observer<T> = { next: (value: T) => void; error: (error: unknown) => void };

/**
 * A live query started ahead of the component that will show it (while the app is still
 * starting), which that component's `LiveQuery` then takes over. Not taken over within a few
 * seconds (the page went elsewhere), it stops.
 */
export class Early<T> {
	#last?: { value: T } | { error: unknown };
	#observer?: Observer<T>;
	#subscription: { unsubscribe(): void };
	#timer: ReturnType<typeof setTimeout>;
	#adopted = false;

	constructor(
		querier: () => Promise<T> | T,
		/** Dexie's `liveQuery`; tests pass their own observable. */
		observe: (querier: () => Promise<T> | T) => {
			subscribe(observer: Observer<T>): { unsubscribe(): void };
		} = liveQuery
	) {
		this.#subscription = observe(querier).subscribe({
			next: (value) => {
				this.#last = { value };
				this.#observer?.next(value);
			},
			error: (error: unknown) => {
				this.#last = { error };
				this.#observer?.error(error);
			}
		});
		this.#timer = setTimeout(() => {
			this.#adopted = true; // too late to take over: a component starts its own query
			this.#subscription.unsubscribe();
		}, 5000);
	}

	/** Hands the subscription to `observer` (once); returns its unsubscriber, or undefined if taken or stopped. */
	adopt(observer: Observer<T>): (() => void) | undefined {
		if (this.#adopted) return undefined;
		this.#adopted = true;
		clearTimeout(this.#timer);
		this.#observer = observer;
		const last = this.#last;
		if (last) {
			if ('value' in last) observer.next(last.value);
			else observer.error(last.error);
		}
		return () => this.#subscription.unsubscribe();
	}
}

/** The library list. */
export const liveLibrary = () => new LiveQuery(() => listLibrary(getDb()));

/** Articles missing a language (import targets). */
export const liveIncomplete = () => new LiveQuery(() => listIncomplete(getDb()));

async function articleQuery(id: string) {
	performance.mark('triptych:article-query');
	const result = await getArticle(getDb(), id);
	performance.mark('triptych:article-data');
	return result;
}

let earlyArticle:
	{ id: string; query: Early<Awaited<ReturnType<typeof articleQuery>>> } | undefined;

/**
 * Starts reading the article a page is opening at while the app is still starting (from the
 * article page's module script): `liveArticle` then takes that live query over instead of
 * starting its own.
 */
export function readArticleEarly(id: string): void {
	if (earlyArticle?.id === id) return;
	earlyArticle = { id, query: new Early(() => articleQuery(id)) };
}

/** One article with its renderings and alignment; follows `id` as it changes. */
export function liveArticle(id: () => string) {
	return new LiveQuery(
		() => articleQuery(id()),
		() => id(),
		() => {
			const early = earlyArticle?.id === id() ? earlyArticle.query : undefined;
			earlyArticle = undefined;
			return early;
		}
	);
}

/** Bundled versions offered for the article's languages. */
export function liveOffers(articleId: () => string, langs: () => Lang[]) {
	return new LiveQuery(
		() => offersFor(getDb(), articleId(), langs()),
		() => [articleId(), langs().join()]
	);
}

/** The revisions of one sentence (none while `sentenceId` is undefined). */
export function liveRevisions(renderingId: () => string, sentenceId: () => string | undefined) {
	return new LiveQuery(
		async () => {
			const id = sentenceId();
			return id ? revisionsOf(getDb(), renderingId(), id) : [];
		},
		() => [renderingId(), sentenceId()]
	);
}

/** One article's reports; follows `articleId`. */
export function liveArticleReports(articleId: () => string) {
	return new LiveQuery(
		() => reportsOfArticle(getDb(), articleId()),
		() => articleId()
	);
}

/** Every report on this device (the reports list, the library's counts). */
export const liveReports = () => new LiveQuery(() => allReports(getDb()));
