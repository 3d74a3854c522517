/**
 * Helpers shared by the reading-experience specs (desktop and phone): what a reader sees of the
 * aligned text, expressed through test ids, `lang` and ARIA state rather than CSS structure.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openLibrary } from './fixtures';

export const ARTICLES = {
	troops: { id: '000_cbd3c1b3a728994e', title: 'What did Armenian troops do in Kazakhstan?' },
	decision: { id: '001_7f7eb624f6e7fedd', title: /^Decision to send CSTO peacekeepers/ },
	withdrawal: {
		id: '002_8b8535d9ee745d2b',
		title: 'Russia-Led CSTO Troops Begin Withdrawal From Kazakhstan'
	},
	mission: { id: '003_cbe15a5e722aaaf6', title: /^The Permanent Mission of Armenia/ },
	praise: { id: '004_4edc45d2294ab903', title: 'Pashinian Praises CSTO Intervention In Kazakhstan' }
} as const;

export type ArticleKey = keyof typeof ARTICLES;

/** Opens an article from the library, as a reader would, and waits for its aligned rows. */
export async function openAligned(page: Page, key: ArticleKey): Promise<void> {
	await openLibrary(page);
	await page.getByRole('link', { name: ARTICLES[key].title }).click();
	await waitForAligned(page);
}

/**
 * Waits until the article shows rows from its stored alignment. Unlike the shared fixture this
 * does not rely on the first row showing several languages (in the stacked view only the active
 * row does).
 */
export async function waitForAligned(page: Page): Promise<void> {
	await expect(rows(page).first()).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /Aligning/ })).toHaveCount(0);
}

export function rows(page: Page): Locator {
	return page.getByTestId('row');
}

/** The row the reader is on: exactly one row carries `aria-current`. */
export function activeRow(page: Page): Locator {
	return rows(page).and(page.locator('[aria-current="true"]'));
}

/** The text cell of one language inside a row (main or counterpart). */
export function cell(row: Locator, lang: string): Locator {
	return row.locator(`[data-lang="${lang}"]`);
}

/** The languages of a row's cells in document (reading) order. */
export function cellLangs(row: Locator): Promise<string[]> {
	return row.locator('[data-lang]').evaluateAll((els) => els.map((e) => e.getAttribute('lang')!));
}

/** Asserts that a row is the active one and all its sentences, in every language, are highlighted. */
export async function expectHighlighted(row: Locator, langs: string[]): Promise<void> {
	await expect(row).toHaveAttribute('aria-current', 'true');
	for (const lang of langs) {
		const sentences = cell(row, lang).locator('[data-highlighted]');
		await expect(sentences.first()).toBeVisible();
		await expect(sentences.and(row.page().locator('[data-highlighted="false"]'))).toHaveCount(0);
	}
	await expect(activeRow(row.page())).toHaveCount(1);
}

/** A record of the app's settings table, read through the raw IndexedDB API. */
export function storedSetting(page: Page, key: string): Promise<unknown> {
	return page.evaluate(
		(key) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('triptych');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('settings').objectStore('settings').get(key);
					get.onsuccess = () => {
						resolve((get.result as { value?: unknown } | undefined)?.value);
						open.result.close();
					};
					get.onerror = () => reject(get.error);
				};
			}),
		key
	);
}

/** Waits until the debounced reading position of an article has reached the database. */
export async function waitForSavedPosition(page: Page, articleId: string, index: number) {
	await expect.poll(() => storedSetting(page, `position:${articleId}`)).toBe(index);
}

/** Waits until reader settings have reached the database, so a reload starts from them. */
export async function waitForSavedSettings(page: Page, expected: Record<string, unknown>) {
	await expect.poll(() => storedSetting(page, 'reader')).toMatchObject(expected);
}

/** What the reader would see as a horizontal scrollbar: the page wider than the viewport. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	const size = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(
		size.scroll,
		`page is ${size.scroll}px wide in a ${size.client}px viewport`
	).toBeLessThanOrEqual(size.client);
}

/** The computed font size (px) of a row's reading text in one language. */
export function fontSize(row: Locator, lang: string): Promise<number> {
	return cell(row, lang)
		.locator('[data-highlighted]')
		.first()
		.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
}
