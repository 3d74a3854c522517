import { createHash } from 'node:crypto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/lib/core/summary';
import type { Alignment, Article, Rendering } from '../../src/lib/core/types';
import { createBackup } from '../../src/lib/core/backup';
import { restoreBackup, snapshotLibrary } from '../../src/lib/db/backup';
import { getArticle, listLibrary } from '../../src/lib/db/library';
import { TriptychDB } from '../../src/lib/db/schema';
import { readV1Fixture, v1Database } from '../helpers/db-v1';

const fixture = readV1Fixture();
const v1 = fixture.tables as unknown as {
	articles: Article[];
	renderings: Rendering[];
	alignments: Alignment[];
	revisions: Array<{ id: string }>;
	offers: unknown[];
	settings: Array<{ key: string; value: unknown }>;
};
const CSTO = '002_8b8535d9ee745d2b';
describe('upgrading a real version-1 database to version 3 (through 2)', () => {
	it('keeps every article, rendering, original, row, note, revision and setting', async () => {
		const db = new TriptychDB(await v1Database(fixture), { indexedDB, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(3);
		expect(db.backendDB().version).toBe(30);
		expect(await db.reports.count()).toBe(0);
		expect(db.tables.map((t) => t.name)).not.toContain('settings');

		expect(await db.articles.toArray()).toEqual(v1.articles);
		for (const article of v1.articles) {
			const data = await getArticle(db, article.id);
			const expected = v1.renderings.filter((r) => r.articleId === article.id);
			expect(Object.values(data!.renderings)).toHaveLength(expected.length);
			for (const r of expected) expect(data!.renderings[r.lang]).toEqual(r);
			const alignment = v1.alignments.find((a) => a.articleId === article.id);
			expect(data!.alignment).toEqual(alignment && { ...alignment, rev: 1 });
		}
		// The parsed renderings no longer carry the text; the originals table does.
		expect(Object.keys((await db.renderings.toArray())[0])).not.toContain('original');
		expect(await db.originals.count()).toBe(v1.renderings.length);

		// windows-1251 bytes come back byte-exact and still hash to the stored sha256.
		const ru = v1.renderings.find((r) => r.encoding === 'windows-1251')!;
		const stored = await db.originals.get(ru.id);
		expect(stored?.originalBytes).toEqual(ru.originalBytes);
		expect(createHash('sha256').update(stored!.originalBytes!).digest('hex')).toBe(ru.sha256);

		expect(await db.revisions.toArray()).toEqual(v1.revisions);
		expect(await db.device.toArray()).toEqual(v1.settings);
		expect(await db.offers.toArray()).toEqual(v1.offers);
		db.close();
	});

	it('builds the summaries the library list reads, as version 1 listed it', async () => {
		const db = new TriptychDB(await v1Database(fixture), { indexedDB, IDBKeyRange });
		const list = await listLibrary(db);
		expect(list.map((e) => e.article.id)).toEqual(v1.articles.map((a) => a.id).sort());
		for (const article of v1.articles) {
			const summary = await db.summaries.get(article.id);
			const renderings = v1.renderings.filter((r) => r.articleId === article.id);
			const alignment = v1.alignments.find((a) => a.articleId === article.id);
			expect(summary).toEqual(summarize(article, renderings, alignment));
		}
		const csto = list.find((e) => e.article.id === CSTO)!;
		expect(csto).toMatchObject({ langs: ['en', 'hy', 'ru'], confirmed: 1, aligned: true });
		expect((await db.summaries.get(CSTO))?.notes).toBe(1);
		expect((await db.summaries.get(CSTO))?.flagged).toBe(1);
		db.close();
	});

	it('backs up the upgraded library in the same file as version 1, and restores it', async () => {
		const db = new TriptychDB(await v1Database(fixture), { indexedDB, IDBKeyRange });
		const createdAt = '2026-12-01T00:00:00.000Z';
		const before = createBackup(
			{
				articles: v1.articles,
				renderings: v1.renderings,
				alignments: v1.alignments,
				revisions: v1.revisions as never,
				bundledOffers: v1.offers as never,
				settings: v1.settings,
				reports: []
			},
			{ createdAt }
		);
		expect(createBackup(await snapshotLibrary(db), { createdAt })).toBe(before);
		await restoreBackup(db, before, 'replace');
		expect(createBackup(await snapshotLibrary(db), { createdAt })).toBe(before);
		expect((await db.alignments.get(CSTO))?.rev).toBe(2);
		expect(await db.summaries.count()).toBe(v1.articles.length);
		db.close();
	});
});
