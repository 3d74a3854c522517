/**
 * Issue 12 on a desktop (mouse and keyboard): the text on the first screen with the reading panel
 * kept visible, j/k from anywhere, focus back on the active row after every action, keyboard hints
 * shown, and the loose ends found on the phone (re-import picker, 404 page, file pickers,
 * "Give Armenian its own row").
 */
import {
	ARTICLES,
	CSTO_ID,
	activate,
	activeRow,
	cell,
	corpusFile,
	enterTranslatorMode,
	expect,
	messages,
	openArticle,
	openEditor,
	row,
	rows,
	test,
	tool,
	useUiLang
} from './helpers';

test('the title and the first sentence are on the first screen, the reading panel too', async ({
	page
}) => {
	await page.goto(`/article?id=${ARTICLES.withdrawal.id}`);
	await expect(page.getByTestId('translator-mode')).toBeEnabled();
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
	await expect(rows(page).nth(1)).toBeInViewport({ ratio: 1 });
	await expect(page.getByRole('region', { name: 'Reading controls' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reading settings' })).toHaveCount(0);
});

test('j and k from the page body move the active row, in reading and translator mode', async ({
	page
}) => {
	await openArticle(page, 'withdrawal');
	await expect(activeRow(page)).toHaveAttribute('data-row-index', '0');
	// Nothing focused: the key lands on the body.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await expect(page.locator('body')).toBeFocused();
	await page.keyboard.press('j');
	await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
	await expect(row(page, 2)).toBeFocused();
	await page.keyboard.press('j');
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('k');
	await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');

	await enterTranslatorMode(page);
	// From a button outside the rows (the translator-mode switch just pressed).
	await expect(page.getByTestId('translator-mode')).toBeFocused();
	await page.keyboard.press('j');
	await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
	await expect(row(page, 3)).toBeFocused();
});

test('focus returns to the active row after every action, so the next key acts there', async ({
	page
}) => {
	await openEditor(page);
	await activate(page, 3);
	await expect(page.locator('kbd:visible').first()).toBeVisible();

	await tool(page, 'Confirm').click();
	await expect(row(page, 3)).toBeFocused();
	await page.keyboard.press('f');
	await expect(row(page, 3).getByTestId('row-status')).toContainText('flagged');

	await tool(page, 'Merge with next').click();
	await expect(row(page, 3)).toBeFocused();

	await tool(page, 'Note…').click();
	await page.getByRole('textbox', { name: 'New note' }).fill('Check the date');
	await page.getByRole('button', { name: 'Save the note' }).click();
	await expect(row(page, 3)).toBeFocused();

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(help).toBeVisible();
	await help.getByRole('button', { name: 'Close' }).click();
	await expect(row(page, 3)).toBeFocused();
	await page.keyboard.press('j');
	await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');
});

test('"Give Armenian its own row" leaves "missing" to the translator', async ({ page }) => {
	await openEditor(page);
	await activate(page, 3);
	await page.getByRole('radio', { name: 'Armenian' }).click();
	const armenian = await cell(row(page, 3), 'hy').textContent();
	await tool(page, 'Give Armenian its own row').click();
	await expect(cell(row(page, 4), 'hy')).toHaveText(armenian!);
	// The row left behind has no Armenian and says nothing about it being missing…
	await expect(cell(row(page, 3), 'hy')).toHaveText('');
	await expect(row(page, 3)).not.toContainText('Translation missing');
	// …until the translator says so.
	await tool(page, 'Mark Armenian translation missing').click();
	await expect(cell(row(page, 3), 'hy')).toHaveText('Translation missing');
});

test('the re-import picker works twice, the same file too', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openEditor(page);
	const old = corpusFile(CSTO_ID, 'ru').toString('utf8');
	const added = 'Редакция дополнила эту статью новым предложением.';
	const end = old.lastIndexOf('\n\nXS\n');
	const file = {
		name: 'ru-newer.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(`${old.slice(0, end)}\n\n${added}${old.slice(end)}`, 'utf8')
	};
	await page.getByText('Import a newer version').click();
	const picker = page.getByTestId('reimport-ru');
	const report = page.getByTestId('reimport-report');

	await picker.setInputFiles(file);
	await expect(report).toHaveText(/Russian updated: \d+ sentences kept, 0 changed, 1 added/);
	await expect(page.getByTestId('reimport').getByText('ru-newer.txt')).toBeVisible();
	// Emptied after the pick, so choosing the same file again is a change the browser reports.
	await expect(picker).toHaveValue('');

	await picker.setInputFiles(file);
	await expect(report).toHaveText(/Russian updated: \d+ sentences kept, 0 changed, 0 added/);
	expect(errors).toEqual([]);
});

test('file pickers are the app’s buttons, in the interface language, naming the chosen file', async ({
	page
}) => {
	await useUiLang(page, 'ru');
	const ru = messages('ru');
	await page.goto('/import');
	const picker = page.getByTestId('import-file').locator('xpath=..');
	await expect(picker).toContainText(ru['import.choose']);
	await expect(picker).toContainText(ru['file.none']);
	await page.getByTestId('import-file').setInputFiles({
		name: 'заметка.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('Короткий текст.', 'utf8')
	});
	await expect(picker).toContainText('заметка.txt');
	await expect(page.getByTestId('import-tmx').locator('xpath=..')).toContainText(
		ru['import.tmx.choose']
	);

	await page.goto('/settings');
	await expect(page.getByLabel(ru['file.chooseBackup'])).toBeAttached();
	await expect(page.getByText(ru['file.none'])).toBeVisible();
});

for (const lang of ['en', 'hy', 'ru'] as const) {
	test(`${lang}: the 404 page is the app's own, in the interface language`, async ({ page }) => {
		await useUiLang(page, lang);
		const m = messages(lang);
		await page.goto('/no-such-page');
		await expect(page.getByRole('heading', { level: 1, name: m['error.notFound'] })).toBeVisible();
		await expect(page.getByRole('navigation', { name: m['nav.label'] })).toBeVisible();
		await page.getByRole('link', { name: m['error.back'] }).click();
		await expect(page.getByTestId('library-item')).toHaveCount(5);
	});
}
