/**
 * The reading experience on a phone (Pixel 7): the stacked view shows one language per row and
 * puts a tapped row's counterparts right under it, on screen; nothing scrolls sideways.
 */
import {
	ARTICLES,
	NO_OVERFLOW_SCREENS,
	activeRow,
	cell,
	cellLangs,
	chooseRow,
	closeReadingSettings,
	expect,
	expectHighlighted,
	expectNoHorizontalOverflow,
	openArticle,
	readingSettings,
	rows,
	test,
	waitForAligned,
	waitForSavedPosition
} from './helpers';

test('stacked: a tapped sentence shows its highlighted counterparts under it, on screen', async ({
	page
}) => {
	await openArticle(page, 'withdrawal', 'tap');
	await expect((await readingSettings(page, 'tap')).getByLabel('Layout')).toHaveValue('auto');
	await closeReadingSettings(page, 'tap');
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

	// "Show Armenian under each row" (in the reading settings) keeps Armenian under every row.
	await (
		await readingSettings(page, 'tap')
	)
		.getByRole('button', { name: 'Show Armenian under each row' })
		.tap();
	await closeReadingSettings(page, 'tap');
	await expect(cell(rows(page).nth(1), 'hy')).toBeVisible();
	await expect(cell(rows(page).nth(1), 'ru')).toHaveCount(0);
	await expectNoHorizontalOverflow(page);
});

test('stacked: the remembered row is on screen with its counterparts after a reload', async ({
	page
}) => {
	await openArticle(page, 'decision', 'tap');
	await expectHighlighted(await chooseRow(page, 30, 'en', 'tap'), ['en', 'hy', 'ru']);
	await waitForSavedPosition(page, ARTICLES.decision.id, 30);

	await page.reload();
	await waitForAligned(page);
	await expectHighlighted(rows(page).nth(30), ['en', 'hy', 'ru']);
	await expect(activeRow(page)).toBeInViewport();
});

test.describe('no sideways scrolling', () => {
	for (const [screen, check] of Object.entries(NO_OVERFLOW_SCREENS)) {
		test(screen, async ({ page }) => {
			await check(page, { how: 'tap', article: 'praise' });
		});
	}
});
