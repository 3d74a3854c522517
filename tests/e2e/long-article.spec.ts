/**
 * A 2,000-row article: the page holds only the rows around what is read (plus the active one),
 * yet the keyboard reaches every row, a sentence far down shows its counterparts, a screen
 * reader hears each row's place in the whole list, and translator edits far down work and undo.
 */
import {
	LONG_ROWS,
	PROGRESS,
	activeRow,
	cell,
	editorBar,
	enterTranslatorMode,
	expect,
	expectHighlighted,
	firstRowOnScreen,
	longRowText,
	openLongArticle,
	renderedRows,
	row,
	rowStatus,
	scrollToFraction,
	test,
	tool
} from './helpers';

const ALL = ['en', 'hy', 'ru'];
/** Far fewer rows in the DOM than the article has: about a few screens' worth. */
const FEW = 150;

test.describe.configure({ timeout: 90_000 });

test('the keyboard walks a 2,000-row article to its end; the active row is always focused and on screen', async ({
	page
}) => {
	await openLongArticle(page);
	expect(await renderedRows(page)).toBeLessThan(FEW);
	// Screen readers hear each row's place in the whole article, not in what is rendered.
	await expect(row(page, 1)).toHaveAttribute('aria-setsize', String(LONG_ROWS));
	await expect(row(page, 1)).toHaveAttribute('aria-posinset', '1');

	await cell(row(page, 1), 'en').click();
	await expect(row(page, 1)).toBeFocused();
	// Row by row, well past the first screen: every step lands on a rendered, visible row.
	for (let n = 2; n <= 40; n++) {
		await page.keyboard.press('j');
		await expect(row(page, n)).toBeFocused();
		await expect(row(page, n)).toHaveAttribute('aria-current', 'true');
	}
	await expect(row(page, 40)).toBeInViewport();
	await expect(row(page, 40)).toContainText(longRowText(40));

	// To the end, and from there back a few rows.
	await page.keyboard.press('End');
	const last = row(page, LONG_ROWS);
	await expect(last).toBeFocused();
	await expect(last).toBeInViewport();
	await expect(last).toContainText(longRowText(LONG_ROWS));
	await expect(last).toHaveAttribute('aria-posinset', String(LONG_ROWS));
	for (let n = LONG_ROWS - 1; n >= LONG_ROWS - 5; n--) {
		await page.keyboard.press('k');
		await expect(row(page, n)).toBeFocused();
		await expect(row(page, n)).toBeInViewport();
	}
	expect(await renderedRows(page)).toBeLessThan(FEW);

	// Back to the top.
	await page.keyboard.press('Home');
	await expect(row(page, 1)).toBeFocused();
	await expect(row(page, 1)).toBeInViewport();
	await expect(activeRow(page)).toHaveCount(1);
});

test('a sentence tapped far down an article highlights its counterparts; the active row stays while scrolling away', async ({
	page
}) => {
	await openLongArticle(page);
	await scrollToFraction(page, 0.8);
	const index = (await firstRowOnScreen(page)) + 2;
	expect(index).toBeGreaterThan(LONG_ROWS / 2);
	const target = row(page, index + 1);
	await cell(target, 'hy').click();
	await expectHighlighted(target, ALL);
	await expect(cell(target, 'ru')).toContainText(`(${index + 1}) `);

	// Scrolled back to the top, the active row is still in the page (focus and the screen
	// reader's place are not lost), and the rows on screen are the first ones.
	await scrollToFraction(page, 0);
	await expect(row(page, 1)).toBeInViewport();
	await expect(activeRow(page)).toHaveAttribute('aria-label', `Row ${index + 1}`);
	expect(await renderedRows(page)).toBeLessThan(FEW);
});

test('translator edits on a row far down work and undo', async ({ page }) => {
	await openLongArticle(page);
	await enterTranslatorMode(page);
	await expect(editorBar(page)).toContainText(PROGRESS(0, LONG_ROWS));
	await scrollToFraction(page, 0.9);
	const n = (await firstRowOnScreen(page)) + 3;
	expect(n).toBeGreaterThan(LONG_ROWS / 2);
	const target = row(page, n);
	await cell(target, 'en').click();
	await expect(target).toHaveAttribute('aria-current', 'true');

	await tool(page, 'Confirm').click();
	await expect(rowStatus(page, n)).toContainText('confirmed');
	await expect(editorBar(page)).toContainText(PROGRESS(1, LONG_ROWS));

	// Merge with the next row: one row fewer, both texts in it.
	await tool(page, 'Merge with next').click();
	await expect(editorBar(page)).toContainText(`of ${LONG_ROWS - 1} rows`);
	await expect(row(page, n)).toContainText(longRowText(n));
	await expect(row(page, n)).toContainText(longRowText(n + 1));

	const undo = editorBar(page).getByRole('button', { name: /^Undo/ });
	await undo.click();
	await expect(editorBar(page)).toContainText(PROGRESS(1, LONG_ROWS));
	await expect(row(page, n)).not.toContainText(longRowText(n + 1));
	await expect(row(page, n + 1)).toContainText(longRowText(n + 1));
	await undo.click();
	await expect(editorBar(page)).toContainText(PROGRESS(0, LONG_ROWS));
	await expect(rowStatus(page, n)).not.toContainText('confirmed');
	// The edited row is still where the translator is.
	await expect(row(page, n)).toBeInViewport();
	expect(await renderedRows(page)).toBeLessThan(FEW);
});
