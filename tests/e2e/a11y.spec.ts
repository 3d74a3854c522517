/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A and AA) on every page and reader state,
 * in the three interface languages. Controls are found by their labels in the UI language, read
 * from the same locale files the app ships.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ARTICLES, cell, rows } from './reader-helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const UI_LANGS = ['en', 'hy', 'ru'] as const;
type UiLang = (typeof UI_LANGS)[number];

const messages = Object.fromEntries(
	UI_LANGS.map((l) => [
		l,
		JSON.parse(readFileSync(new URL(`../../locales/${l}.json`, import.meta.url), 'utf8')) as Record<
			string,
			string
		>
	])
) as Record<UiLang, Record<string, string>>;

/** Runs axe on the page as it is now; violations are collected softly so one run reports all. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
	const { violations } = await new AxeBuilder({ page })
		.withTags(TAGS)
		// Only violations are reported in full: keeps each run quick.
		.options({ resultTypes: ['violations'] })
		.analyze();
	const found = violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
				.slice(0, 6)
				.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`)
				.join('\n    ')}`
	);
	expect.soft(found, `axe violations on ${what}`).toEqual([]);
}

/** Waits until the article shows all three languages in its first (active) row. */
async function waitForThreeLanguages(page: Page): Promise<void> {
	await expect(rows(page).first().locator('[data-lang]')).toHaveCount(3);
}

/**
 * The pages and reader states of the quality bar. `extras` adds states whose markup does not
 * depend on the UI language (search results, dialogs, editing panels, import preview): checked
 * once, in English, to keep the suite fast.
 */
async function visitEverything(page: Page, lang: UiLang, { extras = false } = {}): Promise<void> {
	const t = (key: string) => messages[lang][key];
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	// Scan a settled page: the bundled articles are aligned in the background after seeding.
	await expect(page.getByTestId('alignment-state')).toHaveCount(5);
	await expect(
		page.getByTestId('alignment-state').filter({ hasText: t('library.state.aligning') })
	).toHaveCount(0, { timeout: 30_000 });
	await expectNoViolations(page, `${lang}: library`);

	if (extras) {
		await page.getByLabel(t('search.label')).fill('Ղազախստան');
		await expect(page.getByTestId('search-results').getByRole('listitem').first()).toBeVisible();
		await expectNoViolations(page, `${lang}: library with search results`);
	}

	await page.goto(`/article?id=${ARTICLES.withdrawal.id}`);
	await waitForThreeLanguages(page);
	await cell(rows(page).nth(2), 'en').click();
	await expect(rows(page).nth(2)).toHaveAttribute('aria-current', 'true');
	await expectNoViolations(page, `${lang}: article, side by side`);

	await page.getByLabel(t('reader.layout')).selectOption('stacked');
	await expect(
		page.getByRole('button', { name: t('reader.showUnder').replace('{{lang}}', t('lang.hy')) })
	).toBeVisible();
	await expect(rows(page).nth(2).locator('[data-lang]')).toHaveCount(3);
	await expectNoViolations(page, `${lang}: article, stacked`);

	await page.getByLabel(t('reader.layout')).selectOption('columns');
	await page.getByTestId('translator-mode').click();
	await expect(page.getByTestId('row-status').first()).toBeVisible();
	await expectNoViolations(page, `${lang}: article, translator mode`);
	if (extras) await checkEditingStates(page, lang);

	await page.getByRole('link', { name: t('nav.import'), exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('import.title'));
	await expectNoViolations(page, `${lang}: import`);
	if (extras) {
		await page
			.getByLabel(t('import.paste'))
			.fill('Armenia and Kazakhstan signed an agreement on Monday. The talks will continue.');
		await page.getByRole('button', { name: t('import.addPasted') }).click();
		await expect(page.getByTestId('import-candidate')).toBeVisible();
		await expectNoViolations(page, `${lang}: import, checking a pasted text`);
	}

	await page.getByRole('link', { name: t('nav.settings'), exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('settings.title'));
	await expectNoViolations(page, `${lang}: settings`);
}

/** Translator mode's dialog and row panel. */
async function checkEditingStates(page: Page, lang: UiLang): Promise<void> {
	const t = (key: string) => messages[lang][key];
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: t('edit.shortcuts') })).toBeVisible();
	await expectNoViolations(page, `${lang}: article, keyboard shortcuts dialog`);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await page.getByRole('button', { name: t('edit.editText') }).click();
	await expect(page.getByRole('button', { name: t('edit.editText') })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await expectNoViolations(page, `${lang}: article, correcting a sentence`);
}

for (const lang of UI_LANGS) {
	test(`no axe violations in the ${lang} interface: library, article views, import, settings`, async ({
		page
	}) => {
		await page.addInitScript((l) => localStorage.setItem('triptych.uiLang', l), lang);
		await visitEverything(page, lang, { extras: lang === 'en' });
	});
}

test.describe('dark theme', () => {
	test.use({ colorScheme: 'dark' });

	test('no axe violations in the dark theme either', async ({ page }) => {
		await visitEverything(page, 'en', { extras: true });
	});
});
