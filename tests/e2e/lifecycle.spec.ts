/**
 * Lifecycle: two tabs opened at once share the start-up work instead of doing it twice; an
 * article deleted from the library or from its page is gone, with an "Undo" that puts back every
 * record; other articles are never touched.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
	ARTICLES,
	dumpDb,
	editorBar,
	expect,
	openEditor,
	openArticle,
	openLibrary,
	recordsOf,
	startupDone,
	test,
	withoutArticle
} from './helpers';

test('two tabs opened at once seed the library once and align each article once', async ({
	context
}) => {
	// Without the pre-aligned data, so that aligning is start-up work too.
	await context.route('**/corpus/*/prepared.json', (route) => route.fulfill({ status: 404 }));
	await context.route('**/corpus/library.json', (route) => route.fulfill({ status: 404 }));
	const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
	await Promise.all([a.goto('/'), b.goto('/')]);
	await Promise.all([startupDone(a), startupDone(b)]);

	const work = (page: typeof a) =>
		page.evaluate(() => ({
			fetched: performance
				.getEntriesByName('triptych:seed-fetch')
				.map((m) => (m as PerformanceMark).detail as number),
			aligned: performance
				.getEntriesByName('triptych:align-article')
				.map((m) => (m as PerformanceMark).detail as string)
		}));
	const [wa, wb] = await Promise.all([work(a), work(b)]);
	// Both tabs checked the bundle; only one found anything to fetch and store.
	expect([...wa.fetched, ...wb.fetched].sort((x, y) => x - y)).toEqual([0, 15]);
	// Every article aligned exactly once, by one tab or the other.
	const aligned = [...wa.aligned, ...wb.aligned].sort();
	expect(aligned).toEqual(
		Object.values(ARTICLES)
			.map((x) => x.id)
			.sort()
	);

	const dump = await dumpDb(a);
	expect(dump.articles).toHaveLength(5);
	expect(dump.renderings).toHaveLength(15);
	expect(dump.alignments).toHaveLength(5);
	for (const page of [a, b]) await expect(page.getByTestId('library-item')).toHaveCount(5);
});

test('delete from the library: asked first, gone, "Undo" restores it exactly, the others untouched', async ({
	page
}) => {
	await openLibrary(page);
	await startupDone(page);
	const { id, title } = ARTICLES.praise;
	const before = await dumpDb(page);
	const item = page.getByTestId('library-item').filter({ hasText: title });

	// Cancel changes nothing.
	await item.getByRole('button', { name: /^Delete article/ }).click();
	const dialog = page.getByRole('dialog', { name: `Delete “${title}”?` });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(violations.map((v) => v.id)).toEqual([]);
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByTestId('library-item')).toHaveCount(5);

	await item.getByRole('button', { name: /^Delete article/ }).click();
	await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(4);
	await expect(item).toHaveCount(0);
	const notice = page.getByTestId('notice');
	await expect(notice).toContainText('Article deleted.');
	// The pressed button is gone with the article: focus waits on "Undo".
	await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
	const after = await dumpDb(page);
	expect(Object.values(recordsOf(after, id)).flat()).toEqual([]);
	// Every other article's records exactly as they were (the device gains the "removed" mark).
	const others = (d: typeof before) => ({ ...withoutArticle(d, id), device: [] });
	expect(others(after)).toEqual(others(before));
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);

	await notice.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	await expect(notice).toContainText('The article is back.');
	expect(await dumpDb(page)).toEqual(before);
});

test('delete from the article page: back to the library, "Undo" brings the article back', async ({
	page
}) => {
	await openArticle(page, 'mission');
	await startupDone(page);
	const { id } = ARTICLES.mission;
	const before = await dumpDb(page);
	await page.getByRole('button', { name: /^Delete article/ }).click();
	const dialog = page.getByRole('dialog', { name: /^Delete “/ });
	await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await expect(page.getByTestId('library-item')).toHaveCount(4);
	const after = await dumpDb(page);
	expect(Object.values(recordsOf(after, id)).flat()).toEqual([]);
	expect({ ...withoutArticle(after, id), device: [] }).toEqual({
		...withoutArticle(before, id),
		device: []
	});

	await page.getByTestId('notice').getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	expect(recordsOf(await dumpDb(page), id)).toEqual(recordsOf(before, id));
	await page
		.getByTestId('library-list')
		.getByRole('link', { name: ARTICLES.mission.title })
		.click();
	await expect(page.getByTestId('translator-mode')).toBeEnabled();
});

/**
 * Makes the next `n` alignment jobs' worker die (as on out-of-memory): `window.__alignerCrashes`
 * counts down; later jobs run normally.
 */
async function crashAligner(page: Page, n: number): Promise<void> {
	await page.addInitScript((count) => {
		const w = window as unknown as { __alignerCrashes: number };
		w.__alignerCrashes = count;
		const Real = window.Worker;
		window.Worker = class extends Real {
			#aligner: boolean;
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				this.#aligner = String(url).includes('align');
			}
			override postMessage(
				message: unknown,
				options?: Transferable[] | StructuredSerializeOptions
			): void {
				if (this.#aligner && w.__alignerCrashes > 0) {
					w.__alignerCrashes--;
					setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'Crashed' })));
					return;
				}
				super.postMessage(message, options as StructuredSerializeOptions);
			}
		};
	}, n);
}

test('the aligner crashes: the article says so instead of waiting for ever, and "Try again" aligns it', async ({
	page
}) => {
	await crashAligner(page, 1);
	// Without the pre-aligned data the device aligns the bundled library itself.
	await page.route('**/corpus/*/prepared.json', (route) => route.fulfill({ status: 404 }));
	await page.route('**/corpus/library.json', (route) => route.fulfill({ status: 404 }));
	// The library aligns articles in id order: the first one is the one whose worker crashed.
	await page.goto(`/article?id=${ARTICLES.troops.id}`);
	const stopped = page.getByTestId('align-stopped');
	await expect(stopped).toContainText('Aligning stopped unexpectedly.');
	// Said once, where the retry is, not again in the page's header.
	await expect(page.getByRole('alert').filter({ hasText: 'Aligning stopped' })).toHaveCount(1);
	await expect(page.getByTestId('translator-mode')).toBeDisabled();
	await stopped.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByTestId('translator-mode')).toBeEnabled();
	await expect(stopped).toHaveCount(0);
	// The other articles were aligned in the background all the same.
	await startupDone(page);
	expect((await dumpDb(page)).alignments).toHaveLength(5);
	// Nothing is left unaligned, so the library does not warn about it either.
	await page.getByRole('link', { name: 'Library' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: 'Aligning stopped' })).toHaveCount(0);
});

test('the aligner crashes during "Re-align the rest": the translator is told and can try again', async ({
	page
}) => {
	await crashAligner(page, 0);
	await openEditor(page);
	await startupDone(page);
	await page.evaluate(
		() => ((window as unknown as { __alignerCrashes: number }).__alignerCrashes = 1)
	);
	await editorBar(page).getByRole('button', { name: 'Re-align the rest' }).click();
	const failed = page.getByTestId('realign-error');
	await expect(failed).toContainText('Aligning stopped unexpectedly.');
	await expect(editorBar(page).getByRole('button', { name: 'Re-align the rest' })).toBeEnabled();
	await failed.getByRole('button', { name: 'Try again' }).click();
	await expect(failed).toHaveCount(0);
	await expect(page.getByTestId('translator-mode')).toBeEnabled();
});
