/**
 * How long live replication waits before retrying after a failed request (PouchDB's
 * `back_off_function`).
 */
export interface BackOff {
	/** PouchDB's `back_off_function`: the wait before the next retry, given the last one. */
	next(delay: number): number;
	/** The replication works again (caught up, or moving changes). */
	recovered(): void;
}

/**
 * Retry waits of 1 s doubling up to 60 s that start over at 1 s once the replication has
 * recovered. PouchDB keeps the last wait across recoveries (apache/pouchdb#5828, "wontfix"), so
 * without this a device that lost its connection a few times in a day would wait a minute after
 * every later hiccup.
 */
export function backOffTimer(): BackOff {
	let fresh = true;
	return {
		next(delay) {
			const wait = fresh || delay === 0 ? 1000 : Math.min(delay * 2, 60_000);
			fresh = false;
			return wait;
		},
		recovered() {
			fresh = true;
		}
	};
}
