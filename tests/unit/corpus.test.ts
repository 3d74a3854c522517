/**
 * The bundled library ships pre-parsed and pre-aligned (static/corpus/<id>/prepared.json, built
 * by scripts/build-corpus.ts). The committed files must be exactly what the core computes now,
 * and seeding stores their rows only where they fit what was stored.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../scripts/build-corpus';
import { checkRows } from '../../src/lib/core/edit';
import { LANGS, type Lang } from '../../src/lib/core/types';
import {
	fetchLibraryBundle,
	fetchPrepared,
	manifestEntries,
	storePreparedAlignments,
	type BundleManifest,
	type PreparedArticle
} from '../../src/lib/db/bundle';
import { isAlignmentCurrent } from '../../src/lib/db/library';
import { seedLibrary } from '../../src/lib/db/seed';
import { CORPUS_DIR, readBundle, readManifest } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const manifest = readManifest();
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const ids = new Set(manifest.articles.map((a) => a.id));

/** A fetch over static/corpus on disk, with optional replacements by file name. */
function diskFetch(
	replace: Record<string, string | null> = {},
	served: string[] = []
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

async function preparedFromDisk(): Promise<PreparedArticle[]> {
	return fetchPrepared(manifest, ids, diskFetch());
}

describe('the pre-aligned bundled library', () => {
	it('is exactly what the core computes now (if not: npm run corpus)', () => {
		const built = buildCorpus();
		expect(readFileSync(join(CORPUS_DIR, 'manifest.json'), 'utf8')).toBe(built.manifest);
		expect([...built.prepared.keys()]).toEqual([...ids]);
		for (const [id, text] of built.prepared) {
			expect(readFileSync(join(CORPUS_DIR, id, 'prepared.json'), 'utf8'), id).toBe(text);
		}
		expect(readFileSync(join(CORPUS_DIR, 'library.json'), 'utf8')).toBe(built.library);
	});

	it('ships in one file the same entries, bytes and prepared data as the separate files', async () => {
		const library = await fetchLibraryBundle(diskFetch());
		expect(library?.entries).toEqual(manifestEntries(manifest));
		// Every text is carried in the file: no file is fetched by itself.
		const served: string[] = [];
		await fetchLibraryBundle(diskFetch({}, served));
		expect(served).toEqual(['library.json']);
		const sorted = <T extends { articleId: string; lang: string }>(xs: T[]) =>
			[...xs].sort((a, b) => `${a.articleId}/${a.lang}`.localeCompare(`${b.articleId}/${b.lang}`));
		expect(sorted(library!.files)).toEqual(sorted(readBundle()));
		expect(library?.prepared).toEqual(await preparedFromDisk());
	});

	it('holds every sentence of every rendering once, in order, in its rows', async () => {
		const prepared = await preparedFromDisk();
		expect(prepared).toHaveLength(5);
		for (const p of prepared) {
			const sentenceIds = Object.fromEntries(
				LANGS.map((l) => [l, p.renderings[l]?.sentences.map((s) => s.id) ?? []])
			) as Record<Lang, string[]>;
			expect(checkRows(p.rows, sentenceIds), p.articleId).toEqual([]);
			expect(p.rows.length).toBeGreaterThan(5);
		}
	});

	it('seeding stores the prepared rows as current alignments, once', async () => {
		const db = freshDb();
		const prepared = await preparedFromDisk();
		await seedLibrary(db, readBundle(), 1000);
		expect((await storePreparedAlignments(db, prepared, 1000)).sort()).toEqual([...ids].sort());
		for (const p of prepared) {
			const alignment = await db.alignments.get(p.articleId);
			const renderings = await db.renderings.where('articleId').equals(p.articleId).toArray();
			expect(alignment?.rows).toEqual(p.rows);
			expect(isAlignmentCurrent(alignment!, renderings)).toBe(true);
		}
		const before = await db.alignments.toArray();
		expect(await storePreparedAlignments(db, prepared, 2000)).toEqual([]);
		expect(await db.alignments.toArray()).toEqual(before);
	});

	it('never overwrites an alignment, nor aligns a rendering the user changed', async () => {
		const db = freshDb();
		const prepared = await preparedFromDisk();
		await seedLibrary(db, readBundle(), 1000);
		const [first, second] = prepared;
		const mine = {
			articleId: first.articleId,
			rows: [],
			orphanNotes: [],
			basis: {},
			updatedAt: 5,
			rev: 3
		};
		await db.alignments.put(mine);
		await db.renderings.update(`${second.articleId}:hy`, { userModified: true });
		const stored = await storePreparedAlignments(db, prepared, 2000);
		expect(stored).not.toContain(first.articleId);
		expect(stored).not.toContain(second.articleId);
		expect(stored).toHaveLength(3);
		expect(await db.alignments.get(first.articleId)).toEqual(mine);
		expect(await db.alignments.get(second.articleId)).toBeUndefined();
	});

	it('leaves out prepared data that is missing, damaged, stale or of another format', async () => {
		const [a, b, c, d, e] = manifest.articles;
		const text = (id: string) => readFileSync(join(CORPUS_DIR, id, 'prepared.json'), 'utf8');
		const otherFormat = JSON.stringify({ ...JSON.parse(text(c.id)), format: 99 });
		const fetcher = diskFetch({
			[`${a.id}/prepared.json`]: null,
			[`${b.id}/prepared.json`]: text(b.id).replace('"rows":[', '"rows":[ '),
			[`${c.id}/prepared.json`]: otherFormat
		});
		const changed: BundleManifest = {
			...manifest,
			articles: manifest.articles.map((x) => {
				// c: intact file (its hash matches) of an unknown format.
				if (x.id === c.id) return { ...x, prepared: { ...x.prepared!, sha256: sha(otherFormat) } };
				// d: a newer English text than the one the rows were computed from.
				if (x.id === d.id)
					return {
						...x,
						renderings: x.renderings.map((r, i) => (i ? r : { ...r, sha256: sha('new') }))
					};
				return x;
			})
		};
		expect((await fetchPrepared(changed, ids, fetcher)).map((p) => p.articleId)).toEqual([e.id]);
		// Only the articles asked for; none without a prepared entry.
		expect(
			(await fetchPrepared(manifest, new Set([e.id]), diskFetch())).map((p) => p.articleId)
		).toEqual([e.id]);
		const unprepared = {
			...manifest,
			articles: manifest.articles.map((x) => ({ ...x, prepared: undefined }))
		};
		expect(await fetchPrepared(unprepared, ids, diskFetch())).toEqual([]);
	});
});
