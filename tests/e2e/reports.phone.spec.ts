/**
 * Reporting on a phone (Pixel 7, touch): press and hold a sentence while reading to report its
 * row; translators find "Report a problem" and "Next report" in the More sheet.
 */
import {
	cell,
	enterTranslatorMode,
	expect,
	expectNoHorizontalOverflow,
	openArticle,
	rows,
	test
} from './helpers';

test('press and hold a sentence while reading: the report sheet for its row', async ({ page }) => {
	await openArticle(page, 'withdrawal', 'tap');
	const target = rows(page).nth(4);
	await target.scrollIntoViewIfNeeded();
	const en = cell(target, 'en');
	const at = (await en.boundingBox())!;
	// A touch held still (no pointer up): the long-press.
	await en.dispatchEvent('pointerdown', {
		pointerType: 'touch',
		isPrimary: true,
		clientX: at.x + 10,
		clientY: at.y + 10
	});
	const sheet = page.getByRole('dialog', { name: 'Report a problem with row 5' });
	await expect(sheet).toBeVisible();
	await expect(target).toHaveAttribute('aria-current', 'true');
	await en.dispatchEvent('pointerup', { pointerType: 'touch', isPrimary: true });
	await expectNoHorizontalOverflow(page);
	await sheet.getByRole('radio', { name: /^Wrong match/ }).tap();
	await sheet.getByLabel('Comment (optional)').fill('Belongs with the next row.');
	await sheet.getByRole('button', { name: 'Send report' }).tap();
	await expect(sheet).toBeHidden();
	await expect(target.getByTestId('row-report')).toContainText('Belongs with the next row.');

	// Translator mode: the More sheet has the report commands, and "Next report" finds it.
	await enterTranslatorMode(page, 'tap');
	await cell(rows(page).nth(0), 'en').tap();
	await page.getByRole('button', { name: /^More/ }).tap();
	const more = page.getByRole('dialog', { name: 'Row 1: more tools' });
	await expect(more.getByRole('button', { name: 'Report a problem with this row' })).toBeVisible();
	await more.getByRole('button', { name: 'Next report' }).tap();
	await expect(target).toHaveAttribute('aria-current', 'true');
	await expect(target.getByRole('button', { name: 'Resolve' })).toBeVisible();
});
