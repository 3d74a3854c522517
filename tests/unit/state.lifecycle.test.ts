/**
 * Start-up work runs in one tab at a time (Web Locks, or at once where there are none), and
 * persistent storage is asked for once per device, the answer remembered.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { oneTabAtATime } from '../../src/lib/state/startup-lock';

/** A LockManager for one name: requests run one after another, like tabs sharing a lock. */
function fakeLocks(): LockManager {
	let tail: Promise<unknown> = Promise.resolve();
	return {
		request: (_name: string, _options: unknown, work: () => Promise<unknown>) => {
			const run = tail.then(() => work());
			tail = run.catch(() => undefined);
			return run;
		}
	} as unknown as LockManager;
}

describe('oneTabAtATime', () => {
	it('runs the second tab’s work only after the first tab’s is over', async () => {
		const locks = fakeLocks();
		const log: string[] = [];
		const work = (tab: string) => async () => {
			log.push(`${tab} start`);
			await new Promise((r) => setTimeout(r, 5));
			log.push(`${tab} end`);
			return tab;
		};
		const results = await Promise.all([
			oneTabAtATime(work('a'), locks),
			oneTabAtATime(work('b'), locks)
		]);
		expect(results).toEqual(['a', 'b']);
		expect(log).toEqual(['a start', 'a end', 'b start', 'b end']);
	});

	it('runs at once where there are no Web Locks', async () => {
		expect(await oneTabAtATime(async () => 42, undefined)).toBe(42);
	});
});

const stored = new Map<string, unknown>();
vi.mock('../../src/lib/db', () => ({
	getSetting: async (key: string) => stored.get(key),
	setSetting: async (key: string, value: unknown) => void stored.set(key, value)
}));

afterEach(() => {
	vi.resetModules();
});

function fakeStorage(answer: boolean) {
	return {
		persisted: vi.fn(async () => false),
		persist: vi.fn(async () => answer)
	} as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };
}

describe('askPersistenceOnce', () => {
	it('asks once, remembers the answer, and never asks again on this device', async () => {
		stored.clear();
		const storage = fakeStorage(true);
		const first = await import('../../src/lib/state/storage');
		await Promise.all([first.askPersistenceOnce(storage), first.askPersistenceOnce(storage)]);
		expect(storage.persist).toHaveBeenCalledTimes(1);
		expect(stored.get(first.PERSIST_ASKED_KEY)).toMatchObject({ granted: true });

		// A later visit (a fresh module) finds the answer and does not ask again.
		vi.resetModules();
		const later = await import('../../src/lib/state/storage');
		await later.askPersistenceOnce(storage);
		expect(storage.persist).toHaveBeenCalledTimes(1);
	});

	it('does nothing where the browser has no persistent storage', async () => {
		stored.clear();
		const { askPersistenceOnce, PERSIST_ASKED_KEY } = await import('../../src/lib/state/storage');
		await askPersistenceOnce(undefined);
		expect(stored.has(PERSIST_ASKED_KEY)).toBe(false);
	});
});
