/**
 * An app update between two real builds at the same origin: version A (the `build/` folder) is
 * deployed and used, then version B (built here with another version name) replaces it. The new
 * service worker waits instead of taking over; the page offers "A new version … Reload", waits
 * while a note is being typed, and once accepted runs B with every edit made under A intact.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	activate,
	CSTO_ID,
	enterTranslatorMode,
	expect,
	openArticle,
	rowControls,
	rowStatus,
	test,
	tool,
	waitForStoredRows
} from './helpers';
import { serveStatic, type StaticServer } from './helpers/static-server';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;
const B_DIR = 'build-update';
const B_VERSION = `update-test-${process.pid}`;
const A_VERSION = (
	JSON.parse(readFileSync('build/_app/version.json', 'utf8')) as { version: string }
).version;

test.use({ baseURL: `http://localhost:${PORT}` });
// One build of the app plus a whole session; the build alone may take a minute on a busy machine.
test.describe.configure({ timeout: 300_000 });

let server: StaticServer | undefined;

test.beforeAll(() => {
	execFileSync('npx', ['vite', 'build'], {
		env: {
			...process.env,
			TRIPTYCH_BUILD_VERSION: B_VERSION,
			TRIPTYCH_BUILD_DIR: B_DIR,
			TRIPTYCH_KIT_DIR: '.svelte-kit-update'
		},
		stdio: 'ignore'
	});
});

test.afterEach(async () => {
	await server?.close();
	server = undefined;
});

const runningVersion = (page: Page) => page.locator('html').getAttribute('data-version');
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('a new version waits for the reader, keeps every edit, then runs', async ({ page }) => {
	expect(A_VERSION).not.toBe(B_VERSION);
	server = await serveStatic('build', PORT);

	// Version A: first visit, controlled by its service worker.
	await openArticle(page, 'withdrawal');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	expect(await runningVersion(page)).toBe(A_VERSION);

	// Edits under A: a confirmed row with a note, and a note still being typed on row 2.
	await enterTranslatorMode(page);
	await activate(page, 1);
	await tool(page, 'Confirm').click();
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill('Kept across the update');
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await expect(rowStatus(page, 1)).toContainText('1 note');
	await waitForStoredRows(page, CSTO_ID, (rows) => rows[0]?.status === 'confirmed');
	await activate(page, 2);
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill('Typed while the update came');

	// A second tab of the app, also running A.
	const other = await page.context().newPage();
	await other.goto('/');
	await expect(other.getByTestId('library-item')).toHaveCount(5);
	expect(await runningVersion(other)).toBe(A_VERSION);

	// Deploy B at the same origin; the browser's update check finds it.
	await server.close();
	server = await serveStatic(B_DIR, PORT);
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
	// A polite live region (role=status) announces the notice.
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toBeVisible();
	await expect(prompt).toHaveRole('status');
	await expect(prompt).toContainText('A new version of Triptych is ready.');
	// B waits: A still runs in both tabs, both are told, and A's cache is still there next to B's.
	await expect(other.getByTestId('update-prompt')).toContainText('A new version');
	expect(await runningVersion(page)).toBe(A_VERSION);
	expect(await runningVersion(other)).toBe(A_VERSION);
	await expect.poll(async () => (await cacheNames(page)).length).toBe(2);

	// Accepting while a note is being typed: the reload waits, and says so.
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(prompt).toContainText('Save or close the text you are editing');
	await expect(rowControls(page).getByLabel('New note')).toHaveValue('Typed while the update came');
	expect(await runningVersion(page)).toBe(A_VERSION);

	// Saving the note lets the update proceed: the page reloads into B.
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await expect.poll(() => runningVersion(page)).toBe(B_VERSION);
	await expect(page.getByTestId('update-prompt')).toHaveCount(0);
	// The other tab, with nothing in progress, follows by itself: no page keeps running A.
	await expect.poll(() => runningVersion(other)).toBe(B_VERSION);
	await expect(other.getByTestId('library-item')).toHaveCount(5);
	await other.close();
	await expect.poll(() => cacheNames(page)).toEqual([`triptych-${B_VERSION}`]);

	// Every edit made under A is there under B.
	await waitForStoredRows(
		page,
		CSTO_ID,
		(rows) =>
			rows[0]?.status === 'confirmed' &&
			rows[0].notes.some((n) => n.text === 'Kept across the update') &&
			rows[1]?.notes.some((n) => n.text === 'Typed while the update came')
	);
	await expect(page.getByTestId('aligned-text')).toBeVisible();
	await enterTranslatorMode(page);
	await expect(rowStatus(page, 1)).toContainText('1 note');
	await expect(rowStatus(page, 2)).toContainText('1 note');

	// B works offline from its own cache.
	await page.context().setOffline(true);
	await page.reload();
	await expect(page.getByTestId('aligned-text')).toBeVisible();
	expect(await runningVersion(page)).toBe(B_VERSION);
	await page.context().setOffline(false);
});
