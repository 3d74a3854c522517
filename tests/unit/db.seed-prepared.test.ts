/**
 * A first visit stores the bundled library from its build-time analysis (prepared.json) instead
 * of parsing and segmenting on the device: what it stores must be exactly what parsing would
 * have stored, and an analysis that does not belong to the bytes is never used.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../src/lib/core/types';
import { fetchPrepared, type BundledFile } from '../../src/lib/db/bundle';
import { articlesToAlign, getArticle, listLibrary } from '../../src/lib/db/library';
import { deleteArticle } from '../../src/lib/db/library-writes';
import { seedLibrary } from '../../src/lib/db/seed';
import { seedBundledLibrary } from '../../src/lib/db/seed';
import { refreshSummary, summaryTables } from '../../src/lib/db/schema';
import { CORPUS_DIR, readBundle, readManifest } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const manifest = readManifest();
const ids = new Set(manifest.articles.map((a) => a.id));

/** A fetch over static/corpus on disk that counts what it serves. */
function diskFetch(
	served: string[] = [],
	replace: Record<string, string | null> = {}
): typeof fetch {
	return (async (url: string) => {
		const file = String(url).replace(/^\/corpus\//, '');
		served.push(file);
		if (file in replace) {
			const body = replace[file];
			return body === null ? new Response('', { status: 404 }) : new Response(body);
		}
		return new Response(readFileSync(join(CORPUS_DIR, file)));
	}) as typeof fetch;
}

async function withAnalysis(): Promise<BundledFile[]> {
	const prepared = await fetchPrepared(manifest, ids, diskFetch());
	const byArticle = new Map(prepared.map((p) => [p.articleId, p.renderings]));
	return readBundle().map((f) => ({ ...f, prepared: byArticle.get(f.articleId)?.[f.lang] }));
}

describe('seeding from the build-time analysis', () => {
	it('stores exactly the renderings that parsing on the device stores', async () => {
		const parsed = freshDb();
		const prepared = freshDb();
		const files = await withAnalysis();
		expect(files.every((f) => f.prepared)).toBe(true);
		await seedLibrary(parsed, readBundle(), 1000);
		await seedLibrary(prepared, files, 1000);
		expect(await prepared.renderings.orderBy('id').toArray()).toEqual(
			await parsed.renderings.orderBy('id').toArray()
		);
		expect(await prepared.originals.orderBy('renderingId').toArray()).toEqual(
			await parsed.originals.orderBy('renderingId').toArray()
		);
		expect(await listLibrary(prepared)).toEqual(await listLibrary(parsed));
	});

	it('parses a file whose analysis belongs to other bytes', async () => {
		const db = freshDb();
		const files = await withAnalysis();
		const [first, second] = files;
		// The first file is given the second one's analysis: it must not be stored with it.
		const mixed = files.map((f) => (f === first ? { ...f, prepared: second.prepared } : f));
		await seedLibrary(db, mixed, 1000);
		const article = await getArticle(db, first.articleId);
		const stored = article?.renderings[first.lang as Lang];
		expect(stored?.sentences).toEqual(first.prepared?.sentences);
		expect(stored?.sentences).not.toEqual(second.prepared?.sentences);
	});

	it('seedBundledLibrary stores every article aligned from one file, then fetches nothing more', async () => {
		const db = freshDb();
		const served: string[] = [];
		await seedBundledLibrary(db, diskFetch(served));
		const library = await listLibrary(db);
		expect(library.map((e) => e.article.id).sort()).toEqual([...ids].sort());
		for (const id of ids)
			expect((await getArticle(db, id))?.alignment?.rows.length).toBeGreaterThan(5);
		expect(served).toEqual(['library.json']);
		// Each summary, written once in the seeding transaction, is what the tables give.
		const seeded = await db.summaries.orderBy('articleId').toArray();
		await db.transaction('rw', summaryTables(db), () =>
			Promise.all([...ids].map((id) => refreshSummary(db, id)))
		);
		expect(seeded).toEqual(await db.summaries.orderBy('articleId').toArray());
		expect(seeded.every((s) => s.aligned)).toBe(true);

		served.length = 0;
		await seedBundledLibrary(db, diskFetch(served));
		expect(served).toEqual(['manifest.json']);
	});

	it('without library.json, fetches the manifest, the files and their prepared data and stores the same', async () => {
		const now = vi.spyOn(Date, 'now').mockReturnValue(1000);
		const fromOne = freshDb();
		await seedBundledLibrary(fromOne, diskFetch());
		const fromMany = freshDb();
		const served: string[] = [];
		await seedBundledLibrary(fromMany, diskFetch(served, { 'library.json': null }));
		expect(served.filter((f) => f.endsWith('prepared.json'))).toHaveLength(ids.size);
		expect(served.filter((f) => f.endsWith('.txt'))).toHaveLength(15);
		const records = async (db: typeof fromOne) => ({
			renderings: await db.renderings.orderBy('id').toArray(),
			originals: await db.originals.orderBy('renderingId').toArray(),
			alignments: (await db.alignments.orderBy('articleId').toArray()).map((a) => a.rows)
		});
		expect(await records(fromOne)).toEqual(await records(fromMany));
		now.mockRestore();
	});

	it('stores the verbatim file when a text in library.json is not its bytes', async () => {
		const [first] = manifest.articles;
		const library = JSON.parse(readFileSync(join(CORPUS_DIR, 'library.json'), 'utf8')) as {
			articles: Array<{ renderings: Array<{ text?: string }> }>;
		};
		library.articles[0].renderings[0].text += ' (changed)';
		const db = freshDb();
		const served: string[] = [];
		await seedBundledLibrary(db, diskFetch(served, { 'library.json': JSON.stringify(library) }));
		const file = first.renderings[0].file;
		expect(served.sort()).toEqual([file, 'library.json'].sort());
		const bytes = readFileSync(join(CORPUS_DIR, file));
		const stored = await db.originals.get(`${first.id}:${first.renderings[0].lang}`);
		expect(stored?.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(stored?.original).toBe(bytes.toString('utf8'));
		expect((await getArticle(db, first.id))?.alignment?.rows.length).toBeGreaterThan(5);
	});

	it('after a deletion, reads the manifest instead of the one file', async () => {
		const db = freshDb();
		await seedBundledLibrary(db, diskFetch());
		await deleteArticle(db, [...ids][0]);
		const served: string[] = [];
		await seedBundledLibrary(db, diskFetch(served));
		expect(served[0]).toBe('manifest.json');
		expect((await listLibrary(db)).map((e) => e.article.id).sort()).toEqual(
			[...ids].slice(1).sort()
		);
	});

	it('leaves start-up nothing to align, unless the prepared rows are missing', async () => {
		const aligned = freshDb();
		await seedBundledLibrary(aligned, diskFetch());
		expect(await articlesToAlign(aligned)).toEqual([]);
		const unaligned = freshDb();
		await seedLibrary(unaligned, readBundle(), 1000);
		expect((await articlesToAlign(unaligned)).sort()).toEqual([...ids].sort());
	});
});
