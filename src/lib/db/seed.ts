/**
 * First-visit seeding of the bundled library, loaded after the page has rendered (see
 * `seedBundledLibrary` in `index.ts`). The bundle ships each article parsed and aligned at build
 * time, so seeding stores records: it neither parses, segments nor aligns on the device unless
 * a prepared file is missing, damaged or stale.
 */
import {
	fetchBundleManifest,
	fetchFiles,
	fetchPrepared,
	manifestEntries,
	storePreparedAlignments
} from './bundle';
import { bundleEntriesToSeed, seedLibrary } from './library';
import type { TriptychDB } from './schema';

/** Stores what the bundled library adds or offers; fetches nothing when nothing changed. */
export async function seedBundledLibrary(
	db: TriptychDB,
	fetcher: typeof fetch = fetch
): Promise<void> {
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
		// The decoder `seedLibrary` loads: fetched with the files, not one round trip after them.
		import('$lib/core/import/decode')
	]);
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
