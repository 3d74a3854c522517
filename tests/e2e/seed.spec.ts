/**
 * First visit with the pre-aligned bundled library: the five articles are stored with the rows
 * aligned at build time, and the aligner (a Web Worker started on demand) never runs on the
 * device. Without prepared data the device aligns them itself, as before.
 */
import type { Page } from '@playwright/test';
import { CSTO_TITLE, expect, openLibrary, test } from './helpers';

/** How many articles have a stored alignment, read with the plain IndexedDB API. */
function storedAlignments(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('triptych');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('alignments')) {
						db.close();
						resolve(0);
						return;
					}
					const count = db.transaction('alignments').objectStore('alignments').count();
					count.onsuccess = () => {
						db.close();
						resolve(count.result);
					};
					count.onerror = () => reject(count.error);
				};
			})
	);
}

async function firstVisit(page: Page): Promise<string[]> {
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await openLibrary(page);
	await expect.poll(() => storedAlignments(page)).toBe(5);
	await page.getByRole('link', { name: CSTO_TITLE }).click();
	await expect(page.getByTestId('row').first().locator('[data-lang]')).toHaveCount(3);
	return workers;
}

test('a first visit stores the bundled alignments without aligning on the device', async ({
	page
}) => {
	const workers = await firstVisit(page);
	expect(workers.filter((url) => /align/i.test(url))).toEqual([]);
	await expect(page.getByTestId('row')).toHaveCount(16);
});

test('without prepared data, the device aligns the bundled library itself', async ({ page }) => {
	await page.route('**/corpus/*/prepared.json', (route) => route.fulfill({ status: 404 }));
	await page.route('**/corpus/library.json', (route) => route.fulfill({ status: 404 }));
	const workers = await firstVisit(page);
	expect(workers.filter((url) => /align/i.test(url))).toHaveLength(1);
	await expect(page.getByTestId('row')).toHaveCount(16);
});
