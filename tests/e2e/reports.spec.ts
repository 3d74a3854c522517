/**
 * Readers' reports on one device, without team sync: a reader reports a row (by keyboard, by the
 * row's button), sees it on the row and in "My reports"; the library counts it; a translator
 * finds it in the queue and with "Next report", resolves it with a reply (undoable), and the
 * reading view shows the resolution. A report follows its sentences when its row is merged.
 */
import type { Page } from '@playwright/test';
import {
	CSTO_TITLE,
	activate,
	enterTranslatorMode,
	expect,
	openArticle,
	row,
	rowControls,
	test,
	tool
} from './helpers';

function dialog(page: Page) {
	return page.getByRole('dialog', { name: /Report a problem with row/ });
}

/** Reports row `n` (1-based, already active) by the keyboard: R, a reason, a comment, Send. */
async function reportActiveRow(page: Page, reason: RegExp, comment: string) {
	await page.keyboard.press('r');
	await expect(dialog(page)).toBeVisible();
	await dialog(page).getByRole('radio', { name: reason }).check();
	await dialog(page).getByLabel('Comment (optional)').fill(comment);
	await dialog(page).getByRole('button', { name: 'Send report' }).click();
	await expect(dialog(page)).toBeHidden();
}

test('a reader reports a row by keyboard and sees it on the row, in My reports and in the library', async ({
	page
}) => {
	await openArticle(page);
	await row(page, 3).locator('[data-lang]').first().click();
	await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
	await reportActiveRow(page, /^Mistranslation$/, 'The Russian says the opposite.');

	const mine = row(page, 3).getByTestId('row-report');
	await expect(mine).toContainText('Your report: Mistranslation');
	await expect(mine).toContainText('The Russian says the opposite.');
	await expect(mine).toContainText('open');

	await page.goto('/');
	await expect(page.getByTestId('open-reports-total')).toHaveText('1 open report');
	const card = page.getByTestId('library-item').filter({ hasText: CSTO_TITLE });
	await expect(card.getByTestId('article-open-reports')).toHaveText('1 open report');
	await page.getByTestId('reports-link').click();
	await expect(page.getByTestId('my-reports').getByTestId('report-item')).toContainText(
		'The Russian says the opposite.'
	);
});

test('the row button reports a row too, and Cancel files nothing', async ({ page }) => {
	await openArticle(page);
	await row(page, 2).locator('[data-lang]').first().click();
	await row(page, 2).getByRole('button', { name: 'Report a problem with this row' }).click();
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page).getByRole('button', { name: 'Send report' })).toBeDisabled();
	await dialog(page).getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog(page)).toBeHidden();
	await expect(page.getByTestId('row-report')).toHaveCount(0);

	await row(page, 2).getByRole('button', { name: 'Report a problem with this row' }).click();
	await dialog(page)
		.getByRole('radio', { name: /^Typo$/ })
		.check();
	await dialog(page).getByRole('button', { name: 'Send report' }).click();
	await expect(row(page, 2).getByTestId('row-report')).toContainText('Your report: Typo');
});

test('a translator finds the report in the queue, resolves it with a reply, undoes, resolves again; the reader sees the reply', async ({
	page
}) => {
	await openArticle(page);
	await row(page, 4).locator('[data-lang]').first().click();
	await reportActiveRow(page, /^Wrong match/, 'Row 4 belongs to row 5.');

	await page.goto('/reports');
	const queued = page.getByTestId('report-queue').getByTestId('report-item');
	await expect(queued).toHaveCount(1);
	await expect(queued).toContainText('Wrong match');
	await expect(queued).toContainText('Row 4 belongs to row 5.');
	await queued.getByRole('link', { name: 'Go to the row' }).click();
	await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');
	await enterTranslatorMode(page);

	// "Next report" from elsewhere comes back to it.
	await activate(page, 1);
	await page.keyboard.press('Shift+R');
	await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');

	const report = row(page, 4).getByTestId('row-report');
	await report.getByLabel('Reply (optional)').fill('Merged them, thanks.');
	await report.getByRole('button', { name: 'Resolve' }).click();
	await expect(report).toContainText('resolved');
	const notice = page.getByTestId('notice').filter({ hasText: 'Report resolved.' });
	await notice.getByRole('button', { name: 'Undo' }).click();
	await expect(report).toContainText('open');
	await report.getByLabel('Reply (optional)').fill('Merged them, thanks.');
	await report.getByRole('button', { name: 'Resolve' }).click();
	await expect(report).toContainText('Resolved. Reply: Merged them, thanks.');

	await page.getByTestId('translator-mode').click();
	await expect(row(page, 4).getByTestId('report-resolution')).toContainText('Merged them, thanks.');
	await page.goto('/');
	await expect(page.getByTestId('open-reports-total')).toHaveCount(0);
});

test('a report follows its sentences when its row is merged into the row above, and says so', async ({
	page
}) => {
	await openArticle(page);
	await row(page, 6).locator('[data-lang]').first().click();
	await reportActiveRow(page, /^Missing translation$/, 'No Armenian here.');
	await enterTranslatorMode(page);
	await activate(page, 6);
	await tool(page, 'Merge with previous').click();
	await expect(row(page, 5).getByTestId('row-report')).toContainText('No Armenian here.');
	await expect(row(page, 5).getByTestId('row-report')).toContainText(
		'This row was merged with another since the report'
	);
	await expect(rowControls(page)).toBeVisible();
});
