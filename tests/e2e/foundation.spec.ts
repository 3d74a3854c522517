import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import {
	CSTO_ID,
	CSTO_ROWS,
	HEADER_TEXT,
	editorBar,
	expect,
	goTo,
	openArticle,
	openLibrary,
	rows,
	test,
	useUiLang,
	waitForAligned
} from './helpers';

test('fresh profile: the library, then an article with its Armenian header, also after a reload', async ({
	page
}) => {
	await openLibrary(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');

	await openArticle(page);
	const header = page.getByText(HEADER_TEXT, { exact: true });
	await expect(header).toBeVisible();
	await expect(header.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', 'hy');
	await expect(page.getByRole('navigation', { name: HEADER_TEXT, exact: true })).toBeVisible();

	await page.reload();
	await expect(page.getByText(HEADER_TEXT, { exact: true })).toBeVisible();
});

test('offline: once the service worker controls the page, the article and library still load', async ({
	page,
	context
}) => {
	await openArticle(page);
	// The service worker must control the page before the network goes away.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByText(HEADER_TEXT, { exact: true })).toBeVisible();
	await expect(rows(page).first()).toBeVisible();
	await goTo(page, 'Library');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	await page.reload();
	await expect(page.getByTestId('library-item')).toHaveCount(5);
});

test('the interface language chosen by the reader is kept across a reload', async ({ page }) => {
	await openLibrary(page);
	await page.getByLabel('Interface language').selectOption('ru');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Библиотека');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page.getByRole('link', { name: 'Настройки' })).toBeVisible();
});

test('the UI language defaults to the browser language', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'hy-AM' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'hy');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Գրադարան');
	await context.close();
});

test('counts take the plural form their number needs, in Russian and in Armenian', async ({
	page
}) => {
	await useUiLang(page, 'ru');
	await page.goto(`/article?id=${CSTO_ID}`);
	await waitForAligned(page);
	await page.getByTestId('translator-mode').click();
	await expect(editorBar(page)).toContainText(`Подтверждено: 0% (0 из ${CSTO_ROWS} строк)`);

	const fifth = rows(page).nth(4);
	await fifth.focus();
	await expect(fifth).toHaveAttribute('aria-current', 'true');
	await page.keyboard.press('c');
	await expect(editorBar(page)).toContainText(`Подтверждено: 6% (1 из ${CSTO_ROWS} строк)`);
	const status = fifth.getByTestId('row-status');
	for (const [n, shown] of [
		[1, '1 заметка'],
		[2, '2 заметки'],
		[3, '3 заметки'],
		[4, '4 заметки'],
		[5, '5 заметок']
	] as const) {
		await page.keyboard.press('n');
		await page.keyboard.type(`Заметка номер ${n}`);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(status).toContainText(shown);
	}

	// Switching the interface language re-renders the counts: Armenian keeps the noun singular.
	await page.getByLabel('Язык интерфейса').selectOption('hy');
	await expect(status).toContainText('5 նշում');
	await expect(editorBar(page)).toContainText(`Հաստատված՝ 6% (${CSTO_ROWS} տողից 1-ը)`);
});

test('Chromium reports the app installable: manifest, icons, standalone, service worker', async ({
	baseURL
}) => {
	// Installability is never reported for incognito contexts, which Playwright's are by default.
	const profile = mkdtempSync(join(tmpdir(), 'triptych-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS
	});
	try {
		const page = await context.newPage();
		await page.goto(baseURL!);
		const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await page.request.get(new URL(manifestHref!, baseURL).href)).json();
		expect(manifest.display).toBe('standalone');
		expect(manifest.theme_color).toMatch(/^#/);
		const sizes = manifest.icons.map(
			(i: { sizes: string; purpose?: string }) => `${i.sizes}/${i.purpose}`
		);
		expect(sizes).toEqual(
			expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable'])
		);
		await page.evaluate(async () => navigator.serviceWorker.ready);
		await page.reload();
		const cdp = await context.newCDPSession(page);
		await expect
			.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors)
			.toEqual([]);
	} finally {
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	}
});
