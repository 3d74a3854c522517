/**
 * A library much larger than a screen (135 articles): the list shows a page at a time and
 * "Show N more" adds the next one, moving focus to its first article; search still looks
 * through every article, listed or not, completely from the first search after a restore, and
 * what it keeps on the device follows deletions at once.
 */
import { createHash } from 'node:crypto';
import { createBackup } from '../../src/lib/core/backup';
import { buildRendering } from '../../src/lib/core/rendering';
import type { Page } from '@playwright/test';
import { expect, goTo, openLibrary, test } from './helpers';

const EXTRA = 130;

/** A backup of `count` one-language English articles, each with a word of its own. */
function backupOf(count: number): Buffer {
	const now = Date.UTC(2025, 0, 1);
	const articles = [];
	const renderings = [];
	for (let k = 1; k <= count; k++) {
		const id = `many-${k}`;
		const text = `Report number ${k} on the harbour\n\nThe harbour of town ${k} reopened; its codeword is zebra${k}quill.\n`;
		articles.push({ id, origin: 'import' as const, createdAt: now + k, updatedAt: now + k });
		renderings.push(
			buildRendering({
				articleId: id,
				lang: 'en',
				text,
				encoding: 'utf-8',
				sha256: createHash('sha256').update(text).digest('hex'),
				provenance: { kind: 'import', source: 'tests' },
				now
			})
		);
	}
	const snap = {
		articles,
		renderings,
		alignments: [],
		revisions: [],
		bundledOffers: [],
		reports: [],
		settings: []
	};
	return Buffer.from(createBackup(snap, { createdAt: new Date(now).toISOString() }));
}

/**
 * Restores `EXTRA` more articles into the bundled library, through Settings: reached from the
 * library in the app, or (`fresh`) loaded by its address, so no search has run on the page.
 */
async function restoreMany(page: Page, { fresh = false } = {}): Promise<void> {
	await openLibrary(page);
	if (fresh) {
		await page.goto('/settings');
		await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	} else await goTo(page, 'Settings');
	await page.getByLabel('Backup file').setInputFiles({
		name: 'many.json',
		mimeType: 'application/json',
		buffer: backupOf(EXTRA)
	});
	await page.getByRole('radio', { name: /^Merge/ }).check();
	await page.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('status')).toHaveText(`Restored ${EXTRA} articles from the backup.`);
}

/** The texts search keeps on the device (its cache database), one JSON string per article. */
function kept(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('triptych-search');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('records')) {
						db.close();
						return resolve([]);
					}
					const all = db.transaction('records').objectStore('records').getAll();
					all.onsuccess = () => {
						resolve(all.result.map((r) => JSON.stringify(r.record.langs)));
						db.close();
					};
				};
			})
	);
}

test('a large library is listed a page at a time; search finds articles not listed yet', async ({
	page
}) => {
	await restoreMany(page);
	await goTo(page, 'Library');
	const items = page.getByTestId('library-item');
	await expect(items).toHaveCount(60);
	await page.getByRole('button', { name: 'Show 60 more articles' }).click();
	await expect(items).toHaveCount(120);
	// Focus goes to the first article just shown, so the keyboard carries on from there.
	await expect(items.nth(60).getByRole('link')).toBeFocused();
	await page.getByRole('button', { name: 'Show 15 more articles' }).click();
	await expect(items).toHaveCount(EXTRA + 5);
	await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);

	// Search looks through every article, whatever the list shows.
	await page.reload();
	await expect(items).toHaveCount(60);
	const titles = await items.getByRole('link').allTextContents();
	const hidden = Array.from({ length: EXTRA }, (_, k) => k + 1).find(
		(k) => !titles.includes(`Report number ${k} on the harbour`)
	)!;
	await page.getByLabel('Search all three languages').fill(`zebra${hidden}quill`);
	const hits = page.getByTestId('search-results').getByRole('listitem');
	await expect(hits).toHaveCount(1);
	await hits.getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		`Report number ${hidden} on the harbour`
	);
});

test('on a later visit search answers from what it kept, and never finds a deleted article', async ({
	page
}) => {
	await restoreMany(page);
	await goTo(page, 'Library');
	const search = page.getByLabel('Search all three languages');
	const hits = page.getByTestId('search-results').getByRole('listitem');
	const count = page.getByTestId('library-search-count');
	// Wait for the whole library to be indexed (no "still indexing" note).
	await search.fill('zebra1quill');
	await expect(hits).toHaveCount(1);
	await expect(page.getByTestId('search-indexing')).toHaveCount(0);

	// Delete the article from the library list, then search for its word.
	const title = 'Report number 1 on the harbour';
	const item = page.getByTestId('library-item').filter({ hasText: title });
	await item.getByRole('button', { name: /^Delete article/ }).click();
	await page
		.getByRole('dialog', { name: `Delete “${title}”?` })
		.getByRole('button', { name: 'Delete', exact: true })
		.click();
	await expect(item).toHaveCount(0);
	await search.fill('zebra1quil');
	await expect(count).toHaveText('0 matching sentences');
	await expect(page.getByTestId('search-indexing')).toHaveCount(0);

	// A later visit: the deleted article stays out, the others are all found.
	for (let visit = 0; visit < 2; visit++) {
		await page.reload();
		await search.fill('zebra1quill');
		await expect(count).toHaveText('0 matching sentences');
		await expect(page.getByTestId('search-indexing')).toHaveCount(0);
		await search.fill('quill');
		await expect(count).toHaveText('50 matching sentences');
		await search.fill('zebra12');
		await expect(hits).toHaveCount(11); // zebra12quill and zebra120…zebra129quill
		await expect(page.getByTestId('search-indexing')).toHaveCount(0);
	}
	// What search keeps on the device for the next visit holds every article but the deleted one.
	await expect.poll(async () => (await kept(page)).length).toBe(5 + EXTRA - 1);
	expect((await kept(page)).filter((text) => text.includes('zebra1quill'))).toEqual([]);
	expect((await kept(page)).filter((text) => text.includes('zebra2quill'))).toHaveLength(1);
});

test('right after a restore, search lists the complete result at once, from what the restore kept', async ({
	page
}) => {
	// Settings opened by its address: no search worker has read the library on this page.
	await restoreMany(page, { fresh: true });
	// The restore kept every restored article's search text before it said it was done.
	const texts = await kept(page);
	for (const k of [1, 65, EXTRA]) {
		expect(texts.filter((text) => text.includes(`zebra${k}quill`)).length, `zebra${k}quill`).toBe(
			1
		);
	}

	// From the first answer on, the results are complete: never "still indexing".
	await page.evaluate(() => {
		const w = window as unknown as { indexingShown: boolean };
		w.indexingShown = false;
		new MutationObserver(() => {
			if (document.querySelector('[data-testid="search-indexing"]')) w.indexingShown = true;
		}).observe(document.body, { childList: true, subtree: true });
	});
	await goTo(page, 'Library');
	const search = page.getByLabel('Search all three languages');
	const hits = page.getByTestId('search-results').getByRole('listitem');
	await search.fill('zebra13');
	await expect(hits).toHaveCount(2); // zebra13quill and zebra130quill
	await search.fill('ZEBRA7QUILL');
	await expect(hits).toHaveCount(1);
	await expect(hits.getByRole('link')).toContainText('zebra7quill');
	expect(
		await page.evaluate(() => (window as unknown as { indexingShown: boolean }).indexingShown)
	).toBe(false);
});

test('deleting an article drops its text from what search keeps, at once', async ({ page }) => {
	await restoreMany(page, { fresh: true });
	expect((await kept(page)).filter((text) => text.includes('zebra9quill'))).toHaveLength(1);
	// From the article's own page, the library's search never having run on this page load.
	await page.goto(`/article?id=many-9`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		'Report number 9 on the harbour'
	);
	await page.getByRole('button', { name: /^Delete article/ }).click();
	await page
		.getByRole('dialog', { name: /^Delete “/ })
		.getByRole('button', { name: 'Delete', exact: true })
		.click();
	await expect(page.getByTestId('notice')).toContainText('Article deleted.');
	const texts = await kept(page);
	expect(texts.filter((text) => text.includes('zebra9quill'))).toEqual([]);
	expect(texts.filter((text) => text.includes('zebra8quill'))).toHaveLength(1);
});

test('what search keeps of an article the library no longer has goes on the next visit', async ({
	page
}) => {
	await restoreMany(page, { fresh: true });
	await goTo(page, 'Library');
	const search = page.getByLabel('Search all three languages');
	await search.fill('zebra1quill');
	await expect(page.getByTestId('search-results').getByRole('listitem')).toHaveCount(1);
	await expect(page.getByTestId('search-indexing')).toHaveCount(0);
	// An article deleted where search was not told (as sync may, in a page without search).
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('triptych-search');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('records', 'readwrite');
					tx.objectStore('records').put({
						articleId: 'ghost',
						stamp: '1',
						record: { format: 1, langs: { en: { text: 'ghostword' } } }
					});
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	expect((await kept(page)).filter((text) => text.includes('ghostword'))).toHaveLength(1);
	await page.goto('/');
	await search.fill('ghostword');
	await expect(page.getByTestId('library-search-count')).toHaveText('0 matching sentences');
	await expect(page.getByTestId('search-indexing')).toHaveCount(0);
	await expect
		.poll(async () => (await kept(page)).filter((t) => t.includes('ghostword')))
		.toEqual([]);
	expect(await kept(page)).toHaveLength(5 + EXTRA);
});
