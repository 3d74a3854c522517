/**
 * What a first visit loads before its first screen of text (issue #13: nothing that reading does
 * not need competes with it): the code of the update prompt, the notices, the export panel
 * and the delete button is requested only after the text is painted — and is still there once it
 * is. Request times and the moment the first row or article entered the page are both read in the
 * page (Resource Timing and a MutationObserver), so nothing here depends on the machine's speed.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readChunkMap } from '../../src/cli/bench/_start-assets';
import { ARTICLES, expect, test } from './helpers';

const AFTER_FIRST_SCREEN = [
	'src/lib/components/UpdatePrompt.svelte',
	'src/lib/components/Notices.svelte',
	'src/routes/article/ArticleExport.svelte',
	'src/lib/components/DeleteArticle.svelte'
];

/** Build-relative chunk file → the deferred modules it holds. */
function deferredChunks(): Map<string, string[]> {
	const chunks = readChunkMap(join(import.meta.dirname, '../..'));
	expect(chunks, 'the build writes .vite/chunk-modules.json').toBeDefined();
	const found = new Map<string, string[]>();
	for (const [file, { modules }] of Object.entries(chunks!)) {
		const held = [...new Set(modules)].filter((m) => AFTER_FIRST_SCREEN.includes(m));
		if (held.length > 0) found.set(file, held);
	}
	// Without this, a renamed module would make the checks below pass on nothing.
	expect([...found.values()].flat().sort()).toEqual([...AFTER_FIRST_SCREEN].sort());
	return found;
}

/** Notes when the first element matching `selector` entered the page. */
async function watchFirst(page: Page, selector: string): Promise<void> {
	await page.addInitScript((selector) => {
		const w = window as unknown as { __firstAt?: number };
		new MutationObserver((_, observer) => {
			if (w.__firstAt === undefined && document.querySelector(selector)) {
				w.__firstAt = performance.now();
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	}, selector);
}

/** The deferred modules whose code was requested before the first screen, and all requested. */
async function requested(page: Page, chunks: Map<string, string[]>) {
	const { firstAt, entries } = await page.evaluate(() => ({
		firstAt: (window as unknown as { __firstAt?: number }).__firstAt,
		entries: performance
			.getEntriesByType('resource')
			.map((e) => ({ url: new URL(e.name).pathname.slice(1), start: e.startTime }))
	}));
	expect(firstAt, 'the first screen was rendered').toBeDefined();
	const early: string[] = [];
	const all: string[] = [];
	for (const { url, start } of entries) {
		const held = chunks.get(url) ?? [];
		all.push(...held);
		if (start < firstAt!) early.push(...held);
	}
	return { early, all };
}

test('a first visit to an article requests what reading does not need only after its text', async ({
	page
}) => {
	const chunks = deferredChunks();
	await watchFirst(page, '[data-testid="row"]');
	await page.goto(`/article?id=${ARTICLES.withdrawal.id}`);
	await expect(page.getByTestId('row').first()).toBeVisible();
	// What was deferred still comes, after the text: the export panel, the delete button, the
	// update prompt.
	await expect
		.poll(async () => (await requested(page, chunks)).all)
		.toEqual(
			expect.arrayContaining([
				'src/lib/components/UpdatePrompt.svelte',
				'src/routes/article/ArticleExport.svelte',
				'src/lib/components/DeleteArticle.svelte'
			])
		);
	await expect(page.getByTestId('export')).toBeAttached();
	expect((await requested(page, chunks)).early).toEqual([]);
});

test('a first visit to the library requests the update prompt and notices after the list', async ({
	page
}) => {
	// The library lists a delete button on every article: only the app-wide code is deferred there.
	const chunks = new Map(
		[...deferredChunks()].filter(
			([, held]) => !held.includes('src/lib/components/DeleteArticle.svelte')
		)
	);
	await watchFirst(page, '[data-testid="library-item"]');
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	await expect
		.poll(async () => (await requested(page, chunks)).all)
		.toEqual(expect.arrayContaining(['src/lib/components/UpdatePrompt.svelte']));
	expect((await requested(page, chunks)).early).toEqual([]);
});

test('a later visit, served by the service worker, does not fetch the bundled library again', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	await page.evaluate(async () => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
	await page.goto(`/article?id=${ARTICLES.withdrawal.id}`);
	await expect(page.getByTestId('row').first()).toBeVisible();
	const fetched = await page.evaluate(() =>
		performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
	);
	// Not even preloaded (an unused preload also earns a console warning).
	expect(fetched).not.toContain('/corpus/library.json');
	expect(fetched.length, 'the page fetched its code').toBeGreaterThan(0);
});
