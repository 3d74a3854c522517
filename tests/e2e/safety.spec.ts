/**
 * Data safety: a full disk (a write refused with QuotaExceededError) says so in the UI language,
 * keeps what the user typed or chose, and leaves the database exactly as it was; "Replace" asks
 * first and keeps the library as it was, which Settings brings back; Settings shows whether the
 * storage is persistent and how much of the quota is used.
 */
import AxeBuilder from '@axe-core/playwright';
import {
	activate,
	bytesOf,
	dumpDb,
	editorBar,
	expect,
	fillDisk,
	freeDisk,
	goTo,
	messages,
	openEditor,
	openLibrary,
	row,
	rowControls,
	startupDone,
	storedRows,
	test,
	tool,
	CSTO_ID
} from './helpers';

const QUOTA = messages('en')['error.quota'];

test('a full disk while saving a note: the message, the note text kept, nothing stored', async ({
	page
}) => {
	await openEditor(page);
	await startupDone(page);
	await activate(page, 4);
	const before = await dumpDb(page);
	await tool(page, 'Note…').click();
	const field = rowControls(page).getByLabel('New note');
	await field.fill('Compare with the CSTO charter');
	await fillDisk(page);
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();

	await expect(editorBar(page).getByRole('alert')).toHaveText(QUOTA);
	await expect(field).toHaveValue('Compare with the CSTO charter');
	await expect(rowControls(page).getByTestId('note')).toHaveCount(0);
	expect(await freeDisk(page)).toBeGreaterThan(0);
	expect(await dumpDb(page)).toEqual(before);

	// Space freed: the same click saves the note once.
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await expect(rowControls(page).getByTestId('note')).toHaveText([/Compare with the CSTO charter/]);
	await expect(editorBar(page).getByRole('alert')).toHaveCount(0);
	await expect
		.poll(async () => (await storedRows(page, CSTO_ID)).flatMap((r) => r.notes.map((n) => n.text)))
		.toEqual(['Compare with the CSTO charter']);
});

test('a full disk while saving a sentence correction keeps the typed text', async ({ page }) => {
	await openEditor(page);
	await startupDone(page);
	await activate(page, 3);
	const before = await dumpDb(page);
	await tool(page, 'Fix text…').click();
	const field = page.getByTestId('sentence-editor').getByRole('textbox');
	const corrected = `${await field.inputValue()} (corrected)`;
	await field.fill(corrected);
	await fillDisk(page);
	await page
		.getByTestId('sentence-editor')
		.getByRole('button', { name: 'Save the correction' })
		.click();
	await expect(editorBar(page).getByRole('alert')).toHaveText(QUOTA);
	await expect(field).toHaveValue(corrected);
	expect(await freeDisk(page)).toBeGreaterThan(0);
	expect(await dumpDb(page)).toEqual(before);
	await page
		.getByTestId('sentence-editor')
		.getByRole('button', { name: 'Save the correction' })
		.click();
	await expect(editorBar(page).getByRole('alert')).toHaveCount(0);
	await expect(row(page, 3)).toContainText(corrected);
});

test('a full disk while importing: the message, the candidates kept, the library unchanged', async ({
	page
}) => {
	await openLibrary(page);
	await startupDone(page);
	const before = await dumpDb(page);
	await goTo(page, 'Import');
	await page
		.getByLabel('Or paste the text')
		.fill(
			'Lake Sevan water level rises\n\nThe level of Lake Sevan rose by ten centimetres this spring.\n'
		);
	await page.getByRole('button', { name: 'Add the pasted text' }).click();
	const candidate = page.getByTestId('import-candidate');
	await expect(candidate).toHaveCount(1);
	await fillDisk(page);
	await page.getByRole('button', { name: 'Save', exact: true }).click();

	await expect(page.getByText(QUOTA)).toBeVisible();
	expect(await freeDisk(page)).toBeGreaterThan(0);
	await expect(candidate).toHaveCount(1);
	await expect(candidate).toContainText('Lake Sevan water level rises');
	expect(await dumpDb(page)).toEqual(before);

	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page).toHaveURL(/\/article\?id=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lake Sevan water level rises');
});

test('Replace asks first, keeps a safety copy, and Settings brings the library back', async ({
	page
}) => {
	await openLibrary(page);
	await startupDone(page);
	const before = await dumpDb(page);
	await goTo(page, 'Settings');

	// A backup of one article: today's backup with the other four left out.
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download a backup' }).click()
	]);
	const full = JSON.parse((await bytesOf(file)).toString('utf8'));
	const keep = full.articles[0].id as string;
	const mine = (r: { articleId?: string; id?: string; renderingId?: string }) =>
		(r.articleId ?? r.id) === keep || r.renderingId?.startsWith(`${keep}:`);
	const one = {
		...full,
		articles: full.articles.filter(mine),
		renderings: full.renderings.filter(mine),
		alignments: full.alignments.filter(mine),
		revisions: full.revisions.filter(mine),
		bundledOffers: full.bundledOffers.filter(mine)
	};
	await page.getByLabel('Backup file').setInputFiles({
		name: 'one.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(one))
	});
	await page.getByLabel('Replace: the library becomes exactly the backup').check();

	// Cancel: nothing happens.
	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Replace the whole library?' });
	await expect(dialog).toContainText('replaced by the 1 article in the backup');
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	expect(await dumpDb(page)).toEqual(before);

	await page.getByRole('button', { name: 'Restore', exact: true }).click();
	await dialog.getByRole('button', { name: 'Replace the library' }).click();
	await expect(page.getByRole('status')).toHaveText('Restored 1 article from the backup.');
	expect((await dumpDb(page)).articles).toHaveLength(1);
	const safety = page.getByTestId('safety-backup');
	await expect(safety).toContainText('5 articles');

	await safety
		.getByRole('button', { name: 'Restore the library as it was before the last replace' })
		.click();
	await expect(page.getByRole('status')).toHaveText(
		'The library is back as it was before the last replace.'
	);
	const back = await dumpDb(page);
	// Every article, rendering, row, revision and offer as it was; the device gains the new safety
	// copy, and each alignment's compare-and-set counter moves on (a restore is a write).
	const library = (d: typeof before) => ({
		...d,
		device: [],
		alignments: d.alignments.map((a) => ({ ...(a as object), rev: undefined }))
	});
	expect(library(back)).toEqual(library(before));
	await expect(safety).toContainText('1 article');
	await goTo(page, 'Library');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
});

test('Settings shows whether storage is persistent and the usage of the quota', async ({
	page
}) => {
	await openLibrary(page);
	await goTo(page, 'Settings');
	const storage = page.getByTestId('storage');
	await expect(storage.getByTestId('storage-usage')).toHaveText(
		/^Used: [\d.,]+ (kB|MB|GB) of [\d.,]+ (kB|MB|GB) available \([\d.,]+%\)\.$/
	);
	await expect(storage.getByTestId('storage-persisted')).toContainText(
		/Persistent storage: (granted|not granted)\./
	);
});
