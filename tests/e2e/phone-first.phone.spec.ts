/**
 * Phone-first (issue 12), on a 390×844 touch screen: the text is on the first screen with the
 * reading settings one tap away, and in translator mode the bottom action bar acts on the tapped
 * row without ever covering it.
 */
import type { Locator, Page } from '@playwright/test';
import {
	ARTICLES,
	actionBar,
	activeRow,
	cell,
	closeReadingSettings,
	enterTranslatorMode,
	expect,
	expectNoHorizontalOverflow,
	openArticle,
	readingSettings,
	rows,
	storedSetting,
	test,
	useUiLang,
	waitForAligned
} from './helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** The viewport box of an element (the page scrolled as the user left it). */
const box = (target: Locator) => target.evaluate((e) => e.getBoundingClientRect().toJSON());

/**
 * The active row is on screen and not covered: the point in the middle of its first line of text
 * hit-tests to the row itself (not the action bar, a sheet or anything else on top of it).
 */
async function expectActiveRowUncovered(page: Page): Promise<void> {
	const row = activeRow(page);
	await expect(row).toBeInViewport();
	const hit = await row.evaluate((el) => {
		const text = el.querySelector('[data-highlighted]') ?? el;
		const rect = [...text.getClientRects()][0] ?? text.getBoundingClientRect();
		const x = rect.left + Math.min(rect.width / 2, 20);
		const y = rect.top + rect.height / 2;
		const top = document.elementFromPoint(x, y);
		return { inside: !!top && el.contains(top), y, height: innerHeight };
	});
	expect(hit.inside, `text of the active row at y=${hit.y} is covered`).toBe(true);
	const bar = await box(actionBar(page));
	expect(hit.y).toBeLessThan(bar.top);
}

/** Translator actions hand focus back to the active row: the next key acts where the user looks. */
async function expectActiveRowFocused(page: Page): Promise<void> {
	await expect(activeRow(page)).toBeFocused();
}

for (const lang of ['en', 'hy', 'ru'] as const) {
	test(`${lang}: the title and the first sentence are on the first screen`, async ({ page }) => {
		await useUiLang(page, lang);
		await page.goto(`/article?id=${ARTICLES.withdrawal.id}`);
		await waitForAligned(page);
		await page.evaluate(() => scrollTo(0, 0));
		const title = page.getByRole('heading', { level: 1 });
		const first = rows(page).nth(1);
		// Under ~250 px in English (the app header is a line taller in Armenian and Russian).
		expect((await box(title)).top).toBeLessThan(lang === 'en' ? 260 : 280);
		expect((await box(first)).bottom).toBeLessThan(844);
		await expect(title).toBeInViewport();
		await expect(first).toBeInViewport({ ratio: 1 });
		await expectNoHorizontalOverflow(page);
	});
}

test('the reading settings are one tap away, and the choice sticks', async ({ page }) => {
	await openArticle(page, 'withdrawal', 'tap');
	// No panel of controls above the text: languages, layout and size are behind "Aa".
	await expect(page.getByRole('region', { name: 'Reading controls' })).toHaveCount(0);
	const sheet = await readingSettings(page, 'tap');
	await expect(sheet.getByRole('checkbox', { name: 'Russian' })).toBeChecked();
	await expect(sheet.getByLabel('Layout')).toHaveValue('auto');
	// Three columns cannot fit at this width: they are not offered, and the sheet says why.
	await expect(sheet.locator('option[value="columns"]')).toBeDisabled();
	await expect(sheet).toContainText('Columns need a wider screen');
	await sheet.getByRole('button', { name: 'Large text', exact: true }).tap();
	await sheet.getByRole('button', { name: 'Dark', exact: true }).tap();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expectNoHorizontalOverflow(page);
	await closeReadingSettings(page, 'tap');
	await expect.poll(() => storedSetting(page, 'reader')).toMatchObject({ textSize: 'LG' });

	await page.reload();
	await waitForAligned(page);
	await expect(page.locator('html')).toHaveAttribute('data-size', 'LG');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	const again = await readingSettings(page, 'tap');
	await expect(again.getByRole('button', { name: 'Large text', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('a tapped row opens its counterparts in place; the others show one language', async ({
	page
}) => {
	await openArticle(page, 'withdrawal', 'tap');
	const row = rows(page).nth(4);
	await row.scrollIntoViewIfNeeded();
	const before = (await box(cell(row, 'en'))).top;
	await cell(row, 'en').tap();
	await expect(cell(row, 'hy')).toBeVisible();
	await expect(cell(row, 'ru')).toBeInViewport();
	// In place: the tapped sentence did not move away from under the finger.
	expect(Math.abs((await box(cell(row, 'en'))).top - before)).toBeLessThan(200);
	await expect(cell(rows(page).nth(5), 'hy')).toHaveCount(0);
});

test('translator mode: the bottom bar acts on the tapped row and never covers it', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openArticle(page, 'withdrawal', 'tap');
	await enterTranslatorMode(page, 'tap');
	const bar = actionBar(page);
	await expect(bar).toBeVisible();
	// No keyboard hints on a touch-only screen, and no pinned panel over the rows.
	await expect(page.locator('kbd:visible')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Keyboard shortcuts/ })).toBeHidden();
	await expect(page.getByTestId('editor-bar')).not.toHaveCSS('position', 'sticky');
	// Progress is a thin line.
	const progress = bar.getByRole('progressbar');
	expect((await box(progress)).height).toBeLessThanOrEqual(4);
	expect((await box(bar)).height).toBeLessThan(120);

	// A row near the bottom edge of the screen, tapped: scrolled clear of the bar.
	const target = rows(page).nth(5);
	await target.evaluate((e) => e.scrollIntoView({ block: 'end' }));
	await cell(target, 'en').tap();
	await expect(target).toHaveAttribute('aria-current', 'true');
	await expectActiveRowUncovered(page);

	await bar.getByRole('button', { name: 'Confirm' }).tap();
	await expect(bar.getByRole('button', { name: 'Confirm' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expectActiveRowFocused(page);
	await expectActiveRowUncovered(page);

	await bar.getByRole('button', { name: 'Flag' }).tap();
	await expect(bar.getByRole('button', { name: 'Flag' })).toHaveAttribute('aria-pressed', 'true');
	await expectActiveRowFocused(page);
	await expectActiveRowUncovered(page);

	const count = await rows(page).count();
	await bar.getByRole('button', { name: 'Merge with next' }).tap();
	await expect(rows(page)).toHaveCount(count - 1);
	await expectActiveRowFocused(page);
	await expectActiveRowUncovered(page);

	// Split opens its form in the row; splitting hands focus back to the row.
	await bar.getByRole('button', { name: 'Split…' }).tap();
	const form = page.getByTestId('row-controls');
	await expect(form.getByRole('button', { name: 'Split the row' })).toBeVisible();
	await form.getByRole('button', { name: 'Split the row' }).tap();
	await expect(rows(page)).toHaveCount(count);
	await expectActiveRowFocused(page);
	await expectActiveRowUncovered(page);

	// The rest of the tools are in a sheet behind "More".
	await bar.getByRole('button', { name: 'More' }).tap();
	const more = page.getByRole('dialog', { name: /more tools/ });
	await expect(more).toBeVisible();
	await expect(more.getByRole('button', { name: 'Merge with previous' })).toBeVisible();
	await expect(more.getByRole('button', { name: /^Undo/ })).toBeVisible();
	await expect(more.locator('kbd:visible')).toHaveCount(0);
	await expectNoHorizontalOverflow(page);
	await more.getByRole('button', { name: /^Undo/ }).tap();
	await expect(more).toBeHidden();
	await expect(rows(page)).toHaveCount(count - 1);
	await expectActiveRowFocused(page);
	await expectActiveRowUncovered(page);
	expect(errors).toEqual([]);
});

test('press and hold a sentence: the row tools for its language, also behind "More"', async ({
	page
}) => {
	await openArticle(page, 'withdrawal', 'tap');
	await enterTranslatorMode(page, 'tap');
	const target = rows(page).nth(3);
	await cell(target, 'en').tap();
	const ru = cell(target, 'ru');
	await expect(ru).toBeVisible();
	const moving = (await ru.locator('[data-sentence]').first().textContent())!.trim();
	const at = await box(ru);
	// A touch held still on the Russian sentence (no pointer up): the long-press.
	await ru.dispatchEvent('pointerdown', {
		pointerType: 'touch',
		isPrimary: true,
		clientX: at.left + 10,
		clientY: at.top + 10
	});
	const more = page.getByRole('dialog', { name: 'Row 4: more tools' });
	await expect(more).toBeVisible();
	await expect(more.getByRole('radio', { name: 'Russian' })).toHaveAttribute(
		'aria-checked',
		'true'
	);
	await expect(more).toContainText('press and hold a sentence');
	await more.getByRole('button', { name: 'Move first Russian sentence up' }).tap();
	await expect(more).toBeHidden();
	await expectActiveRowFocused(page);
	await expectActiveRowUncovered(page);
	await expect(cell(target, 'ru')).not.toContainText(moving);
	// The row above now has it (its counterparts show once it is tapped).
	await cell(rows(page).nth(2), 'en').tap();
	await expect(cell(rows(page).nth(2), 'ru')).toContainText(moving);
});

test.describe('360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('translator mode, its bar and its sheets fit without sideways scrolling', async ({
		page
	}) => {
		await openArticle(page, 'praise', 'tap');
		await expectNoHorizontalOverflow(page);
		await readingSettings(page, 'tap');
		await expectNoHorizontalOverflow(page);
		await closeReadingSettings(page, 'tap');
		await enterTranslatorMode(page, 'tap');
		await cell(rows(page).nth(2), 'en').tap();
		await expectNoHorizontalOverflow(page);
		await actionBar(page).getByRole('button', { name: 'More' }).tap();
		await expect(page.getByRole('dialog', { name: /more tools/ })).toBeVisible();
		await expectNoHorizontalOverflow(page);
	});
});
