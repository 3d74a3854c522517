/**
 * The one liveQuery adapter for Svelte 5: `const lib = new LiveQuery(() => listLibrary(db))`
 * inside a component gives reactive `current`, `isLoading` and `error`, updated whenever the
 * queried tables change — in this tab or in another tab showing the same data.
 * `deps` lists reactive values the query depends on (e.g. the article id), re-subscribing when
 * they change.
 */
import { liveQuery } from 'dexie';

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
