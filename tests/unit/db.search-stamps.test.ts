/**
 * The library search worker re-reads an article when its stamp changes: every write that changes
 * what search shows (texts, rows and so counterparts) must change it — including the bundled
 * library's prepared rows, stored without touching the article record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchPrepared, storePreparedAlignments } from '../../src/lib/db/bundle';
import { articleStamps, searchSources } from '../../src/lib/db/library';
import { seedLibrary } from '../../src/lib/db/seed';
import { CORPUS_DIR, readBundle, readManifest } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const manifest = readManifest();
const ids = new Set(manifest.articles.map((a) => a.id));
const diskFetch = (async (url: string) =>
	new Response(
		readFileSync(join(CORPUS_DIR, String(url).replace(/^\/corpus\//, '')))
	)) as typeof fetch;

describe('search stamps', () => {
	it('change when the prepared rows arrive, so the counterparts are indexed', async () => {
		const db = freshDb();
		await seedLibrary(db, readBundle(), 1000);
		const before = new Map((await articleStamps(db)).map((s) => [s.id, s.stamp]));
		expect([...before.keys()].sort()).toEqual([...ids].sort());
		const [first] = await searchSources(db, [[...ids][0]]);
		expect(first.alignment).toBeUndefined();
		expect(first.renderings.map((r) => r.original.length > 0)).toEqual([true, true, true]);

		await storePreparedAlignments(db, await fetchPrepared(manifest, ids, diskFetch), 1000);
		const after = new Map((await articleStamps(db)).map((s) => [s.id, s.stamp]));
		for (const id of ids) expect(after.get(id), id).not.toBe(before.get(id));
		const [aligned] = await searchSources(db, [[...ids][0]]);
		expect(aligned.alignment?.rows.length).toBeGreaterThan(5);
	});
});
