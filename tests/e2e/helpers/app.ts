/**
 * Steps every spec shares: opening the library and an article as a reader would, waiting for the
 * stored alignment, moving between pages, and what a reader sees of the aligned text, expressed
 * through test ids, `lang`, ARIA state and accessible names rather than CSS structure.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** The five bundled articles, by the English title the library lists. */
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
export const ARTICLE_KEYS = Object.keys(ARTICLES) as ArticleKey[];

/** The CSTO withdrawal article, the translator-mode specs' workbench. */
export const CSTO_TITLE = ARTICLES.withdrawal.title;
export const CSTO_ID = ARTICLES.withdrawal.id;

/** The Armenian site's accessibility header, kept verbatim above two of the articles. */
export const HEADER_TEXT = 'Մատչելիության հղումներ';

export type UiLang = 'en' | 'hy' | 'ru';

/** The interface strings of a language, read from the locale files the app ships. */
export function messages(lang: UiLang): Record<string, string> {
	const url = new URL(`../../../locales/${lang}.json`, import.meta.url);
	return JSON.parse(readFileSync(url, 'utf8')) as Record<string, string>;
}

/** Starts the app in this interface language (set before the first page loads). */
export async function useUiLang(page: Page, lang: UiLang): Promise<void> {
	await page.addInitScript((l) => localStorage.setItem('triptych.uiLang', l), lang);
}

/** How the person points: a mouse click on a desktop, a tap on a phone. */
export type Pointer = 'click' | 'tap';

export async function press(target: Locator, how: Pointer = 'click'): Promise<void> {
	if (how === 'tap') await target.tap();
	else await target.click();
}

/** Opens the library in a fresh profile and waits until the five bundled articles are listed. */
export async function openLibrary(page: Page): Promise<void> {
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
}

/** Opens an article from the library, as a reader would, and waits for its aligned rows. */
export async function openArticle(
	page: Page,
	key: ArticleKey = 'withdrawal',
	how: Pointer = 'click'
): Promise<void> {
	await openLibrary(page);
	await press(
		page.getByTestId('library-list').getByRole('link', { name: ARTICLES[key].title }),
		how
	);
	await waitForAligned(page);
}

/**
 * Waits until the article shows rows from its stored alignment, not the one-language text shown
 * while aligning: the translator-mode switch is enabled exactly when the alignment is stored.
 * Works in every interface language and layout (in the stacked view only the active row shows
 * several languages).
 */
export async function waitForAligned(page: Page): Promise<void> {
	await expect(rows(page).first()).toBeVisible();
	await expect(page.getByTestId('translator-mode')).toBeEnabled();
}

/** Follows a link of the main navigation (in the English interface) and waits for its page. */
export async function goTo(
	page: Page,
	name: 'Library' | 'Import' | 'Settings',
	how: Pointer = 'click'
): Promise<void> {
	await press(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }),
		how
	);
	const heading = { Library: 'Library', Import: 'Import an article', Settings: 'Settings' }[name];
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The rows of the aligned text. */
export function rows(page: Page): Locator {
	return page.getByTestId('row');
}

/** Row `n` (1-based) of the aligned text, by its accessible name ("Row 3"): an item of its list. */
export function row(page: Page, n: number): Locator {
	return page.getByRole('listitem', { name: `Row ${n}`, exact: true });
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

/** Scrolls to row `index` (0-based), clicks or taps its sentence in `lang`, and waits until it is active. */
export async function chooseRow(
	page: Page,
	index: number,
	lang = 'en',
	how: Pointer = 'click'
): Promise<Locator> {
	const target = rows(page).nth(index);
	await target.scrollIntoViewIfNeeded();
	await press(cell(target, lang), how);
	await expect(target).toHaveAttribute('aria-current', 'true');
	return target;
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

/** Collects the messages of any dialog (alert, confirm…) the page opens, dismissing each. */
export function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}

/**
 * The reading settings (languages, layout, text size): a panel on wide screens, behind the "Aa"
 * button's sheet on narrow ones. Opens the sheet when there is one; returns where the controls are.
 */
export async function readingSettings(page: Page, how: Pointer = 'click'): Promise<Locator> {
	const button = page.getByRole('button', { name: 'Reading settings' });
	const region = page.getByRole('region', { name: 'Reading controls' });
	// On phones the button's code loads after the text: wait for the one or the other.
	await expect(button.or(region).first()).toBeVisible();
	if (!(await button.isVisible())) return region;
	const sheet = page.getByRole('dialog', { name: 'Reading settings' });
	if (!(await sheet.isVisible())) await press(button, how);
	await expect(sheet).toBeVisible();
	return sheet;
}

/** Closes the reading settings sheet if one is open (a panel stays). */
export async function closeReadingSettings(page: Page, how: Pointer = 'click'): Promise<void> {
	const sheet = page.getByRole('dialog', { name: 'Reading settings' });
	if (!(await sheet.isVisible())) return;
	await press(sheet.getByRole('button', { name: 'Close', exact: true }), how);
	await expect(sheet).toBeHidden();
}
