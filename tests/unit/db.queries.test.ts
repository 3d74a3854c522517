import { describe, expect, it } from 'vitest';
import type { Alignment } from '../../src/lib/core/types';
import {
	getArticle,
	listIncomplete,
	saveAlignmentUnlessChanged,
	seedLibrary
} from '../../src/lib/db/library';
import { readBundle } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const bundle = readBundle();

function alignmentOf(articleId: string, updatedAt: number): Alignment {
	return { articleId, rows: [], orphanNotes: [], basis: {}, updatedAt };
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
		const next = alignmentOf(id, 9);
		expect(await saveAlignmentUnlessChanged(db, next, old)).toEqual(next);
		expect((await db.alignments.get(id))?.updatedAt).toBe(9);
		expect((await db.articles.get(id))?.updatedAt).toBe(9);
	});

	it('keeps newer work saved meanwhile and returns it', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		const id = bundle[0].articleId;
		const old = alignmentOf(id, 5);
		const translators = alignmentOf(id, 7);
		await db.alignments.put(translators);
		expect(await saveAlignmentUnlessChanged(db, alignmentOf(id, 9), old)).toEqual(translators);
		expect((await db.alignments.get(id))?.updatedAt).toBe(7);
	});
});
