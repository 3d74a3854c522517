/**
 * The embedded default library (static/corpus): its manifest and how to read it in the browser.
 * Node code (CLI, tests) reads the same files from disk with {@link readBundleFromDisk}.
 */
import type { Lang, Provenance } from '$lib/core/types';

export interface BundleManifest {
	version: number;
	articles: Array<{
		id: string;
		renderings: Array<{ lang: Lang; file: string; provenance: Provenance }>;
	}>;
}

/** One bundled rendering with its raw bytes, ready for seeding. */
export interface BundledFile {
	articleId: string;
	lang: Lang;
	file: string;
	provenance: Provenance;
	bytes: Uint8Array;
}

export const CORPUS_BASE = '/corpus';

/** Fetches the bundled library (served from the service worker cache when offline). */
export async function fetchBundle(
	fetcher: typeof fetch = fetch,
	base = CORPUS_BASE
): Promise<BundledFile[]> {
	const res = await fetcher(`${base}/manifest.json`);
	if (!res.ok) throw new Error(`Bundled library manifest: HTTP ${res.status}`);
	const manifest = (await res.json()) as BundleManifest;
	return Promise.all(
		manifest.articles.flatMap((article) =>
			article.renderings.map(async (r) => {
				const fileRes = await fetcher(`${base}/${r.file}`);
				if (!fileRes.ok) throw new Error(`Bundled file ${r.file}: HTTP ${fileRes.status}`);
				return {
					articleId: article.id,
					lang: r.lang,
					file: r.file,
					provenance: r.provenance,
					bytes: new Uint8Array(await fileRes.arrayBuffer())
				};
			})
		)
	);
}
