/**
 * A library much larger than a screen (135 articles): the list shows a page at a time and
 * "Show N more" adds the next one, moving focus to its first article; search still looks
 * through every article, listed or not.
 */
import { createHash } from 'node:crypto';
import { createBackup } from '../../src/lib/core/backup';
import { buildRendering } from '../../src/lib/core/rendering';
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

test('a large library is listed a page at a time; search finds articles not listed yet', async ({
	page
}) => {
	await openLibrary(page);
	await goTo(page, 'Settings');
	await page.getByLabel('Backup file').setInputFiles({
		name: 'many.json',
		mimeType: 'application/json',
		buffer: backupOf(EXTRA)
	});
	await page.getByRole('radio', { name: /^Merge/ }).check();
	await page.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('status')).toHaveText(`Restored ${EXTRA} articles from the backup.`);

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
