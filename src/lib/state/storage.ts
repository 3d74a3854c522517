/**
 * Keeping the library safe from the browser's storage eviction. Persistent storage is asked for
 * once, at the moment the library first holds the user's own work (the first import or edit),
 * not on a first visit where a prompt would mean nothing; the answer is remembered.
 */
import { getSetting, setSetting } from '$lib/db';

/** Device-local: when persistence was asked for and what the browser answered. */
export const PERSIST_ASKED_KEY = 'storage.persistAsked';

export interface StorageReport {
	/** True when the browser keeps the library even when space runs low; undefined = unknown. */
	persisted?: boolean;
	used?: number;
	quota?: number;
}

let asking: Promise<void> | undefined;

/**
 * Asks for persistent storage the first time it is called on this device (later calls do
 * nothing). Never throws: a browser without the API or a refusal only means the library stays
 * "best effort", as before.
 */
export function askPersistenceOnce(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<void> {
	asking ??= (async () => {
		try {
			if (!storage?.persist) return;
			if (await getSetting(PERSIST_ASKED_KEY)) return;
			const at = Date.now();
			await setSetting(PERSIST_ASKED_KEY, { at });
			const granted = (await storage.persisted?.()) || (await storage.persist());
			await setSetting(PERSIST_ASKED_KEY, { at, granted });
		} catch (error) {
			console.warn('Asking for persistent storage failed', error);
		}
	})();
	return asking;
}

/** What Settings shows: persisted or not, and usage against quota, where the browser tells. */
export async function storageReport(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<StorageReport> {
	const [persisted, estimate] = await Promise.all([
		storage?.persisted?.().catch(() => undefined),
		storage?.estimate?.().catch(() => undefined)
	]);
	return { persisted, used: estimate?.usage, quota: estimate?.quota };
}
