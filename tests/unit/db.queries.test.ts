import { describe, expect, it } from 'vitest';
import type { StoredAlignment } from '../../src/lib/db/schema';
import { getArticle, listIncomplete, saveAlignmentUnlessChanged } from '../../src/lib/db/library';
import { seedLibrary } from '../../src/lib/db/seed';
import { readBundle } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const bundle = readBundle();

function alignmentOf(articleId: string, updatedAt: number, rev = 1): StoredAlignment {
	return { articleId, rows: [], orphanNotes: [], basis: {}, updatedAt, rev };
}

describe('articles missing a language (import targets)', () => {
	it('lists only articles lacking a rendering, with the titles they have', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		expect(await listIncomplete(db)).toEqual([]);
		const id = bundle[0].articleId;
		await db.renderings.delete(`${id}:ru`);
		const incomplete = await listIncomplete(db);
		expect(incomplete.map((a) => a.id)).toEqual([id]);
		expect(incomplete[0].langs).toEqual(['en', 'hy']);
		const stored = await getArticle(db, id);
		expect(incomplete[0].titles.en).toEqual(stored?.renderings.en?.title);
		expect(incomplete[0].titles.ru).toBeUndefined();
	});
});

describe('saving a computed alignment', () => {
	it('saves over the alignment it was computed from', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		const id = bundle[0].articleId;
		const old = alignmentOf(id, 5);
		await db.alignments.put(old);
		const next = alignmentOf(id, 9, 2);
		expect(await saveAlignmentUnlessChanged(db, next, old)).toEqual(next);
		expect((await db.alignments.get(id))?.rev).toBe(2);
		expect((await db.alignments.get(id))?.updatedAt).toBe(9);
		// Seeded at 1000: the article's version moves on, never back to the alignment's 9.
		expect((await db.articles.get(id))?.updatedAt).toBe(1001);
	});

	it('keeps newer work saved meanwhile and returns it', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		const id = bundle[0].articleId;
		const old = alignmentOf(id, 5);
		const translators = alignmentOf(id, 7, 2);
		await db.alignments.put(translators);
		expect(await saveAlignmentUnlessChanged(db, alignmentOf(id, 9), old)).toEqual(translators);
		expect((await db.alignments.get(id))?.updatedAt).toBe(7);
	});

	it('keeps the library summary in step with the saved rows', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		const id = bundle[0].articleId;
		expect((await db.summaries.get(id))?.aligned).toBe(false);
		const stored = await getArticle(db, id);
		const basis = Object.fromEntries(
			Object.values(stored!.renderings).map((r) => [r!.lang, r!.version])
		);
		const row = {
			id: 'r1',
			cells: { en: [], hy: [], ru: [] },
			status: 'confirmed' as const,
			score: 1,
			flagged: true,
			review: false,
			missing: [],
			notes: []
		};
		await saveAlignmentUnlessChanged(db, { ...alignmentOf(id, 9), basis, rows: [row] }, undefined);
		const summary = await db.summaries.get(id);
		expect(summary).toMatchObject({ aligned: true, rows: 1, confirmed: 1, flagged: 1 });
	});
});
