/**
 * Start-up work that reads and writes the whole library (seeding the bundled articles, aligning
 * outdated ones) runs in one tab at a time: with several tabs opened at once, the first does
 * the work and the others, when their turn comes, find nothing left to do.
 */
export const STARTUP_LOCK = 'triptych-startup';

/**
 * Runs `work` holding the named Web Lock (shared by every tab of the app's origin). Where Web
 * Locks do not exist (old browsers, some embedded views) it runs at once: the writes are
 * idempotent, so the worst case is work done twice, never work lost.
 *
 * @example
 * await oneTabAtATime(() => seedAndAlign());
 */
export async function oneTabAtATime<T>(
	work: () => Promise<T>,
	locks: LockManager | undefined = globalThis.navigator?.locks,
	name = STARTUP_LOCK
): Promise<T> {
	if (!locks?.request) return work();
	return locks.request(name, { mode: 'exclusive' }, () => work());
}
