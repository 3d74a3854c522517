/**
 * Team sync in real Chromium: devices are browser contexts (each its own IndexedDB), the server
 * is the CouchDB-compatible dev server started here (fresh and empty for every test), reached
 * through the preview server's same-origin /couchdb proxy.
 */
import type { Browser, Page } from '@playwright/test';
import {
	CSTO_ID,
	CSTO_ROWS,
	CSTO_TITLE,
	NOTES,
	download,
	editorBar,
	utf16le,
	windows1251,
	activate,
	enterTranslatorMode,
	expect,
	openArticle,
	rowControls,
	row,
	rows,
	rowStatus,
	storedRows,
	test,
	tool
} from './helpers';
import {
	newDevice,
	printDeviceLogs,
	startSyncServer,
	startSyncing,
	syncStatus,
	waitSynced,
	type Device,
	type SyncServer,
	type SyncUser
} from './helpers/sync';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: SyncServer;
const devices: Device[] = [];

test.beforeEach(async () => {
	server = await startSyncServer();
});

const serverUrl = () => server.url;

test.afterEach(async ({}, testInfo) => {
	printDeviceLogs(devices, testInfo);
	for (const device of devices.splice(0)) await device.context.close();
	await server.stop();
});

async function device(browser: Browser, baseURL: string | undefined) {
	const d = await newDevice(browser, baseURL!);
	devices.push(d);
	return d;
}

/**
 * Devices logged in as `users`, one after the other, each synced (both ways, nothing waiting)
 * before the next starts, so the first one's library is the server's.
 */
async function syncedDevices(
	browser: Browser,
	baseURL: string | undefined,
	...users: SyncUser[]
): Promise<Device[]> {
	const out: Device[] = [];
	for (const user of users) {
		const d = await device(browser, baseURL);
		await startSyncing(d.page, user);
		await waitSynced(d.page);
		out.push(d);
	}
	return out;
}

/** Opens the CSTO article in translator mode on a device. */
async function openCsto(page: Page) {
	await page.goto('/');
	await openArticle(page);
	await enterTranslatorMode(page);
}

async function addNote(page: Page, text: string) {
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill(text);
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
}

/** Row `index` (0-based) of the CSTO article as the device stored it. */
async function storedRow(page: Page, index: number) {
	return (await storedRows(page, CSTO_ID))[index];
}

test('a translator confirms a row and adds a note: a reader’s device shows both', async ({
	browser,
	baseURL
}) => {
	const [translator, reader] = await syncedDevices(browser, baseURL, 'tom', 'rita');

	await openCsto(translator.page);
	await activate(translator.page, 2);
	await tool(translator.page, 'Confirm').click();
	await addNote(translator.page, 'Checked against the Armenian original');
	await expect(rowStatus(translator.page, 2)).toContainText(NOTES(1));

	await expect
		.poll(async () => {
			const row = await storedRow(reader.page, 1);
			return [row?.status, row?.notes.map((n) => n.text)];
		})
		.toEqual(['confirmed', ['Checked against the Armenian original']]);
	await openCsto(reader.page);
	await expect(rowStatus(reader.page, 2)).toContainText('✓ confirmed');
	await expect(rowStatus(reader.page, 2)).toContainText(NOTES(1));
});

/** Two translator devices (one translator, a laptop and a phone), synced, the CSTO article open. */
async function twoTranslators(browser: Browser, baseURL: string | undefined) {
	const [a, b] = await syncedDevices(browser, baseURL, 'tom', 'tom');
	await openCsto(a.page);
	await openCsto(b.page);
	return [a, b];
}

const notesOf = async (page: Page, index: number) =>
	(await storedRow(page, index))?.notes.map((n) => n.text);

test('edits to different rows made offline on two devices both survive, with no conflict', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	await a.context.setOffline(true);
	await b.context.setOffline(true);
	await activate(a.page, 3);
	await tool(a.page, 'Confirm').click();
	await expect(rowStatus(a.page, 3)).toContainText('✓ confirmed');
	await activate(b.page, 5);
	await addNote(b.page, 'Phone: check the date');
	await expect(rowStatus(b.page, 5)).toContainText(NOTES(1));

	await a.context.setOffline(false);
	await b.context.setOffline(false);
	for (const { page } of [a, b]) {
		await expect.poll(async () => (await storedRow(page, 2))?.status).toBe('confirmed');
		await expect.poll(() => notesOf(page, 4)).toEqual(['Phone: check the date']);
		await expect(page.getByTestId('sync-conflict')).toHaveCount(0);
	}
});

test('the same row edited differently offline: a conflict, resolved, and both devices agree', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	await a.context.setOffline(true);
	await b.context.setOffline(true);
	await activate(a.page, 4);
	await addNote(a.page, 'Laptop version');
	await expect(rowStatus(a.page, 4)).toContainText(NOTES(1));
	await activate(b.page, 4);
	await addNote(b.page, 'Phone version');
	await expect(rowStatus(b.page, 4)).toContainText(NOTES(1));
	await a.context.setOffline(false);
	await b.context.setOffline(false);

	// Both versions are shown, nothing is dropped; the laptop keeps its own.
	const conflict = a.page.getByTestId('sync-conflict');
	await expect(conflict).toBeVisible({ timeout: 30_000 });
	await expect(conflict).toContainText('Laptop version');
	await expect(conflict).toContainText('Phone version');
	await conflict.getByRole('button', { name: 'Keep mine' }).click();

	for (const { page } of [a, b]) {
		await expect.poll(() => notesOf(page, 3), { timeout: 30_000 }).toEqual(['Laptop version']);
		await expect(page.getByTestId('sync-conflict')).toHaveCount(0);
	}
});

test('a reader’s forged write of an alignment row is refused and changes nothing', async ({
	browser,
	baseURL
}) => {
	const [translator, reader] = await syncedDevices(browser, baseURL, 'tom', 'rita');
	const before = await storedRow(reader.page, 0);

	// With the reader's own session cookie, straight to the server: confirm row 1 and sign it.
	const status = await reader.page.evaluate(async (articleId) => {
		const url = `/couchdb/triptych/${encodeURIComponent(`row:${articleId}:r-${articleId}-0000`)}`;
		const doc = await (await fetch(url, { credentials: 'include' })).json();
		const forged = { ...doc, status: 'confirmed', updatedBy: 'rita', updatedAt: Date.now() };
		const put = await fetch(url, {
			method: 'PUT',
			credentials: 'include',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(forged)
		});
		return put.status;
	}, CSTO_ID);
	expect(status).toBe(403);

	const server = await fetch(
		`${serverUrl()}/triptych/${encodeURIComponent(`row:${CSTO_ID}:r-${CSTO_ID}-0000`)}`,
		{ headers: { authorization: 'Basic ' + btoa('admin:admin-pw') } }
	);
	expect((await server.json()).status).toBe('auto');
	for (const { page } of [reader, translator]) {
		await waitSynced(page);
		expect(await storedRow(page, 0)).toEqual(before);
	}
});

test('a wrong password and a server that is down say so, and nothing is lost', async ({
	browser,
	baseURL
}) => {
	const d = await device(browser, baseURL);
	await startSyncing(d.page, 'tom', { password: 'not-the-password' });
	await expect(syncStatus(d.page)).toContainText('Wrong user name or password.');
	await startSyncing(d.page, 'tom');
	await waitSynced(d.page);

	await server.stop();
	await openCsto(d.page);
	await activate(d.page, 2);
	await tool(d.page, 'Confirm').click();
	await expect(rowStatus(d.page, 2)).toContainText('✓ confirmed');
	// Stored on the device while the server is down (before the page is left: a reload within
	// the write's few milliseconds is another matter), and still there after.
	await expect.poll(async () => (await storedRow(d.page, 1))?.status).toBe('confirmed');
	await d.page.goto('/settings');
	await expect(syncStatus(d.page)).toContainText('The server cannot be reached', {
		timeout: 30_000
	});
	expect((await storedRow(d.page, 1))?.status).toBe('confirmed');
	await expect(d.page.getByTestId('library-item')).toHaveCount(0); // settings page
	await d.page.goto('/');
	await expect(d.page.getByTestId('library-item')).toHaveCount(5);
});

test('an article imported on one device appears byte-exact on another', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await syncedDevices(browser, baseURL, 'tom', 'tom');

	const text = (title: string, body: string) => `${title}\n\n${body}\n`;
	const files = {
		en: Buffer.from(text('Lake Sevan rose', 'The lake rose by ten centimetres.'), 'utf8'),
		hy: utf16le(text('Սևանը բարձրացել է', 'Լիճը բարձրացել է տասը սանտիմետրով։')),
		ru: windows1251(text('Севан поднялся', 'Озеро поднялось на десять сантиметров.'))
	};
	await a.page.goto('/import');
	await a.page.getByTestId('import-file').setInputFiles(
		(['en', 'hy', 'ru'] as const).map((lang) => ({
			name: `sevan-${lang}.txt`,
			mimeType: 'text/plain',
			buffer: files[lang]
		}))
	);
	await a.page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(a.page).toHaveURL(/\/article\?id=/);
	await expect(a.page.getByRole('button', { name: 'Translator mode' })).toBeEnabled({
		timeout: 20_000
	});

	await b.page.goto('/');
	await expect(b.page.getByTestId('library-item')).toHaveCount(6, { timeout: 30_000 });
	await b.page.getByTestId('library-list').getByRole('link', { name: 'Lake Sevan rose' }).click();
	await expect(b.page.getByRole('button', { name: 'Translator mode' })).toBeEnabled();
	const panel = b.page.getByTestId('export');
	await panel.getByText('Export', { exact: true }).click();
	for (const [lang, language] of [
		['en', 'English'],
		['hy', 'Armenian'],
		['ru', 'Russian']
	] as const) {
		const line = panel.getByRole('listitem').filter({ hasText: `${language}:` });
		const file = await download(b.page, line.getByRole('button', { name: 'Original as imported' }));
		expect(file.bytes.equals(files[lang])).toBe(true);
	}
});

const ROW3_EN = 'More than 2,000 troops from the Russia-led';
const ROW4_EN = 'The "collective peacekeeping forces';

test('rows merged on one device while the other notes one of them: both versions shown, the chosen one everywhere, the note kept', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	await a.context.setOffline(true);
	await b.context.setOffline(true);
	await activate(a.page, 3);
	await tool(a.page, 'Merge with next').click();
	await expect(rows(a.page)).toHaveCount(CSTO_ROWS - 1);
	await activate(b.page, 4);
	await addNote(b.page, 'Phone: row four');
	await expect(rowStatus(b.page, 4)).toContainText(NOTES(1));
	await a.context.setOffline(false);
	await b.context.setOffline(false);

	// Each device keeps showing its own rows and shows both versions of the stretch.
	for (const { page } of [a, b]) {
		await expect(page.getByTestId('sync-structure-conflict')).toBeVisible({ timeout: 30_000 });
	}
	expect((await storedRows(a.page, CSTO_ID)).length).toBe(CSTO_ROWS - 1);
	expect((await storedRows(b.page, CSTO_ID)).length).toBe(CSTO_ROWS);
	const clash = a.page.getByTestId('sync-structure-conflict');
	const mine = clash.getByTestId('sync-mine').locator('ol > li');
	const theirs = clash.getByTestId('sync-theirs').locator('ol > li');
	await expect(mine).toHaveCount(1);
	await expect(mine).toContainText(ROW3_EN);
	await expect(mine).toContainText(ROW4_EN);
	await expect(theirs).toHaveCount(2);
	await expect(theirs.nth(0)).toContainText(ROW3_EN);
	await expect(theirs.nth(1)).toContainText(ROW4_EN);
	await expect(theirs.nth(1)).toContainText('Phone: row four');

	await clash.getByRole('button', { name: 'Keep theirs' }).click();
	for (const { page } of [a, b]) {
		await expect
			.poll(async () => (await storedRows(page, CSTO_ID)).length, { timeout: 30_000 })
			.toBe(CSTO_ROWS);
		await expect.poll(() => notesOf(page, 3)).toEqual(['Phone: row four']);
		await expect(page.getByTestId('sync-structure-conflict')).toHaveCount(0);
	}
	await expect(row(a.page, 3)).toContainText(ROW3_EN);
	await expect(row(a.page, 3)).not.toContainText(ROW4_EN);
});

const ROW5_EN = 'The CSTO -- an alliance comprised of';

/** Splits the active row, `upper` sentences of each language staying in the upper row. */
async function split(page: Page, upper: number) {
	await tool(page, 'Split…').click();
	for (const language of ['English', 'Armenian', 'Russian'])
		await rowControls(page).getByLabel(`${language} in the upper row`).fill(String(upper));
	await rowControls(page).getByRole('button', { name: 'Split the row' }).click();
}

// Flaky (about one run in three here): sometimes "theirs" is not offered on the laptop. Seen in
// failing runs: a device had aligned the bundled articles itself (its own row ids), so its first
// sync pushed a second set of rows for every article. Not root-caused yet; see docs/sync.md.
test.fixme('one row split differently on two devices: both splits shown, keep mine settles it everywhere', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	// One row with three sentences per language, on both devices.
	await activate(a.page, 3);
	await tool(a.page, 'Merge with next').click();
	await tool(a.page, 'Merge with next').click();
	await expect(rows(a.page)).toHaveCount(CSTO_ROWS - 2);
	await waitSynced(a.page);
	await expect
		.poll(async () => (await storedRows(b.page, CSTO_ID)).length, { timeout: 60_000 })
		.toBe(CSTO_ROWS - 2);
	await waitSynced(b.page);
	await openCsto(a.page);
	await openCsto(b.page);

	await a.context.setOffline(true);
	await b.context.setOffline(true);
	await activate(a.page, 3);
	await split(a.page, 1);
	await expect(rows(a.page)).toHaveCount(CSTO_ROWS - 1);
	await activate(b.page, 3);
	await split(b.page, 2);
	await expect(rows(b.page)).toHaveCount(CSTO_ROWS - 1);
	await a.context.setOffline(false);
	await b.context.setOffline(false);

	const clash = a.page.getByTestId('sync-structure-conflict');
	await expect(clash).toBeVisible({ timeout: 30_000 });
	const mine = clash.getByTestId('sync-mine').locator('ol > li');
	const theirs = clash.getByTestId('sync-theirs').locator('ol > li');
	await expect(mine).toHaveCount(2);
	await expect(mine.nth(0)).toContainText(ROW3_EN);
	await expect(mine.nth(0)).not.toContainText(ROW4_EN);
	await expect(mine.nth(1)).toContainText(ROW5_EN);
	await expect(theirs).toHaveCount(2);
	await expect(theirs.nth(0)).toContainText(ROW4_EN);
	await expect(theirs.nth(1)).toContainText(ROW5_EN);
	await expect(theirs.nth(1)).not.toContainText(ROW4_EN);

	await clash.getByRole('button', { name: 'Keep mine' }).click();
	const kept = async (page: Page) => {
		const stored = await storedRows(page, CSTO_ID);
		return [stored.length, stored[2]?.cells.en.length, stored[3]?.cells.en.length];
	};
	for (const { page } of [a, b]) {
		await expect.poll(() => kept(page), { timeout: 30_000 }).toEqual([CSTO_ROWS - 1, 1, 2]);
		await expect(page.getByTestId('sync-structure-conflict')).toHaveCount(0);
		await expect(page.getByTestId('sync-conflict')).toHaveCount(0);
	}
	expect(JSON.stringify(await storedRows(a.page, CSTO_ID))).toBe(
		JSON.stringify(await storedRows(b.page, CSTO_ID))
	);
});

/** Fixes the English sentence of row `index` (one sentence per language in the first rows). */
async function fixText(page: Page, index: number, from: string, to: string) {
	await activate(page, index);
	await tool(page, 'Fix text…').click();
	const editor = page.getByTestId('sentence-editor');
	const text = editor.getByLabel('English text');
	await text.fill((await text.inputValue()).replace(from, to));
	await editor.getByRole('button', { name: 'Save the correction' }).click();
	await expect(row(page, index)).toContainText(to);
}

test('one sentence corrected differently on two devices: both texts shown, the chosen one everywhere, the other in its revisions', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	await a.context.setOffline(true);
	await b.context.setOffline(true);
	await fixText(a.page, 2, 'protect', 'guard');
	await fixText(b.page, 2, 'protect', 'shield');
	await fixText(b.page, 3, 'troops', 'soldiers');
	await a.context.setOffline(false);
	await b.context.setOffline(false);

	const clash = row(a.page, 2).getByTestId('sync-text-conflict');
	await expect(clash).toBeVisible({ timeout: 30_000 });
	await expect(clash.getByTestId('sync-mine')).toContainText('peacekeepers guard Aksai');
	await expect(clash.getByTestId('sync-theirs')).toContainText('peacekeepers shield Aksai');
	await expect(row(a.page, 3).getByTestId('sync-text-conflict')).toHaveCount(0);
	await clash.getByRole('button', { name: 'Keep mine' }).click();

	for (const { page } of [a, b]) {
		await expect(row(page, 2)).toContainText('peacekeepers guard Aksai', { timeout: 30_000 });
		// The correction of another sentence was never in question: it is kept too.
		await expect(row(page, 3)).toContainText('2,000 soldiers');
		await expect(page.getByTestId('sync-text-conflict')).toHaveCount(0);
	}
	// The phone's own correction is not lost: it is one of the sentence's revisions.
	await activate(b.page, 2);
	await tool(b.page, 'Fix text…').click();
	const editor = b.page.getByTestId('sentence-editor');
	await expect(editor.getByText('2 revisions', { exact: true })).toBeVisible();
	await editor.getByText('2 revisions', { exact: true }).click();
	await expect(editor.getByRole('insertion').filter({ hasText: 'shield' })).toBeVisible();
});

/** Deletes the CSTO article from the library page, confirming the dialog. */
async function deleteCsto(page: Page) {
	await page.goto('/');
	const item = page.getByTestId('library-item').filter({ hasText: CSTO_TITLE });
	await item.getByRole('button', { name: /^Delete article/ }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(4);
}

test('an article deleted on one device disappears on the other', async ({ browser, baseURL }) => {
	const [a, b] = await syncedDevices(browser, baseURL, 'tom', 'tom');
	await deleteCsto(a.page);

	await b.page.goto('/');
	await expect(b.page.getByTestId('library-item')).toHaveCount(4, { timeout: 30_000 });
	await expect(b.page.getByTestId('library-item').filter({ hasText: CSTO_TITLE })).toHaveCount(0);
	// Still gone after a reload: the bundled library does not bring it back either.
	await b.page.reload();
	await expect(b.page.getByTestId('library-item')).toHaveCount(4);
	await waitSynced(b.page);
	await b.page.goto('/');
	await expect(b.page.getByTestId('library-item')).toHaveCount(4);
});

test('an article deleted on one device while the other edits it offline comes back, with the edit, on both', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	await b.context.setOffline(true);
	await activate(b.page, 2);
	await tool(b.page, 'Confirm').click();
	await addNote(b.page, 'Phone: edited while it was deleted');
	await expect(rowStatus(b.page, 2)).toContainText(NOTES(1));

	await deleteCsto(a.page);
	await waitSynced(a.page);

	await b.context.setOffline(false);
	await a.page.goto('/');
	await expect(a.page.getByTestId('library-item')).toHaveCount(5, { timeout: 30_000 });
	for (const { page } of [a, b]) {
		await expect
			.poll(async () => (await storedRow(page, 1))?.status, { timeout: 30_000 })
			.toBe('confirmed');
		await expect.poll(() => notesOf(page, 1)).toEqual(['Phone: edited while it was deleted']);
		expect((await storedRows(page, CSTO_ID)).length).toBe(CSTO_ROWS);
	}
	await waitSynced(b.page);
	await b.page.goto('/');
	await expect(b.page.getByTestId('library-item')).toHaveCount(5);
});

test('a remote change arriving in an open editor: the edit being typed, the undo history and the remote change all survive', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	const undo = editorBar(b.page).getByRole('button', { name: /^Undo/ });
	await activate(b.page, 6);
	await tool(b.page, 'Confirm').click();
	await expect(rowStatus(b.page, 6)).toContainText('✓ confirmed');
	await expect(undo).toHaveText('Undo: confirm');
	const row6 = await row(b.page, 6).locator('[data-lang="en"]').innerText();
	const row8 = await row(b.page, 8).locator('[data-lang="en"]').innerText();

	// The phone starts a note on row 8 …
	await activate(b.page, 8);
	await tool(b.page, 'Note…').click();
	const field = rowControls(b.page).getByLabel('New note');
	await field.fill('Typed while the laptop merged');
	// … while the laptop merges rows 3 and 4: every row below moves up one.
	await activate(a.page, 3);
	await tool(a.page, 'Merge with next').click();
	await expect(rows(a.page)).toHaveCount(CSTO_ROWS - 1);
	await expect(rows(b.page)).toHaveCount(CSTO_ROWS - 1, { timeout: 30_000 });

	// The note being typed is still there, on the row it was started on.
	await expect(field).toHaveValue('Typed while the laptop merged');
	await expect(row(b.page, 7)).toHaveAttribute('aria-current', 'true');
	await expect(row(b.page, 7)).toContainText(row8);
	await rowControls(b.page).getByRole('button', { name: 'Save the note' }).click();
	await expect(rowStatus(b.page, 7)).toContainText(NOTES(1));
	await expect.poll(() => notesOf(b.page, 6)).toEqual(['Typed while the laptop merged']);

	// Undo takes back the phone's own steps, on the rows where they now are, and never the merge.
	await expect(undo).toHaveText('Undo: add note');
	await undo.click();
	await expect.poll(() => notesOf(b.page, 6)).toEqual([]);
	await expect(undo).toHaveText('Undo: confirm');
	await undo.click();
	await expect(row(b.page, 5)).toContainText(row6);
	await expect.poll(async () => (await storedRow(b.page, 4))?.status).toBe('auto');
	expect((await storedRows(b.page, CSTO_ID)).length).toBe(CSTO_ROWS - 1);
	await expect(b.page.getByText(/another tab or on another device/)).toHaveCount(0);

	// Both devices end up with the merge and without the undone steps.
	await expect
		.poll(async () => JSON.stringify(await storedRows(a.page, CSTO_ID)), { timeout: 30_000 })
		.toBe(JSON.stringify(await storedRows(b.page, CSTO_ID)));
});

test('a correction being typed when another device corrects the same sentence stays in its field, and is not saved over the other unseen', async ({
	browser,
	baseURL
}) => {
	const [a, b] = await twoTranslators(browser, baseURL);
	await activate(b.page, 2);
	await tool(b.page, 'Fix text…').click();
	const editor = b.page.getByTestId('sentence-editor');
	const field = editor.getByLabel('English text');
	await field.fill((await field.inputValue()).replace('protect', 'shield'));

	await fixText(a.page, 2, 'protect', 'guard');
	await expect(row(b.page, 2)).toContainText('peacekeepers guard Aksai', { timeout: 30_000 });
	await expect(field).toHaveValue(/peacekeepers shield Aksai/);

	// Saving is refused with a message: it was typed over the text before the laptop's correction.
	await editor.getByRole('button', { name: 'Save the correction' }).click();
	await expect(
		b.page.getByText('This row was changed in another tab or on another device')
	).toBeVisible();
	await expect(field).toHaveValue(/peacekeepers shield Aksai/);
	await expect(row(b.page, 2)).toContainText('peacekeepers guard Aksai');
	await expect(editorBar(b.page).getByRole('button', { name: /^Undo/ })).toBeDisabled();

	// Saved again, now knowing: it applies, on both devices.
	await editor.getByRole('button', { name: 'Save the correction' }).click();
	for (const { page } of [a, b]) {
		await expect(row(page, 2)).toContainText('peacekeepers shield Aksai', { timeout: 30_000 });
	}
	await expect(editorBar(b.page).getByRole('button', { name: /^Undo/ })).toHaveText(
		'Undo: text correction'
	);
});
