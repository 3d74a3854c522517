/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A and AA) on every page and reader state,
 * in the three interface languages and the dark theme: one test per page or state, each from a
 * fresh profile, so a slow scan on a busy machine never adds up with the others. Controls are
 * found by their labels in the UI language, read from the same locale files the app ships.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ARTICLES, type UiLang, cell, expect, messages, rows, test, useUiLang } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const UI_LANGS: UiLang[] = ['en', 'hy', 'ru'];

/** Runs axe on the page as it is now and lists every violation it finds. */
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
	expect(found, `axe violations on ${what}`).toEqual([]);
}

type T = (key: string) => string;

/** The library once the bundled articles are aligned in the background (a settled page). */
async function library(page: Page, t: T): Promise<void> {
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	await expect(page.getByTestId('alignment-state')).toHaveCount(5);
	await expect(
		page.getByTestId('alignment-state').filter({ hasText: t('library.state.aligning') })
	).toHaveCount(0, { timeout: 30_000 });
}

/** The CSTO article with all three languages in its rows and the third row chosen. */
async function article(page: Page): Promise<void> {
	await page.goto(`/article?id=${ARTICLES.withdrawal.id}`);
	await expect(rows(page).first().locator('[data-lang]')).toHaveCount(3);
	await cell(rows(page).nth(2), 'en').click();
	await expect(rows(page).nth(2)).toHaveAttribute('aria-current', 'true');
}

async function translatorMode(page: Page, t: T): Promise<void> {
	await article(page);
	await page.getByLabel(t('reader.layout')).selectOption('columns');
	await page.getByTestId('translator-mode').click();
	await expect(page.getByTestId('row-status').first()).toBeVisible();
}

/** A page of the main navigation, reached by its link in the UI language. */
async function navigate(page: Page, t: T, link: string, heading: string): Promise<void> {
	await page.goto('/');
	await page.getByRole('link', { name: t(link), exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(heading));
}

/**
 * The pages and reader states of the quality bar. States marked `anyLanguage` have markup that
 * does not depend on the UI language (search results, dialogs, editing panels, import preview):
 * checked in English and in the dark theme only, to keep the suite short.
 */
const STATES: Array<{
	name: string;
	anyLanguage?: true;
	reach: (page: Page, t: T) => Promise<void>;
}> = [
	{ name: 'library', reach: library },
	{
		name: 'library with search results',
		anyLanguage: true,
		reach: async (page, t) => {
			await library(page, t);
			await page.getByLabel(t('search.label')).fill('Ղազախստան');
			await expect(page.getByTestId('search-results').getByRole('listitem').first()).toBeVisible();
		}
	},
	{
		name: 'library, asked before deleting an article',
		anyLanguage: true,
		reach: async (page, t) => {
			await library(page, t);
			await page.getByTestId('delete-article').first().click();
			await expect(page.getByRole('dialog')).toBeVisible();
		}
	},
	{
		name: 'library, article deleted with "Undo"',
		anyLanguage: true,
		reach: async (page, t) => {
			await library(page, t);
			await page.getByTestId('delete-article').first().click();
			await page
				.getByRole('dialog')
				.getByRole('button', { name: t('data.delete.confirm'), exact: true })
				.click();
			await expect(page.getByRole('button', { name: t('data.undo') })).toBeVisible();
		}
	},
	{ name: 'article, side by side', reach: article },
	{
		name: 'article, stacked',
		reach: async (page, t) => {
			await article(page);
			await page.getByLabel(t('reader.layout')).selectOption('stacked');
			await expect(
				page.getByRole('button', {
					name: t('reader.showUnder').replace('{{lang}}', t('lang.hy'))
				})
			).toBeVisible();
			await expect(rows(page).nth(2).locator('[data-lang]')).toHaveCount(3);
		}
	},
	{ name: 'article, translator mode', reach: translatorMode },
	{
		name: 'article, keyboard shortcuts dialog',
		anyLanguage: true,
		reach: async (page, t) => {
			await translatorMode(page, t);
			await page.keyboard.press('?');
			await expect(page.getByRole('dialog', { name: t('edit.shortcuts') })).toBeVisible();
		}
	},
	{
		name: 'article, correcting a sentence',
		anyLanguage: true,
		reach: async (page, t) => {
			await translatorMode(page, t);
			const fix = page.getByRole('button', { name: t('edit.editText') });
			await fix.click();
			await expect(fix).toHaveAttribute('aria-expanded', 'true');
		}
	},
	{
		name: 'article, reporting a problem with a row',
		reach: async (page, t) => {
			await article(page);
			await page.keyboard.press('r');
			await expect(
				page.getByRole('dialog', { name: t('report.title').replace('{{n}}', '3') })
			).toBeVisible();
		}
	},
	{
		name: 'reports, with a report filed',
		reach: async (page, t) => {
			await article(page);
			await page.keyboard.press('r');
			const dialog = page.getByRole('dialog', { name: t('report.title').replace('{{n}}', '3') });
			await dialog.getByRole('radio', { name: t('report.reason.typo') }).check();
			await dialog.getByRole('button', { name: t('report.send') }).click();
			await expect(rows(page).nth(2).getByTestId('row-report')).toBeVisible();
			await page.goto('/reports');
			await expect(page.getByTestId('report-item')).toHaveCount(2); // the queue and mine
		}
	},
	{
		name: 'article, translator mode with a report to resolve',
		anyLanguage: true,
		reach: async (page, t) => {
			await article(page);
			await page.keyboard.press('r');
			const dialog = page.getByRole('dialog', { name: t('report.title').replace('{{n}}', '3') });
			await dialog.getByRole('radio', { name: t('report.reason.typo') }).check();
			await dialog.getByRole('button', { name: t('report.send') }).click();
			await page.getByTestId('translator-mode').click();
			await expect(page.getByRole('button', { name: t('report.resolve') })).toBeVisible();
		}
	},
	{ name: 'import', reach: (page, t) => navigate(page, t, 'nav.import', 'import.title') },
	{
		name: 'import, checking a pasted text',
		anyLanguage: true,
		reach: async (page, t) => {
			await navigate(page, t, 'nav.import', 'import.title');
			await page
				.getByLabel(t('import.paste'))
				.fill('Armenia and Kazakhstan signed an agreement on Monday. The talks will continue.');
			await page.getByRole('button', { name: t('import.addPasted') }).click();
			await expect(page.getByTestId('import-candidate')).toBeVisible();
		}
	},
	{ name: 'settings', reach: (page, t) => navigate(page, t, 'nav.settings', 'settings.title') }
];

for (const lang of UI_LANGS) {
	test.describe(`the ${lang} interface`, () => {
		const ui = messages(lang);
		const t: T = (key) => ui[key];
		for (const state of STATES.filter((s) => lang === 'en' || !s.anyLanguage)) {
			test(`no axe violations: ${state.name}`, async ({ page }) => {
				await useUiLang(page, lang);
				await state.reach(page, t);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expectNoViolations(page, `${lang}: ${state.name}`);
			});
		}
	});
}

test.describe('the dark theme', () => {
	test.use({ colorScheme: 'dark' });
	const ui = messages('en');
	const t: T = (key) => ui[key];
	for (const state of STATES) {
		test(`no axe violations: ${state.name}`, async ({ page }) => {
			await state.reach(page, t);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expectNoViolations(page, `dark theme: ${state.name}`);
		});
	}
});
