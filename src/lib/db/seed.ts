/**
 * First-visit seeding of the bundled library, loaded after the page has rendered (see
 * `seedBundledLibrary` in `index.ts`). The bundle ships each article parsed and aligned at build
 * time, so seeding stores records: it neither parses, segments nor aligns on the device unless
 * a prepared file is missing, damaged or stale.
 */
import {
	fetchBundleManifest,
	fetchFiles,
	fetchLibraryBundle,
	fetchPrepared,
	manifestEntries,
	storePreparedAlignments
} from './bundle';
import { sha256Hex } from '$lib/core/hash';
import { renderingId, renderingRecord } from '$lib/core/rendering-record';
import type { BundleEntry, BundledFile, PreparedArticle } from './bundle';
import { analysis, REMOVED_KEY } from './library';
import type { Article, BundledOffer } from '$lib/core/types';
import {
	refreshSummary,
	splitRendering,
	summaryTables,
	type OriginalRecord,
	type StoredRendering,
	type TriptychDB
} from './schema';

/**
 * Stores what the bundled library adds or offers; fetches nothing when nothing changed. A new
 * database (nothing stored, nothing deleted) needs all of it: one file brings it (library.json),
 * else, or when that file is unusable, the manifest says which files to fetch.
 */
export async function seedBundledLibrary(
	db: TriptychDB,
	fetcher: typeof fetch = fetch
): Promise<void> {
	// The decoder `seedLibrary` loads: on its way while the database is read and files fetched.
	const decoder = import('$lib/core/import/decode');
	decoder.catch(() => undefined); // awaited (and its failure reported) only when it is used
	const library = (await isNewLibrary(db)) ? await fetchLibraryBundle(fetcher) : undefined;
	if (library) {
		const needed = await bundleEntriesToSeed(db, library.entries);
		performance.mark('triptych:seed-fetch', { detail: needed.length });
		if (needed.length === 0) return;
		const ids = new Set(needed.map((e) => renderingId(e.articleId, e.lang)));
		const files = library.files.filter((f) => ids.has(renderingId(f.articleId, f.lang)));
		await decoder;
		return seedPrepared(db, files, library.prepared);
	}
	const manifest = await fetchBundleManifest(fetcher);
	const needed = await bundleEntriesToSeed(db, manifestEntries(manifest));
	// Counted by the start-up test: two tabs opened at once fetch and store the bundle once.
	performance.mark('triptych:seed-fetch', { detail: needed.length });
	if (needed.length === 0) return;
	// Articles seeded now get the rows aligned at build time, so the aligner only runs on the
	// device for what prepared data does not cover.
	const articles = new Set(needed.map((e) => e.articleId));
	const [files, prepared] = await Promise.all([
		fetchFiles(needed, fetcher),
		fetchPrepared(manifest, articles, fetcher),
		decoder
	]);
	await seedPrepared(db, files, prepared);
}

/** Nothing stored yet and nothing deleted: a first visit. */
async function isNewLibrary(db: TriptychDB): Promise<boolean> {
	return db.transaction('r', [db.renderings, db.device], async () => {
		const [count, removed] = await Promise.all([db.renderings.count(), db.device.get(REMOVED_KEY)]);
		return count === 0 && removed === undefined;
	});
}

async function seedPrepared(
	db: TriptychDB,
	files: BundledFile[],
	prepared: PreparedArticle[]
): Promise<void> {
	const analysed = new Map(prepared.map((p) => [p.articleId, p.renderings] as const));
	// One transaction for the texts and their rows: the page never shows a bundled article
	// stored but not yet aligned, and renders it once.
	await seedLibrary(
		db,
		files.map((f) => ({ ...f, prepared: analysed.get(f.articleId)?.[f.lang] })),
		Date.now(),
		() => storePreparedAlignments(db, prepared)
	);
}

export interface SeedReport {
	added: string[];
	offered: string[];
	unchanged: string[];
}

/**
 * Stores the bundled library. Idempotent: a rendering already present is never duplicated or
 * overwritten; when the bundle carries a different version of it, that version is recorded as
 * an offer the user may accept. Articles the user deleted stay deleted. A file that comes with
 * its build-time analysis (`prepared`, for exactly these bytes) is stored with it instead of
 * being parsed and segmented again on the device.
 */
export async function seedLibrary(
	db: TriptychDB,
	files: BundledFile[],
	now = Date.now(),
	/**
	 * More writes for the same transaction, once the renderings are stored (the bundle's
	 * prepared alignments: the library then shows each article once, aligned). Resolves with
	 * the articles whose summaries it refreshed itself.
	 */
	andThen?: () => Promise<readonly string[] | void>
): Promise<SeedReport> {
	const { decodeBytes } = await import('$lib/core/import/decode');
	const prepared = await Promise.all(
		files.map(async (f) => {
			const { text, encoding } = decodeBytes(f.bytes);
			const sha256 = await sha256Hex(f.bytes);
			return { file: f, text, encoding, sha256 };
		})
	);
	// Loaded before the transaction: awaiting anything but the database inside it would end it.
	const build = prepared.every((p) => p.file.prepared?.sha256 === p.sha256)
		? undefined
		: (await analysis()).buildRendering;
	const report: SeedReport = { added: [], offered: [], unchanged: [] };
	const touched = new Set<string>();
	const tables = [...summaryTables(db), db.originals, db.offers, db.device];
	// Every record is read in one batch and written in one batch: a first visit stores the whole
	// bundled library in a handful of database requests instead of a few for each rendering.
	await db.transaction('rw', tables, async () => {
		const removed = new Set(((await db.device.get(REMOVED_KEY))?.value as string[]) ?? []);
		const wanted = prepared.filter((p) => !removed.has(p.file.articleId));
		const ids = wanted.map((p) => renderingId(p.file.articleId, p.file.lang));
		const articleIds = [...new Set(wanted.map((p) => p.file.articleId))];
		const [existing, offers, articles] = await Promise.all([
			db.renderings.bulkGet(ids),
			db.offers.bulkGet(ids),
			db.articles.bulkGet(articleIds)
		]);
		const stored = new Set(articleIds.filter((_, i) => articles[i]));
		const writes = {
			articles: [] as Article[],
			renderings: [] as StoredRendering[],
			originals: [] as OriginalRecord[],
			offers: [] as BundledOffer[]
		};
		wanted.forEach((p, i) => {
			const { articleId, lang } = p.file;
			const id = ids[i];
			const found = existing[i];
			if (found) {
				if (found.bundled?.sha256 === p.sha256 || found.sha256 === p.sha256) {
					report.unchanged.push(id);
					return;
				}
				if (offers[i]?.sha256 !== p.sha256) {
					writes.offers.push({
						renderingId: id,
						file: p.file.file,
						sha256: p.sha256,
						text: p.text,
						offeredAt: now
					});
				}
				report.offered.push(id);
				return;
			}
			const input = {
				articleId,
				lang,
				text: p.text,
				encoding: p.encoding,
				sha256: p.sha256,
				provenance: p.file.provenance,
				bundled: { file: p.file.file, sha256: p.sha256 },
				now
			};
			const analysed = p.file.prepared;
			const rendering =
				analysed?.sha256 === p.sha256 ? renderingRecord(input, analysed) : build!(input);
			if (!stored.has(articleId)) {
				writes.articles.push({ id: articleId, origin: 'bundled', createdAt: now, updatedAt: now });
				stored.add(articleId);
			}
			const split = splitRendering(rendering);
			writes.renderings.push(split.rendering);
			writes.originals.push(split.original);
			touched.add(articleId);
			report.added.push(id);
		});
		await Promise.all([
			db.articles.bulkPut(writes.articles),
			db.renderings.bulkPut(writes.renderings),
			db.originals.bulkPut(writes.originals),
			db.offers.bulkPut(writes.offers)
		]);
		// The summaries of what was added, once: those `andThen` refreshed (articles it stored an
		// alignment for) are not read and written a second time.
		const refreshed = new Set((await andThen?.()) ?? []);
		await Promise.all(
			[...touched].filter((id) => !refreshed.has(id)).map((id) => refreshSummary(db, id))
		);
	});
	return report;
}

/**
 * The bundled entries seeding would act on: new renderings, and bundled versions neither stored
 * nor already offered. Read-only and cheap, so start-up fetches nothing when nothing changed.
 */
export async function bundleEntriesToSeed(
	db: TriptychDB,
	entries: BundleEntry[]
): Promise<BundleEntry[]> {
	return db.transaction('r', [db.renderings, db.offers, db.device], async () => {
		const removed = new Set(((await db.device.get(REMOVED_KEY))?.value as string[]) ?? []);
		const ids = entries.map((e) => renderingId(e.articleId, e.lang));
		const [stored, offers] = await Promise.all([
			db.renderings.bulkGet(ids),
			db.offers.bulkGet(ids)
		]);
		return entries.filter((e, i) => {
			if (removed.has(e.articleId)) return false;
			const r = stored[i];
			if (!r) return true;
			if (r.bundled?.sha256 === e.sha256 || r.sha256 === e.sha256) return false;
			return offers[i]?.sha256 !== e.sha256;
		});
	});
}
