/**
 * Readers' reports through team sync, in real Chromium against the dev sync server (fresh for
 * every test): a reader on a phone reports a row offline and it reaches the translator's queue
 * once back online; the translator fixes the row (merging it) and resolves the report with a
 * reply, and the reader's phone shows the resolution on the row the report followed; the server
 * refuses a report forged under another user's name.
 */
import { devices, type Browser, type Page } from '@playwright/test';
import { CSTO_ID, enterTranslatorMode, expect, openArticle, row, test, tool } from './helpers';
import {
	ADMIN,
	USERS,
	newDevice,
	printDeviceLogs,
	startSyncServer,
	startSyncing,
	waitSynced,
	type Device,
	type SyncServer
} from './helpers/sync';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: SyncServer;
const opened: Device[] = [];

test.beforeEach(async () => {
	server = await startSyncServer('b');
});

test.afterEach(async ({}, testInfo) => {
	printDeviceLogs(opened, testInfo);
	for (const device of opened.splice(0)) await device.context.close();
	await server.stop();
});

/** A synced device: the reader rita on a phone, or the translator tom on a desktop. */
async function device(browser: Browser, baseURL: string | undefined, who: 'rita' | 'tom') {
	const d = await newDevice(browser, baseURL!, who === 'rita' ? devices['Pixel 7'] : {});
	opened.push(d);
	await startSyncing(d.page, who, { path: server.path });
	await waitSynced(d.page);
	return d;
}

const queue = (page: Page) => page.getByTestId('report-queue').getByTestId('report-item');

/** Rita's report on row `n` of the CSTO article, written straight to the server as her. */
async function fileOnServer(n: number, comment: string) {
	const rowId = `r-${CSTO_ID}-${String(n - 1).padStart(4, '0')}`;
	const stored = await (
		await fetch(`${server.url}/triptych/${encodeURIComponent(`row:${CSTO_ID}:${rowId}`)}`, {
			headers: { authorization: 'Basic ' + btoa(`${ADMIN.name}:${ADMIN.password}`) }
		})
	).json();
	const sentenceIds = (['en', 'hy', 'ru'] as const).flatMap((lang) =>
		(stored.cells[lang] as string[]).map((id) => `${lang}:${id}`)
	);
	const now = Date.now();
	const id = '5b0e8f3a-2c4d-4e6f-8a9b-0c1d2e3f4a5b';
	const put = await fetch(`${server.url}/triptych/report%3A${id}`, {
		method: 'PUT',
		headers: {
			authorization: 'Basic ' + btoa(`rita:${USERS.rita.password}`),
			'content-type': 'application/json'
		},
		body: JSON.stringify({
			type: 'report',
			author: 'rita',
			articleId: CSTO_ID,
			rowId,
			sentenceIds,
			reason: 'wrongMatch',
			comment,
			createdAt: now,
			state: 'open',
			updatedBy: 'rita',
			updatedAt: now
		})
	});
	expect(put.status).toBe(201);
}

test('a reader reports a row offline on a phone; back online, it is in the translator’s queue', async ({
	browser,
	baseURL
}) => {
	const translator = await device(browser, baseURL, 'tom');
	const reader = await device(browser, baseURL, 'rita');

	await openArticle(reader.page, 'withdrawal', 'tap');
	await reader.context.setOffline(true);
	await row(reader.page, 5).locator('[data-lang]').first().tap();
	await row(reader.page, 5).getByRole('button', { name: 'Report a problem with this row' }).tap();
	const dialog = reader.page.getByRole('dialog', { name: 'Report a problem with row 5' });
	await dialog.getByRole('radio', { name: /^Mistranslation$/ }).check();
	await dialog.getByLabel('Comment (optional)').fill('The Armenian date is wrong.');
	await dialog.getByRole('button', { name: 'Send report' }).tap();
	await expect(row(reader.page, 5).getByTestId('row-report')).toContainText(
		'Your report: Mistranslation'
	);
	await reader.context.setOffline(false);

	await translator.page.goto('/reports');
	await expect(queue(translator.page)).toHaveCount(1, { timeout: 30_000 });
	await expect(queue(translator.page)).toContainText('rita reports: Mistranslation');
	await expect(queue(translator.page)).toContainText('The Armenian date is wrong.');
	await translator.page.goto('/');
	await expect(translator.page.getByTestId('open-reports-total')).toHaveText('1 open report');
});

test('the translator merges the reported row, resolves with a reply; the reader’s phone shows it', async ({
	browser,
	baseURL
}) => {
	const translator = await device(browser, baseURL, 'tom');
	await fileOnServer(6, 'Row 6 continues row 5.');
	const reader = await device(browser, baseURL, 'rita');

	await translator.page.goto('/reports');
	await expect(queue(translator.page)).toContainText('Row 6 continues row 5.');
	await queue(translator.page).getByRole('link', { name: 'Go to the row' }).click();
	await enterTranslatorMode(translator.page);
	await expect(row(translator.page, 6)).toHaveAttribute('aria-current', 'true');
	await tool(translator.page, 'Merge with previous').click();
	const report = row(translator.page, 5).getByTestId('row-report');
	await expect(report).toContainText('This row was merged with another since the report');
	await report.getByLabel('Reply (optional)').fill('Merged rows 5 and 6.');
	await report.getByRole('button', { name: 'Resolve' }).click();
	await expect(report).toContainText('Resolved by tom');

	await openArticle(reader.page, 'withdrawal', 'tap');
	const seen = row(reader.page, 5).getByTestId('row-report');
	await expect(seen).toContainText('Resolved by tom', { timeout: 30_000 });
	await expect(seen).toContainText('Reply: Merged rows 5 and 6.');
	await expect(seen).toContainText('This row was merged with another since the report');
	await reader.page.goto('/reports');
	await expect(reader.page.getByTestId('my-reports')).toContainText('Merged rows 5 and 6.');
	// A reader is not offered the translators' queue.
	await expect(reader.page.getByTestId('report-queue')).toHaveCount(0);
});

test('the server refuses a report a reader forges under another user’s name', async ({
	browser,
	baseURL
}) => {
	const reader = await device(browser, baseURL, 'rita');
	const status = await reader.page.evaluate(
		async ([articleId, path]) => {
			const url = `${path}/triptych/${encodeURIComponent('report:forged-under-tom')}`;
			const now = Date.now();
			const put = await fetch(url, {
				method: 'PUT',
				credentials: 'include',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					type: 'report',
					author: 'tom',
					articleId,
					rowId: `r-${articleId}-0000`,
					sentenceIds: [],
					reason: 'other',
					comment: 'Not really from tom',
					createdAt: now,
					state: 'open',
					updatedBy: 'rita',
					updatedAt: now
				})
			});
			return put.status;
		},
		[CSTO_ID, server.path]
	);
	expect(status).toBe(403);
	const stored = await fetch(`${server.url}/triptych/report%3Aforged-under-tom`, {
		headers: { authorization: 'Basic ' + btoa(`${ADMIN.name}:${ADMIN.password}`) }
	});
	expect(stored.status).toBe(404);
});
