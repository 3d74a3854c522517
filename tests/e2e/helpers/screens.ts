/**
 * Layout checks shared by the desktop (360 px wide) and phone specs: each screen a reader passes
 * through, reached from a fresh profile, must fit the viewport width without sideways scrolling.
 */
import { expect, type Page } from '@playwright/test';
import {
	type ArticleKey,
	type Pointer,
	cell,
	closeReadingSettings,
	expectNoHorizontalOverflow,
	goTo,
	openArticle,
	openLibrary,
	press,
	readingSettings,
	rows
} from './app';

export interface ScreenOptions {
	how: Pointer;
	/** The article opened for the article screen. */
	article: ArticleKey;
}

/** Each screen: reach it, and check the width in every state it shows along the way. */
export const NO_OVERFLOW_SCREENS: Record<string, (page: Page, o: ScreenOptions) => Promise<void>> =
	{
		'the library and its search results': async (page) => {
			await openLibrary(page);
			await expectNoHorizontalOverflow(page);
			const search = page.getByLabel('Search all three languages');
			for (const query of ['Ղազախստան', 'Kazakhstan']) {
				await search.fill(query);
				await expect(
					page.getByTestId('search-results').getByRole('listitem').first()
				).toBeVisible();
				await expectNoHorizontalOverflow(page);
			}
		},
		'an article in every layout, large text and translator mode': async (
			page,
			{ how, article }
		) => {
			await openArticle(page, article, how);
			await press(cell(rows(page).nth(2), 'en'), how);
			await expect(cell(rows(page).nth(2), 'ru')).toBeVisible();
			await expectNoHorizontalOverflow(page);
			const controls = await readingSettings(page, how);
			for (const layout of ['columns', 'single', 'auto'] as const) {
				// Columns are not offered where the languages cannot fit side by side.
				if (await controls.locator(`option[value="${layout}"]`).isDisabled()) continue;
				await controls.getByLabel('Layout').selectOption(layout);
				await expect(page.getByTestId('aligned-text')).toBeVisible();
				await expectNoHorizontalOverflow(page);
			}
			const large = controls.getByRole('button', { name: 'Large text', exact: true });
			await press(large, how);
			await expect(large).toHaveAttribute('aria-pressed', 'true');
			await expectNoHorizontalOverflow(page);
			await closeReadingSettings(page, how);
			await press(page.getByTestId('translator-mode'), how);
			await expect(page.getByTestId('row-status').first()).toBeVisible();
			await expectNoHorizontalOverflow(page);
		},
		import: async (page, { how }) => {
			await openLibrary(page);
			await goTo(page, 'Import', how);
			await expectNoHorizontalOverflow(page);
		},
		settings: async (page, { how }) => {
			await openLibrary(page);
			await goTo(page, 'Settings', how);
			await expectNoHorizontalOverflow(page);
		}
	};
