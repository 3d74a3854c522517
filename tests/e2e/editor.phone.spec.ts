/**
 * Translator mode on a phone (Pixel 7, touch): rows are chosen, confirmed and merged with taps
 * only, in the stacked layout the narrow screen gets.
 */
import {
	CSTO_ROWS,
	PROGRESS,
	activate,
	editorBar,
	expect,
	openEditor,
	row,
	rowStatus,
	rows,
	test,
	tool
} from './helpers';

test('confirm and merge rows with taps only', async ({ page }) => {
	await openEditor(page, 'tap');
	await expect(rows(page)).toHaveCount(CSTO_ROWS);

	await activate(page, 2, 'tap');
	await tool(page, 'Confirm').tap();
	await expect(rowStatus(page, 2)).toContainText('✓ confirmed');
	await expect(editorBar(page)).toContainText(PROGRESS(1, CSTO_ROWS));

	await activate(page, 3, 'tap');
	await tool(page, 'Merge with next').tap();
	await expect(rows(page)).toHaveCount(CSTO_ROWS - 1);
	await expect(row(page, 3)).toContainText('More than 2,000 troops');
	await expect(row(page, 3)).toContainText('The "collective peacekeeping forces');
	await expect(editorBar(page)).toContainText(PROGRESS(1, CSTO_ROWS - 1));

	await editorBar(page).getByRole('button', { name: 'Undo: merge' }).tap();
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	await expect(row(page, 4)).toContainText('The "collective peacekeeping forces');
});
