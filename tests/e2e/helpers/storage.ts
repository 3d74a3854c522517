/**
 * Reading what the app stored, with the plain IndexedDB API so nothing of the app is involved.
 * Edits and settings are saved asynchronously; a test that reloads straight after its last
 * action waits here first, the way a person would not reload within the same millisecond.
 */
import { expect, type Page } from '@playwright/test';

/** One record of the app's database (`triptych`), or undefined. */
export function storedRecord<T>(page: Page, store: string, key: string): Promise<T | undefined> {
	return page.evaluate(
		([store, key]) =>
			new Promise<T | undefined>((resolve, reject) => {
				const open = indexedDB.open('triptych');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction(store).objectStore(store).get(key);
					get.onerror = () => reject(get.error);
					get.onsuccess = () => {
						db.close();
						resolve(get.result as T | undefined);
					};
				};
			}),
		[store, key] as const
	);
}

/** A device-local value (reader settings, positions, translator mode: the `device` table). */
export async function storedSetting(page: Page, key: string): Promise<unknown> {
	return (await storedRecord<{ value?: unknown }>(page, 'device', key))?.value;
}

/** Waits until the debounced reading position of an article has reached the database. */
export async function waitForSavedPosition(page: Page, articleId: string, index: number) {
	await expect.poll(() => storedSetting(page, `position:${articleId}`)).toBe(index);
}

/** Waits until reader settings have reached the database, so a reload starts from them. */
export async function waitForSavedSettings(page: Page, expected: Record<string, unknown>) {
	await expect.poll(() => storedSetting(page, 'reader')).toMatchObject(expected);
}

export interface StoredRow {
	id: string;
	status: string;
	flagged: boolean;
	review: boolean;
	notes: Array<{ text: string }>;
	cells: Record<'en' | 'hy' | 'ru', string[]>;
}

/** The rows of an article's stored alignment. */
export async function storedRows(page: Page, articleId: string): Promise<StoredRow[]> {
	return (await storedRecord<{ rows: StoredRow[] }>(page, 'alignments', articleId))?.rows ?? [];
}

/** Resolves once the article's stored alignment satisfies `done`. */
export async function waitForStoredRows(
	page: Page,
	articleId: string,
	done: (rows: StoredRow[]) => boolean
): Promise<void> {
	await expect
		.poll(async () => done(await storedRows(page, articleId)), {
			message: 'edit saved to IndexedDB'
		})
		.toBe(true);
}
