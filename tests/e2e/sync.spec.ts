/**
 * Team sync in real Chromium: devices are browser contexts (each its own IndexedDB), the server
 * is the CouchDB-compatible dev server started here (fresh and empty for every test), reached
 * through the preview server's same-origin /couchdb proxy.
 */
import {
	CSTO_ID,
	NOTES,
	activate,
	enterTranslatorMode,
	expect,
	openArticle,
	rowControls,
	rowStatus,
	storedRows,
	test,
	tool
} from './helpers';
import {
	newDevice,
	startSyncServer,
	startSyncing,
	syncStatus,
	waitSynced,
	type Device,
	type SyncServer
} from './helpers/sync';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: SyncServer;
const devices: Device[] = [];

test.beforeEach(async () => {
	server = await startSyncServer();
});

test.afterEach(async () => {
	for (const device of devices.splice(0)) await device.context.close();
	await server.stop();
});

async function device(browser: import('@playwright/test').Browser, baseURL: string | undefined) {
	const d = await newDevice(browser, baseURL!);
	devices.push(d);
	return d;
}

/** Opens the CSTO article in translator mode on a device. */
async function openCsto(page: import('@playwright/test').Page) {
	await page.goto('/');
	await openArticle(page);
	await enterTranslatorMode(page);
}

async function addNote(page: import('@playwright/test').Page, text: string) {
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill(text);
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
}

/** Row `index` (0-based) of the CSTO article as the device stored it. */
async function storedRow(page: import('@playwright/test').Page, index: number) {
	return (await storedRows(page, CSTO_ID))[index];
}

test('a translator confirms a row and adds a note: a reader’s device shows both', async ({
	browser,
	baseURL
}) => {
	const translator = await device(browser, baseURL);
	const reader = await device(browser, baseURL);
	await startSyncing(translator.page, 'tom');
	await waitSynced(translator.page);
	await startSyncing(reader.page, 'rita');
	await waitSynced(reader.page);

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
