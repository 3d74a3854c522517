/**
 * The one liveQuery adapter for Svelte 5, and the live queries the app shows. Created inside a
 * component (or a rune class built there), a `LiveQuery` gives reactive `current`, `isLoading`
 * and `error`, updated whenever the queried tables change — in this tab or in another tab
 * showing the same data. `deps` lists reactive values the query depends on (e.g. the article
 * id), re-subscribing when they change.
 */
import { liveQuery } from 'dexie';
import type { Lang } from '$lib/core/types';
import { getDb } from './instance';
import { getArticle, listIncomplete, listLibrary, offersFor, revisionsOf } from './library';
import { allReports, reportsOfArticle } from './reports';

export class LiveQuery<T> {
	current = $state.raw<T | undefined>(undefined);
	isLoading = $state(true);
	error = $state.raw<unknown>(undefined);

	constructor(querier: () => Promise<T> | T, deps: () => unknown = () => undefined) {
		$effect(() => {
			deps();
			this.isLoading = true;
			const subscription = liveQuery(querier).subscribe({
				next: (value) => {
					this.current = value;
					this.error = undefined;
					this.isLoading = false;
				},
				error: (error: unknown) => {
					this.error = error;
					this.isLoading = false;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}

/** The library list. */
export const liveLibrary = () => new LiveQuery(() => listLibrary(getDb()));

/** Articles missing a language (import targets). */
export const liveIncomplete = () => new LiveQuery(() => listIncomplete(getDb()));

/** One article with its renderings and alignment; follows `id` as it changes. */
export function liveArticle(id: () => string) {
	return new LiveQuery(
		async () => {
			performance.mark('triptych:article-query');
			const result = await getArticle(getDb(), id());
			performance.mark('triptych:article-data');
			return result;
		},
		() => id()
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
