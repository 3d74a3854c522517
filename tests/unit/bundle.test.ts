import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestEntries } from '../../src/lib/db/bundle';
import { bundleEntriesToSeed, seedLibrary } from '../../src/lib/db/seed';
import { CORPUS_DIR, readBundle, readManifest } from '../helpers/bundle';
import { freshDb } from '../helpers/db';

const entries = manifestEntries(readManifest());

describe('the bundled library', () => {
	it('lists every text of static/corpus with its true SHA-256 (run npm run corpus)', () => {
		const onDisk = readdirSync(CORPUS_DIR)
			.filter((d) => statSync(join(CORPUS_DIR, d)).isDirectory())
			.flatMap((d) =>
				readdirSync(join(CORPUS_DIR, d))
					.filter((f) => f.endsWith('.txt'))
					.map((f) => `${d}/${f}`)
			)
			.sort();
		expect(entries.map((e) => e.file).sort()).toEqual(onDisk);
		for (const e of entries) {
			const sha = createHash('sha256')
				.update(readFileSync(join(CORPUS_DIR, e.file)))
				.digest('hex');
			expect(e.sha256, e.file).toBe(sha);
		}
	});

	it('ships the English originals byte-exact, with all three languages for the five articles', () => {
		const articles = new Set(entries.map((e) => e.articleId));
		expect(articles.size).toBe(5);
		for (const id of articles) {
			expect(entries.filter((e) => e.articleId === id).map((e) => e.lang)).toEqual([
				'en',
				'hy',
				'ru'
			]);
		}
		const en = entries.filter((e) => e.lang === 'en');
		expect(en.every((e) => e.provenance.kind === 'original')).toBe(true);
		const translated = entries.filter((e) => e.lang !== 'en');
		expect(
			translated.every((e) => /not an official translation/.test(e.provenance.note ?? ''))
		).toBe(true);
	});

	it('start-up fetches nothing once the library is seeded, and only what changed after', async () => {
		const db = freshDb();
		expect(await bundleEntriesToSeed(db, entries)).toHaveLength(15);
		await seedLibrary(db, readBundle(), 1000);
		expect(await bundleEntriesToSeed(db, entries)).toEqual([]);
		const changed = entries.map((e, i) => (i === 4 ? { ...e, sha256: 'f'.repeat(64) } : e));
		expect(await bundleEntriesToSeed(db, changed)).toEqual([changed[4]]);
	});
});
