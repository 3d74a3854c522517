import { test as base, expect, type Page } from '@playwright/test';

export const CSTO_TITLE = 'Russia-Led CSTO Troops Begin Withdrawal From Kazakhstan';
export const HEADER_TEXT = 'Մատչելիության հղումներ';

/** Opens the library in a fresh profile and waits until the five bundled articles are listed. */
export async function openLibrary(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
}

/** Opens an article from the library by its English title, as a reader would. */
export async function openArticle(page: Page, title: string): Promise<void> {
	await openLibrary(page);
	await page.getByRole('link', { name: title }).click();
	await expect(page.getByTestId('aligned-text')).toBeVisible();
}

/** Waits until the article's rows come from a stored alignment (not the one-language fallback). */
export async function waitForAlignment(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: /align/i })).toHaveCount(0);
	await expect(page.getByTestId('row').first().locator('[data-lang]')).not.toHaveCount(1);
}

export const test = base;
export { expect };
