/**
 * Translator mode in a real browser: row edits with undo/redo (buttons and keys) that survive a
 * reload, text corrections with their word diff, the keyboard-only flow, progress and
 * navigation, live updates across tabs, and re-importing a newer rendering.
 */
import {
	CSTO_ID,
	CSTO_ROWS,
	CSTO_TITLE,
	NOTES,
	PROGRESS,
	activate,
	corpusFile,
	editorBar,
	enterTranslatorMode,
	expect,
	goTo,
	openArticle,
	openEditor,
	row,
	rowControls,
	rowStatus,
	rows,
	test,
	tool,
	waitForStoredRows,
	windows1251
} from './helpers';

// Sentences of the CSTO article (rows 3–5 hold one sentence per language).
const ROW3_EN = 'More than 2,000 troops from the Russia-led';
const ROW4_EN = 'The "collective peacekeeping forces';
const ROW5_EN = 'The CSTO -- an alliance comprised of';

test('merge, split and shift, undone and redone by buttons and keys, persist across a reload', async ({
	page
}) => {
	await openEditor(page);
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	const undo = editorBar(page).getByRole('button', { name: /^Undo/ });
	const redo = editorBar(page).getByRole('button', { name: /^Redo/ });
	await expect(undo).toBeDisabled();

	// Merge rows 3 and 4: one row holds both sentences in every language.
	await activate(page, 3);
	await tool(page, 'Merge with next').click();
	await expect(rows(page)).toHaveCount(CSTO_ROWS - 1);
	await expect(row(page, 3)).toContainText(ROW3_EN);
	await expect(row(page, 3)).toContainText(ROW4_EN);
	await expect(undo).toHaveText('Undo: merge');

	// Split it again: by default the upper row keeps the first sentence of each language.
	await tool(page, 'Split…').click();
	await rowControls(page).getByRole('button', { name: 'Split the row' }).click();
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	await expect(row(page, 3)).toContainText(ROW3_EN);
	await expect(row(page, 3)).not.toContainText(ROW4_EN);
	await expect(row(page, 4)).toContainText(ROW4_EN);
	await expect(undo).toHaveText('Undo: split');

	// Shift: the English sentence of row 3 moves down into row 4.
	await rowControls(page).getByRole('radio', { name: 'English' }).click();
	await tool(page, 'Move last English sentence down').click();
	await expect(row(page, 3)).not.toContainText(ROW3_EN);
	await expect(row(page, 4)).toContainText(ROW3_EN);
	await expect(row(page, 4)).toContainText(ROW4_EN);
	await expect(undo).toHaveText('Undo: move sentence');

	// Undo and redo with the buttons…
	await undo.click();
	await expect(row(page, 3)).toContainText(ROW3_EN);
	await expect(row(page, 4)).not.toContainText(ROW3_EN);
	await expect(redo).toHaveText('Redo: move sentence');
	await redo.click();
	await expect(row(page, 3)).not.toContainText(ROW3_EN);
	await expect(row(page, 4)).toContainText(ROW3_EN);
	await expect(redo).toBeDisabled();

	// …and with Ctrl+Z / Ctrl+Shift+Z.
	await page.keyboard.press('Control+z');
	await expect(row(page, 3)).toContainText(ROW3_EN);
	await expect(row(page, 4)).not.toContainText(ROW3_EN);
	await page.keyboard.press('Control+Shift+z');
	await expect(row(page, 3)).not.toContainText(ROW3_EN);
	await expect(row(page, 4)).toContainText(ROW3_EN);

	// Row 3 has given its only English sentence to row 4.
	await waitForStoredRows(
		page,
		CSTO_ID,
		(stored) => stored.length === CSTO_ROWS && stored[2].cells.en.length === 0
	);
	await page.reload();
	await enterTranslatorMode(page);
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	await expect(row(page, 3)).not.toContainText(ROW3_EN);
	await expect(row(page, 4)).toContainText(ROW3_EN);
	await expect(row(page, 4)).toContainText(ROW4_EN);
	// The undo history is kept with the article: after a reload the last edit still undoes.
	const undoAfterReload = editorBar(page).getByRole('button', { name: /^Undo/ });
	await expect(undoAfterReload).toHaveText('Undo: move sentence');
	await undoAfterReload.click();
	await expect(row(page, 3)).toContainText(ROW3_EN);
	await expect(row(page, 4)).not.toContainText(ROW3_EN);
});

test('a confirmed row and its notes (added, edited, deleted) persist across a reload', async ({
	page
}) => {
	await openEditor(page);
	const undo = editorBar(page).getByRole('button', { name: /^Undo/ });

	// Confirm row 5 and annotate it: add two notes, edit one, delete the other.
	await activate(page, 5);
	await tool(page, 'Confirm').click();
	await expect(rowStatus(page, 5)).toContainText('✓ confirmed');
	await expect(tool(page, 'Unconfirm')).toBeVisible();
	await expect(editorBar(page)).toContainText(PROGRESS(1, CSTO_ROWS));

	const notes = rowControls(page).getByRole('list', { name: 'Notes' });
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill('Check the alliance members');
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill('A note to delete');
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await expect(notes.getByRole('listitem')).toHaveText([
		/Check the alliance members/,
		/A note to delete/
	]);
	await expect(rowStatus(page, 5)).toContainText(NOTES(2));

	const first = notes.getByRole('listitem').filter({ hasText: 'Check the alliance members' });
	await first.getByRole('button', { name: 'Edit' }).click();
	const editNote = rowControls(page).getByLabel('Edit the note');
	await expect(editNote).toHaveValue('Check the alliance members');
	await editNote.fill('Check the alliance members against the CSTO charter');
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await notes
		.getByRole('listitem')
		.filter({ hasText: 'A note to delete' })
		.getByRole('button', { name: 'Delete' })
		.click();
	await expect(notes.getByRole('listitem')).toHaveText([
		/^Check the alliance members against the CSTO charter/
	]);
	await expect(rowStatus(page, 5)).toContainText(NOTES(1));
	await expect(undo).toHaveText('Undo: delete note');

	await waitForStoredRows(page, CSTO_ID, (stored) =>
		stored.some((r) => r.status === 'confirmed' && r.notes.length === 1)
	);
	await page.reload();
	await enterTranslatorMode(page);
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	await expect(rowStatus(page, 5)).toContainText('✓ confirmed');
	await expect(rowStatus(page, 5)).toContainText(NOTES(1));
	await expect(editorBar(page)).toContainText(PROGRESS(1, CSTO_ROWS));
	await activate(page, 5);
	await expect(rowControls(page).getByRole('list', { name: 'Notes' })).toHaveText(
		/Check the alliance members against the CSTO charter/
	);
	// The undo history is kept with the article: after a reload the last edit still undoes.
	await expect(editorBar(page).getByRole('button', { name: /^Undo/ })).toHaveText(
		'Undo: delete note'
	);
});

test('a corrected sentence shows its word diff and can be reverted', async ({ page }) => {
	await openEditor(page);
	const original = 'Kazakhstan -- Armenian CSTO peacekeepers protect Aksai Bakery in Almaty';
	const corrected = 'Kazakhstan -- Armenian CSTO peacekeepers guard Aksai Bakery in Almaty';
	await expect(row(page, 2)).toContainText(original);

	await activate(page, 2);
	await tool(page, 'Fix text…').click();
	const editor = page.getByTestId('sentence-editor');
	const text = editor.getByLabel('English text');
	await expect(text).toHaveValue(new RegExp(`^${original}`));
	await text.fill((await text.inputValue()).replace('protect', 'guard'));
	await editor.getByRole('button', { name: 'Save the correction' }).click();

	await expect(row(page, 2)).toContainText(corrected);
	const diff = editor.getByTestId('text-diff');
	await expect(diff).toBeVisible();
	await expect(diff.getByRole('deletion')).toHaveText(/protect/);
	await expect(diff.getByRole('insertion')).toHaveText(/guard/);
	await expect(editor.getByText('1 revision', { exact: true })).toBeVisible();

	// The correction is undone and redone like any other edit.
	const undo = editorBar(page).getByRole('button', { name: /^Undo/ });
	await expect(undo).toHaveText('Undo: text correction');
	await undo.click();
	await expect(row(page, 2)).toContainText(original);
	await expect(diff).toBeHidden();
	await editorBar(page).getByRole('button', { name: 'Redo: text correction' }).click();
	await expect(row(page, 2)).toContainText(corrected);
	await expect(diff.getByRole('insertion')).toHaveText(/guard/);

	await editor.getByRole('button', { name: 'Back to the imported text' }).click();
	await expect(row(page, 2)).toContainText(original);
	await expect(diff).toBeHidden();
	await expect(text).toHaveValue(new RegExp(`^${original}`));
	await expect(undo).toHaveText('Undo: text restore');
});

test('keyboard only: j/k, c, m, ? and Esc, Ctrl+Z and Ctrl+Shift+Z', async ({ page }) => {
	await openEditor(page);
	await row(page, 1).focus();
	await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');

	await page.keyboard.press('j');
	await expect(row(page, 2)).toHaveAttribute('aria-current', 'true');
	await expect(row(page, 2)).toBeFocused();
	await page.keyboard.press('k');
	await expect(row(page, 1)).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('j');
	await page.keyboard.press('j');
	await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
	await expect(row(page, 3)).toBeFocused();

	await page.keyboard.press('c');
	await expect(rowStatus(page, 3)).toContainText('✓ confirmed');
	await expect(editorBar(page)).toContainText(PROGRESS(1, CSTO_ROWS));

	await page.keyboard.press('m');
	await expect(rows(page)).toHaveCount(CSTO_ROWS - 1);
	await expect(row(page, 3)).toContainText(ROW4_EN);

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(help).toBeVisible();
	await expect(help.getByRole('row', { name: /Merge with the next row/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();

	await page.keyboard.press('Control+z');
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	await expect(row(page, 3)).not.toContainText(ROW4_EN);
	await page.keyboard.press('Control+Shift+Z');
	await expect(rows(page)).toHaveCount(CSTO_ROWS - 1);
	await expect(row(page, 3)).toContainText(ROW4_EN);
	await page.keyboard.press('Control+z');
	await page.keyboard.press('Control+z');
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	await expect(rowStatus(page, 3)).not.toContainText('confirmed');
	await expect(editorBar(page)).toContainText(PROGRESS(0, CSTO_ROWS));

	// Focus is still on the rows: j goes on from row 3.
	await page.keyboard.press('j');
	await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');
});

test('keyboard only: n adds a note, e opens the text correction, Esc closes both', async ({
	page
}) => {
	await openEditor(page);
	await row(page, 4).focus();
	await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');

	// Notes by keyboard: n opens the form with the cursor in it, Tab + Enter saves, Esc closes.
	await page.keyboard.press('n');
	const noteField = rowControls(page).getByLabel('New note');
	await expect(noteField).toBeFocused();
	await page.keyboard.type('Typed without a mouse');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(rowStatus(page, 4)).toContainText(NOTES(1));
	await page.keyboard.press('n');
	await expect(noteField).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(noteField).toBeHidden();
	await expect(row(page, 4)).toBeFocused();

	// e opens the text correction for the tool language, Esc closes it, j goes on.
	await page.keyboard.press('e');
	const textField = page.getByTestId('sentence-editor').getByLabel('English text');
	await expect(textField).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(textField).toBeHidden();
	await expect(row(page, 4)).toBeFocused();
	await page.keyboard.press('j');
	await expect(row(page, 5)).toHaveAttribute('aria-current', 'true');
});

test('progress, "next unconfirmed" and the unconfirmed-rows filter', async ({ page }) => {
	await openEditor(page);
	const progress = page.getByRole('progressbar');
	await expect(editorBar(page)).toContainText(PROGRESS(0, CSTO_ROWS));

	await activate(page, 1);
	await tool(page, 'Confirm').click();
	await expect(editorBar(page)).toContainText(PROGRESS(1, CSTO_ROWS));
	await activate(page, 2);
	await tool(page, 'Confirm').click();
	await expect(editorBar(page)).toContainText(PROGRESS(2, CSTO_ROWS));
	await expect(progress).toHaveAttribute('value', '2');

	await activate(page, 1);
	const next = editorBar(page).getByRole('button', { name: /^Next unconfirmed/ });
	await next.click();
	await expect(row(page, 3)).toHaveAttribute('aria-current', 'true');
	await expect(row(page, 3)).toBeFocused();
	await tool(page, 'Confirm').click();
	await expect(editorBar(page)).toContainText(PROGRESS(3, CSTO_ROWS));
	await next.click();
	await expect(row(page, 4)).toHaveAttribute('aria-current', 'true');

	const show = editorBar(page).getByLabel('Show rows');
	await show.selectOption({ label: 'Unconfirmed rows' });
	await expect(rows(page)).toHaveCount(CSTO_ROWS - 3);
	await expect(row(page, 1)).toHaveCount(0);
	await expect(row(page, 3)).toHaveCount(0);
	await expect(rows(page).first()).toHaveAccessibleName('Row 4');
	await show.selectOption({ label: 'Confirmed rows' });
	await expect(rows(page)).toHaveCount(3);
	await show.selectOption({ label: 'All rows' });
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
});

test('a second tab on the same article follows edits made in the first', async ({
	page,
	context
}) => {
	await openEditor(page);
	const other = await context.newPage();
	await other.goto(page.url());
	await enterTranslatorMode(other);
	await expect(rows(other)).toHaveCount(CSTO_ROWS);

	await activate(page, 5);
	await tool(page, 'Merge with next').click();
	await expect(rows(other)).toHaveCount(CSTO_ROWS - 1);
	await expect(row(other, 5)).toContainText('Prime Minister Nikol Pashinian');

	await tool(page, 'Confirm').click();
	await expect(rowStatus(other, 5)).toContainText('✓ confirmed');
	await expect(editorBar(other)).toContainText(PROGRESS(1, CSTO_ROWS - 1));
	await other.close();
});

test('re-importing a newer Russian text keeps confirmed rows and notes, marks changed rows', async ({
	page
}) => {
	await openEditor(page);
	// Work on an unchanged sentence (row 5) and on the one the new version rewrites (row 10).
	await activate(page, 5);
	await tool(page, 'Confirm').click();
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill('Alliance list checked');
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await activate(page, 10);
	await tool(page, 'Confirm').click();
	await expect(editorBar(page)).toContainText(PROGRESS(2, CSTO_ROWS));

	const changedFrom = 'Командир армянского подразделения майор Айрапет Мкртчян';
	const changedTo = 'Командир армянского воинского подразделения майор Айрапет Мкртчян';
	const added = 'Редакция дополнила эту статью новым предложением.';
	const old = corpusFile(CSTO_ID, 'ru').toString('utf8');
	expect(old).toContain(changedFrom);
	const lastParagraphEnd = old.lastIndexOf('\n\nXS\n');
	expect(lastParagraphEnd).toBeGreaterThan(0);
	const updated =
		old.slice(0, lastParagraphEnd).replace(changedFrom, changedTo) +
		`\n\n${added}` +
		old.slice(lastParagraphEnd);

	await page.getByText('Import a newer version').click();
	await page.getByTestId('reimport-ru').setInputFiles({
		name: 'ru.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(updated, 'utf8')
	});
	await expect(page.getByTestId('reimport-report')).toHaveText(
		/Russian updated: \d+ sentences kept, 1 changed, 1 added, 0 removed\./
	);

	// The new sentence gets a row of its own at the end, marked for review.
	await expect(rows(page)).toHaveCount(CSTO_ROWS + 1);
	await expect(row(page, CSTO_ROWS + 1)).toContainText(added);
	await expect(rowStatus(page, CSTO_ROWS + 1)).toContainText('to review');
	// The rewritten sentence's row lost its confirmation and asks for review.
	await expect(row(page, 10)).toContainText(changedTo);
	await expect(rowStatus(page, 10)).toContainText('automatic');
	await expect(rowStatus(page, 10)).toContainText('to review');
	// The untouched row keeps its confirmation and its note.
	await expect(rowStatus(page, 5)).toContainText('✓ confirmed');
	await expect(rowStatus(page, 5)).toContainText(NOTES(1));
	await expect(rowStatus(page, 5)).not.toContainText('to review');
	await expect(editorBar(page)).toContainText(PROGRESS(1, CSTO_ROWS + 1));
	await expect(page.getByTestId('provenance').filter({ hasText: 'Russian' })).toContainText(
		'version 2'
	);

	await goTo(page, 'Library');
	const item = page.getByTestId('library-item').filter({ hasText: CSTO_TITLE });
	await expect(item.getByTestId('alignment-state')).toHaveText('2 rows need review');
});

test('re-importing a file whose encoding cannot be told asks for it, then uses the choice', async ({
	page
}) => {
	await openEditor(page);
	await page.getByText('Import a newer version').click();
	// English with one Russian word in windows-1251: too little Cyrillic to tell 1251 from 1252.
	const sentence = 'The word for peace is мир in the language of the other side of the talks.';
	await page.getByTestId('reimport-en').setInputFiles({
		name: 'en.txt',
		mimeType: 'text/plain',
		buffer: windows1251(`A word of peace\n\n${sentence}\n`)
	});
	const reimport = page.getByTestId('reimport');
	await expect(reimport.getByRole('alert')).toHaveText(
		'The encoding could not be recognised: choose it. Nothing was saved.'
	);
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	await reimport.getByLabel('Encoding').selectOption('windows-1251');
	await expect(reimport.getByRole('alert')).toHaveCount(0);
	await expect(page.getByTestId('reimport-report')).toContainText('English updated');
	await expect(page.getByText(sentence)).toBeVisible();
});

test('a newer English file that reads like another Latin language is taken: the translator chose the slot', async ({
	page
}) => {
	await openEditor(page);
	await page.getByText('Import a newer version').click();
	const sentence = 'Le Premier ministre a déclaré mardi que les troupes quitteront le pays.';
	await page.getByTestId('reimport-en').setInputFiles({
		name: 'en.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(`Le retrait des troupes\n\n${sentence}\n`, 'utf8')
	});
	await expect(page.getByTestId('reimport-report')).toContainText('English updated');
	await expect(page.getByText(sentence)).toBeVisible();
});

test('the language the tools act on is one radio group: one Tab stop, arrow keys move the choice', async ({
	page
}) => {
	await openEditor(page);
	await activate(page, 3);
	const group = rowControls(page).getByRole('radiogroup', { name: 'Language the tools act on' });
	const checked = group.getByRole('radio', { checked: true });
	const before = await checked.textContent();
	await expect(group.locator('[tabindex="0"]')).toHaveCount(1);
	await checked.focus();
	await page.keyboard.press('ArrowRight');
	await expect(checked).not.toHaveText(before ?? '');
	await expect(checked).toBeFocused();
	await expect(tool(page, `Move last ${await checked.textContent()} sentence down`)).toBeVisible();
	await expect(group.locator('[tabindex="0"]')).toHaveCount(1);
});

test('reader mode without translator tools does not react to editing keys', async ({ page }) => {
	await openArticle(page);
	await expect(page.getByRole('button', { name: 'Translator mode' })).toBeEnabled();
	await row(page, 3).focus();
	await page.keyboard.press('m');
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
});
