/**
 * Steps of the lifecycle and data-safety specs: waiting for start-up work to finish, reading the
 * whole database with the plain IndexedDB API, and making the next write fail as a full disk
 * would (a DOMException named QuotaExceededError, as Chromium throws it).
 */
import type { Page } from '@playwright/test';

/** Resolves once this tab's start-up work (seeding, background alignment) is over. */
export async function startupDone(page: Page): Promise<void> {
	await page.waitForFunction(
		() => performance.getEntriesByName('triptych:startup-done').length > 0,
		undefined,
		{ timeout: 60_000 }
	);
}

export type Dump = Record<string, unknown[]>;

/** Every record of every store of the app's database, in key order. */
export function dumpDb(page: Page): Promise<Dump> {
	return page.evaluate(
		() =>
			new Promise<Dump>((resolve, reject) => {
				const open = indexedDB.open('triptych');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names);
					const out: Dump = {};
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () => (out[name] = req.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

/** The records of a dump that belong to one article (by id, articleId or rendering id). */
export function recordsOf(dump: Dump, articleId: string): Dump {
	const mine = (r: unknown) => {
		const o = r as { id?: string; articleId?: string; renderingId?: string };
		return (
			o.articleId === articleId ||
			o.id === articleId ||
			o.renderingId?.startsWith(`${articleId}:`) === true
		);
	};
	return Object.fromEntries(Object.entries(dump).map(([s, list]) => [s, list.filter(mine)]));
}

/** The dump without one article's records: what deleting it must leave exactly as it was. */
export function withoutArticle(dump: Dump, articleId: string): Dump {
	const theirs = recordsOf(dump, articleId);
	return Object.fromEntries(
		Object.entries(dump).map(([s, list]) => [s, list.filter((r) => !theirs[s].includes(r))])
	);
}

/**
 * Fills the disk, as far as the page can tell: every IndexedDB `put` and `add` throws
 * QuotaExceededError (as Chromium does when the quota is used up) until {@link freeDisk}.
 */
export async function fillDisk(page: Page): Promise<void> {
	await page.evaluate(() => {
		const w = window as unknown as {
			__diskFull?: boolean;
			__refused?: number;
			__patched?: boolean;
		};
		w.__diskFull = true;
		w.__refused = 0;
		if (w.__patched) return;
		w.__patched = true;
		for (const method of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (
				this: IDBObjectStore,
				...args: Parameters<IDBObjectStore['put']>
			) {
				if (w.__diskFull) {
					w.__refused = (w.__refused ?? 0) + 1;
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				}
				return original.apply(this, args);
			};
		}
	});
}

/** Space freed: writes work again. Returns how many writes were refused meanwhile. */
export function freeDisk(page: Page): Promise<number> {
	return page.evaluate(() => {
		const w = window as unknown as { __diskFull?: boolean; __refused?: number };
		w.__diskFull = false;
		return w.__refused ?? 0;
	});
}
