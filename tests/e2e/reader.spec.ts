/**
 * The reading experience on a desktop screen: aligned columns, highlighting of counterparts,
 * keyboard navigation, remembered reader settings and reading position, library search, the
 * Armenian site header, and layout at 360 px.
 */
import type { Page } from '@playwright/test';
import {
	ARTICLES,
	ARTICLE_KEYS,
	HEADER_TEXT,
	NO_OVERFLOW_SCREENS,
	activeRow,
	cell,
	cellLangs,
	chooseRow,
	expect,
	expectHighlighted,
	fontSize,
	goTo,
	openArticle,
	rows,
	test,
	waitForAligned,
	waitForSavedPosition,
	waitForSavedSettings
} from './helpers';

const ALL = ['en', 'hy', 'ru'];

test('columns: a clicked sentence highlights its counterparts; j/k/arrows move the highlight', async ({
	page
}) => {
	await openArticle(page, 'withdrawal');
	const first = rows(page).first();
	expect(await cellLangs(first)).toEqual(ALL);
	// Side by side: the three cells of a row share a line and run left to right.
	const boxes = await Promise.all(ALL.map((l) => cell(first, l).boundingBox()));
	expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
	expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
	expect(Math.abs(boxes[0]!.y - boxes[2]!.y)).toBeLessThan(2);

	const third = rows(page).nth(2);
	await cell(third, 'hy').click();
	await expectHighlighted(third, ALL);
	await expect(first).not.toHaveAttribute('aria-current', 'true');
	await expect(cell(first, 'en').locator('[data-highlighted="true"]')).toHaveCount(0);

	// The clicked row has the focus, so the keyboard carries on from there.
	await expect(third).toBeFocused();
	await page.keyboard.press('j');
	await expectHighlighted(rows(page).nth(3), ALL);
	await expect(rows(page).nth(3)).toBeFocused();
	await page.keyboard.press('k');
	await page.keyboard.press('k');
	await expectHighlighted(rows(page).nth(1), ALL);
	await page.keyboard.press('ArrowDown');
	await expectHighlighted(third, ALL);
	await expect(third).toBeFocused();

	// A row reached by keyboard focus alone becomes the active one too.
	await rows(page).nth(6).focus();
	await expectHighlighted(rows(page).nth(6), ALL);
	await page.keyboard.press('End');
	const last = rows(page).last();
	await expectHighlighted(last, ALL);
	await expect(last).toBeInViewport();
});

const SCRIPTS: Record<string, RegExp> = {
	en: /[A-Za-z]/g,
	hy: /[\u0531-\u0587]/g,
	ru: /[\u0400-\u04FF]/g
};

for (const key of ARTICLE_KEYS) {
	test(`every text cell carries the language of its text: ${key}`, async ({ page }) => {
		await openArticle(page, key);
		// Text in a cell's own language (labels in the UI language carry their own `lang`).
		const cells = await rows(page)
			.locator('[data-lang]')
			.evaluateAll((els) =>
				els.map((e) => {
					const copy = e.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('[lang]').forEach((x) => x.remove());
					return { lang: e.getAttribute('lang'), text: copy.textContent ?? '' };
				})
			);
		expect(cells.length).toBeGreaterThan(30);
		for (const { lang, text } of cells) {
			const counts = Object.fromEntries(
				Object.entries(SCRIPTS).map(([l, re]) => [l, text.match(re)?.length ?? 0])
			);
			if (counts.en + counts.hy + counts.ru === 0) continue;
			const dominant = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
			expect(dominant, `${key}: "${text.slice(0, 60)}" is marked lang=${lang}`).toBe(lang);
		}
	});
}

test('text size: XS < SM < MD < LG, the choice survives a reload and shows in Settings', async ({
	page
}) => {
	await openArticle(page, 'withdrawal');
	const paragraph = rows(page).nth(2);
	const size = (lang = 'en') => fontSize(paragraph, lang);
	const medium = await size();
	const pick = (name: string) => page.getByRole('button', { name, exact: true }).click();

	await pick('Extra small text');
	await expect(page.getByRole('button', { name: 'Extra small text' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect.poll(size).toBeLessThan(medium);
	const xs = await size();
	await pick('Small text');
	await expect.poll(size).toBeGreaterThan(xs);
	const sm = await size();
	expect(sm).toBeLessThan(medium);
	await pick('Large text');
	await expect.poll(size).toBeGreaterThan(medium);
	// The other languages follow English.
	expect(await size('hy')).toBe(await size());
	expect(await size('ru')).toBe(await size());
	await pick('Medium text');
	await expect.poll(size).toBe(medium);

	await pick('Small text');
	await expect.poll(() => size('ru')).toBe(sm);
	await waitForSavedSettings(page, { textSize: 'SM' });
	await page.reload();
	await waitForAligned(page);
	await expect(page.getByRole('button', { name: 'Small text', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect.poll(() => fontSize(rows(page).nth(2), 'en')).toBe(sm);

	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('radio', { name: /Small text/ })).toBeChecked();
	await expect(page.getByRole('radio', { name: /Extra small text/ })).not.toBeChecked();
});

test('languages shown and their order survive a reload', async ({ page }) => {
	await openArticle(page, 'withdrawal');
	await page.getByRole('checkbox', { name: 'Russian' }).uncheck();
	await expect(cell(rows(page).first(), 'ru')).toHaveCount(0);
	await page.getByRole('button', { name: 'Move Armenian earlier' }).click();
	await expect.poll(() => cellLangs(rows(page).first())).toEqual(['hy', 'en']);
	// The first shown language is also the first on screen.
	const [hy, en] = await Promise.all([
		cell(rows(page).first(), 'hy').boundingBox(),
		cell(rows(page).first(), 'en').boundingBox()
	]);
	expect(hy!.x).toBeLessThan(en!.x);

	await waitForSavedSettings(page, { langs: ['hy', 'en'] });
	await page.reload();
	await waitForAligned(page);
	await expect.poll(() => cellLangs(rows(page).nth(4))).toEqual(['hy', 'en']);
	await expect(page.getByRole('checkbox', { name: 'Russian' })).not.toBeChecked();

	// Another article follows the same choice; Russian comes back last.
	await goTo(page, 'Library');
	await page.getByRole('link', { name: ARTICLES.praise.title }).click();
	await waitForAligned(page);
	await expect.poll(() => cellLangs(rows(page).first())).toEqual(['hy', 'en']);
	await page.getByRole('checkbox', { name: 'Russian' }).check();
	await expect.poll(() => cellLangs(rows(page).first())).toEqual(['hy', 'en', 'ru']);
});

test('switching to one language and back keeps the reading position', async ({ page }) => {
	await openArticle(page, 'decision');
	const target = await chooseRow(page, 30);
	await expectHighlighted(target, ALL);
	const texts = Object.fromEntries(
		await Promise.all(ALL.map(async (l) => [l, (await cell(target, l).innerText()).trim()]))
	);

	await page.getByLabel('Layout').selectOption('single');
	await expect.poll(() => cellLangs(activeRow(page))).toEqual(['en']);
	await expect(cell(activeRow(page), 'en')).toHaveText(texts.en);
	await expect(activeRow(page)).toBeInViewport();

	// Picking another language shows the same row's Armenian sentence.
	await page
		.getByRole('group', { name: 'Language', exact: true })
		.getByRole('button', { name: 'Armenian' })
		.click();
	await expect(cell(activeRow(page), 'hy')).toHaveText(texts.hy);

	await page.getByLabel('Layout').selectOption('columns');
	await expect.poll(() => cellLangs(activeRow(page))).toEqual(['hy', 'en', 'ru']);
	await expect(cell(activeRow(page), 'ru')).toHaveText(texts.ru);
});

test('the reading position is remembered per article across reloads', async ({ page }) => {
	await openArticle(page, 'decision');
	await expectHighlighted(await chooseRow(page, 33, 'ru'), ALL);
	await waitForSavedPosition(page, ARTICLES.decision.id, 33);

	await goTo(page, 'Library');
	await page.getByRole('link', { name: ARTICLES.troops.title }).click();
	await waitForAligned(page);
	await cell(rows(page).nth(4), 'en').click();
	await expectHighlighted(rows(page).nth(4), ALL);
	await waitForSavedPosition(page, ARTICLES.troops.id, 4);

	await page.goto(`/article?id=${ARTICLES.decision.id}`);
	await waitForAligned(page);
	await expectHighlighted(rows(page).nth(33), ALL);
	await page.reload();
	await waitForAligned(page);
	await expectHighlighted(rows(page).nth(33), ALL);

	await page.goto(`/article?id=${ARTICLES.troops.id}`);
	await waitForAligned(page);
	await expectHighlighted(rows(page).nth(4), ALL);
});

test.describe('the active row stays on screen', () => {
	test('columns view: after a reload the remembered row is scrolled into view', async ({
		page
	}) => {
		await openArticle(page, 'decision');
		await chooseRow(page, 33);
		await waitForSavedPosition(page, ARTICLES.decision.id, 33);
		await page.reload();
		await waitForAligned(page);
		await expect(rows(page).nth(33)).toHaveAttribute('aria-current', 'true');
		await expect(rows(page).nth(33)).toBeInViewport({ timeout: 3_000 });
	});

	test('one-language view: choosing another language keeps the active row on screen', async ({
		page
	}) => {
		await openArticle(page, 'decision');
		await page.getByLabel('Layout').selectOption('single');
		const target = await chooseRow(page, 30);
		await page
			.getByRole('group', { name: 'Language', exact: true })
			.getByRole('button', { name: 'Armenian' })
			.click();
		await expect(cell(target, 'hy')).toBeVisible();
		await expect(target).toBeInViewport({ timeout: 3_000 });
	});
});

test.describe('library search', () => {
	test('Armenian: the matching sentence with its English and Russian counterparts', async ({
		page
	}) => {
		await page.goto('/');
		await page.getByLabel('Search all three languages').fill('Ղազախստան');
		await expect(
			page.getByRole('status').filter({ hasText: /^[1-9]\d* matching sentences?$/ })
		).toBeVisible();
		const results = page.getByTestId('search-results').getByRole('listitem');
		const hit = results.filter({
			has: page.getByRole('link', { name: /ՀԱՊԿ-ի զորքերը սկսել են դուրս գալ Ղազախստանից/ })
		});
		await expect(hit).toHaveCount(1);
		await expect(hit.locator('mark')).toHaveText('Ղազախստան');
		await expect(hit.locator('[lang="hy"]').first()).toContainText('Ղազախստանից');
		await expect(hit.locator('[lang="en"]')).toHaveText(ARTICLES.withdrawal.title);
		await expect(hit.locator('[lang="ru"]')).toHaveText(
			'Войска ОДКБ во главе с Россией начали выход из Казахстана'
		);

		// The hit opens the article on that row, counterparts highlighted.
		await hit.getByRole('link').click();
		await waitForAligned(page);
		await expect(activeRow(page)).toBeInViewport();
		await expect(cell(activeRow(page), 'hy')).toContainText('Ղազախստանից');
		await expectHighlighted(activeRow(page), ALL);
	});

	test('Russian: case-insensitive, ё found by е', async ({ page }) => {
		await page.goto('/');
		const search = page.getByLabel('Search all three languages');
		await search.fill('НАЕМНИК');
		const results = page.getByTestId('search-results').getByRole('listitem');
		await expect(results).toHaveCount(2);
		for (const hit of await results.all()) {
			await expect(hit.locator('mark')).toHaveText(/^наёмник$/);
			await expect(hit.locator('[lang="en"]')).toContainText(/mercenar/i);
			await expect(hit.locator('[lang="hy"]')).not.toBeEmpty();
		}
		// Upper and lower case find the same sentences, in Armenian too.
		await search.fill('հապկ');
		// Results arrive from the search worker: count them once they are this query's.
		await expect(results.first().locator('mark')).toHaveText(/^հապկ$/i);
		const lower = await results.count();
		expect(lower).toBeGreaterThan(0);
		await search.fill('ՀԱՊԿ');
		await expect(results).toHaveCount(lower);
		await expect(results.first().locator('mark')).toHaveText(/ՀԱՊԿ/i);
	});
});

test.describe('the Armenian site header', () => {
	const landmark = (page: Page) => page.getByRole('navigation', { name: HEADER_TEXT, exact: true });

	for (const key of ['withdrawal', 'praise'] as const) {
		test(`${key}: one landmark, shown once, with working skip links`, async ({ page }) => {
			await openArticle(page, key);
			await expect(landmark(page)).toHaveCount(1);
			await expect(landmark(page)).toHaveAttribute('lang', 'hy');
			// Shown once: never repeated as a sentence of the aligned text.
			await expect(page.getByText(HEADER_TEXT)).toHaveCount(1);
			await expect(page.getByTestId('aligned-text')).not.toContainText(HEADER_TEXT);

			await landmark(page).getByRole('link', { name: 'Skip to the aligned text' }).focus();
			await page.keyboard.press('Enter');
			await expect(page.getByRole('region', { name: 'Aligned text' })).toBeFocused();
			await landmark(page).getByRole('link', { name: 'Skip to the language controls' }).click();
			await expect(page.getByRole('region', { name: 'Reading controls' })).toBeFocused();
			// Tab from the controls reaches their first control.
			await page.keyboard.press('Tab');
			await expect(page.getByRole('checkbox').first()).toBeFocused();
		});
	}

	for (const key of ['troops', 'decision', 'mission'] as const) {
		test(`${key}: no header, as the site had none`, async ({ page }) => {
			await openArticle(page, key);
			await expect(landmark(page)).toHaveCount(0);
			await expect(page.getByText(HEADER_TEXT)).toHaveCount(0);
		});
	}
});

test.describe('at 360 px wide: no horizontal scrolling', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const [screen, check] of Object.entries(NO_OVERFLOW_SCREENS)) {
		test(screen, async ({ page }) => {
			await check(page, { how: 'click', article: 'withdrawal' });
		});
	}
});

test('a first visit straight to an article shows it once the library is stored, never "not found"; an unknown article is', async ({
	page
}) => {
	// Every level-1 heading the page ever shows, from the first script on.
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { __h1: string[] }).__h1 = []);
		new MutationObserver(() => {
			for (const h of document.querySelectorAll('h1, [role="heading"][aria-level="1"]')) {
				const text = h.textContent?.trim() ?? '';
				if (text && !seen.includes(text)) seen.push(text);
			}
		}).observe(document, { childList: true, subtree: true, characterData: true });
	});
	await page.goto(`/article?id=${ARTICLES.withdrawal.id}`);
	await waitForAligned(page);
	await expect(
		page.getByRole('heading', { level: 1, name: ARTICLES.withdrawal.title })
	).toBeVisible();
	const headings = await page.evaluate(() => (window as unknown as { __h1: string[] }).__h1);
	expect(headings).not.toContain('Article not found');

	await page.goto('/article?id=no-such-article');
	await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
});
