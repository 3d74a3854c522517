/**
 * A 2,000-row article on a phone (Pixel 7, stacked view): a sentence tapped far down opens its
 * counterparts under it, on screen, while the page holds only a screenful of rows.
 */
import {
	LONG_ROWS,
	cell,
	cellLangs,
	expect,
	expectHighlighted,
	firstRowOnScreen,
	openLongArticle,
	renderedRows,
	row,
	scrollToFraction,
	test
} from './helpers';

test.describe.configure({ timeout: 90_000 });

test('a sentence tapped far down opens its counterparts under it, on screen', async ({ page }) => {
	await openLongArticle(page);
	await scrollToFraction(page, 0.7);
	const n = (await firstRowOnScreen(page)) + 2;
	expect(n).toBeGreaterThan(LONG_ROWS / 2);
	const target = row(page, n);
	expect(await cellLangs(target)).toEqual(['en']);
	await cell(target, 'en').tap();
	await expectHighlighted(target, ['en', 'hy', 'ru']);
	expect(await cellLangs(target)).toEqual(['en', 'hy', 'ru']);
	await expect(cell(target, 'hy')).toBeInViewport();
	await expect(cell(target, 'ru')).toContainText(`(${n}) `);
	expect(await renderedRows(page)).toBeLessThan(100);
});
