import { describe, expect, it } from 'vitest';
import { getArticle, listLibrary } from '../../src/lib/db/library';
import { seedLibrary } from '../../src/lib/db/seed';
import { deleteArticle } from '../../src/lib/db/library-writes';
import { readBundle } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const bundle = readBundle();

describe('seeding the bundled library', () => {
	it('stores the five articles with all three renderings, byte-exact', async () => {
		const db = freshDb();
		const report = await seedLibrary(db, bundle, 1000);
		expect(report.added).toHaveLength(15);
		const library = await listLibrary(db);
		expect(library.map((e) => e.langs)).toEqual(Array(5).fill(['en', 'hy', 'ru']));
		const csto = library.find((e) => e.titles.en?.text.startsWith('Russia-Led CSTO'));
		expect(csto?.titles.en?.text).toBe('Russia-Led CSTO Troops Begin Withdrawal From Kazakhstan');
		const article = await getArticle(db, csto!.article.id);
		const en = bundle.find((f) => f.articleId === csto!.article.id && f.lang === 'en')!;
		expect(new TextEncoder().encode(article!.renderings.en!.original)).toEqual(en.bytes);
	});

	it('is idempotent: seeding again duplicates nothing and changes nothing', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		const before = await db.renderings.toArray();
		const again = await seedLibrary(db, bundle, 2000);
		expect(again.added).toEqual([]);
		expect(again.unchanged).toHaveLength(15);
		expect(await db.articles.count()).toBe(5);
		expect(await db.renderings.toArray()).toEqual(before);
	});

	it('never overwrites a rendering; a newer bundled version is offered instead', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		const target = bundle[1];
		const id = `${target.articleId}:${target.lang}`;
		await db.renderings.update(id, { userModified: true });
		const before = await db.renderings.get(id);
		const newer = bundle.map((f) =>
			f === target
				? { ...f, bytes: new Uint8Array([...f.bytes, ...new TextEncoder().encode('\n\nAdded.')]) }
				: f
		);
		const report = await seedLibrary(db, newer, 3000);
		expect(report.offered).toEqual([id]);
		expect(await db.renderings.get(id)).toEqual(before);
		const offer = await db.offers.get(id);
		expect(offer?.text.endsWith('Added.')).toBe(true);
		// Offering is idempotent too.
		await seedLibrary(db, newer, 4000);
		expect(await db.offers.count()).toBe(1);
	});

	it('does not bring back a bundled article the user deleted', async () => {
		const db = freshDb();
		await seedLibrary(db, bundle, 1000);
		await deleteArticle(db, bundle[0].articleId);
		await seedLibrary(db, bundle, 2000);
		expect(await db.articles.count()).toBe(4);
		expect(await db.articles.get(bundle[0].articleId)).toBeUndefined();
	});
});
