/**
 * The reading experience on a phone (Pixel 7): the stacked view shows one language per row and
 * puts a tapped row's counterparts right under it, on screen; nothing scrolls sideways.
 */
import { expect, test } from './fixtures';
import {
	ARTICLES,
	activeRow,
	cell,
	cellLangs,
	expectHighlighted,
	expectNoHorizontalOverflow,
	openAligned,
	rows,
	waitForAligned,
	waitForSavedPosition
} from './reader-helpers';

test('stacked: a tapped sentence shows its highlighted counterparts under it, on screen', async ({
	page
}) => {
	await openAligned(page, 'withdrawal');
	await expect(page.getByLabel('Layout')).toHaveValue('auto');
	// One language per row; only the active row (the first, on opening) shows its counterparts.
	await expectHighlighted(rows(page).first(), ['en', 'hy', 'ru']);
	for (const i of [1, 2, 5]) expect(await cellLangs(rows(page).nth(i))).toEqual(['en']);

	// A row at the bottom edge of the screen: its counterparts must not open out of sight.
	const row = rows(page).nth(6);
	await row.evaluate((e) => e.scrollIntoView({ block: 'end' }));
	await cell(row, 'en').tap();
	await expectHighlighted(row, ['en', 'hy', 'ru']);
	expect(await cellLangs(row)).toEqual(['en', 'hy', 'ru']);
	const [en, hy, ru] = await Promise.all(['en', 'hy', 'ru'].map((l) => cell(row, l).boundingBox()));
	expect(hy!.y).toBeGreaterThanOrEqual(en!.y + en!.height - 1);
	expect(ru!.y).toBeGreaterThanOrEqual(hy!.y + hy!.height - 1);
	await expect(cell(row, 'hy')).toBeInViewport();
	await expect(cell(row, 'ru')).toBeInViewport({ ratio: 0.9 });

	// Tapping another row moves the counterparts there.
	const other = rows(page).nth(4);
	await other.scrollIntoViewIfNeeded();
	await cell(other, 'en').tap();
	await expectHighlighted(other, ['en', 'hy', 'ru']);
	await expect(cell(row, 'hy')).toHaveCount(0);
	await expect(cell(other, 'ru')).toBeInViewport();
	await expectNoHorizontalOverflow(page);

	// "Show Armenian under each row" keeps Armenian under every row.
	await page.getByRole('button', { name: 'Show Armenian under each row' }).tap();
	await expect(cell(rows(page).nth(1), 'hy')).toBeVisible();
	await expect(cell(rows(page).nth(1), 'ru')).toHaveCount(0);
	await expectNoHorizontalOverflow(page);
});

test('stacked: the remembered row is on screen with its counterparts after a reload', async ({
	page
}) => {
	await openAligned(page, 'decision');
	const far = rows(page).nth(30);
	await far.scrollIntoViewIfNeeded();
	await cell(far, 'en').tap();
	await expectHighlighted(far, ['en', 'hy', 'ru']);
	await waitForSavedPosition(page, ARTICLES.decision.id, 30);

	await page.reload();
	await waitForAligned(page);
	await expectHighlighted(rows(page).nth(30), ['en', 'hy', 'ru']);
	await expect(activeRow(page)).toBeInViewport();
});

test('no sideways scrolling on the library, an article, import and settings', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	await expectNoHorizontalOverflow(page);
	await page.getByLabel('Search all three languages').fill('Ղազախստան');
	await expect(page.getByTestId('search-results').getByRole('listitem').first()).toBeVisible();
	await expectNoHorizontalOverflow(page);

	await page.getByTestId('library-list').getByRole('link', { name: ARTICLES.praise.title }).tap();
	await waitForAligned(page);
	await cell(rows(page).nth(2), 'en').tap();
	await expect(cell(rows(page).nth(2), 'ru')).toBeVisible();
	await expectNoHorizontalOverflow(page);
	for (const layout of ['columns', 'single'] as const) {
		await page.getByLabel('Layout').selectOption(layout);
		await expect(page.getByTestId('aligned-text')).toBeVisible();
		await expectNoHorizontalOverflow(page);
	}
	await page.getByTestId('translator-mode').tap();
	await expect(page.getByTestId('row-status').first()).toBeVisible();
	await expectNoHorizontalOverflow(page);

	for (const name of ['Import', 'Settings']) {
		await page.getByRole('link', { name, exact: true }).tap();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoHorizontalOverflow(page);
	}
});
