/**
 * The embedded default library (static/corpus): its manifest and how to read it in the browser.
 * The manifest carries each file's SHA-256, so start-up fetches only files the database does
 * not already hold (normally none). Node code (CLI, tests) reads the same files from disk.
 */
import type { Lang, Provenance } from '$lib/core/types';

export interface BundleManifest {
	version: number;
	articles: Array<{
		id: string;
		renderings: Array<{ lang: Lang; file: string; sha256: string; provenance: Provenance }>;
	}>;
}

/** One bundled rendering as the manifest lists it. */
export interface BundleEntry {
	articleId: string;
	lang: Lang;
	file: string;
	sha256: string;
	provenance: Provenance;
}

/** One bundled rendering with its raw bytes, ready for seeding. */
export interface BundledFile extends Omit<BundleEntry, 'sha256'> {
	bytes: Uint8Array;
}

export const CORPUS_BASE = '/corpus';

export function manifestEntries(manifest: BundleManifest): BundleEntry[] {
	return manifest.articles.flatMap((a) =>
		a.renderings.map((r) => ({
			articleId: a.id,
			lang: r.lang,
			file: r.file,
			sha256: r.sha256,
			provenance: r.provenance
		}))
	);
}

/** Reads the manifest (served from the service worker cache when offline). */
export async function fetchManifest(
	fetcher: typeof fetch = fetch,
	base = CORPUS_BASE
): Promise<BundleEntry[]> {
	const res = await fetcher(`${base}/manifest.json`);
	if (!res.ok) throw new Error(`Bundled library manifest: HTTP ${res.status}`);
	return manifestEntries((await res.json()) as BundleManifest);
}

/** Fetches the bytes of the given entries. */
export async function fetchFiles(
	entries: BundleEntry[],
	fetcher: typeof fetch = fetch,
	base = CORPUS_BASE
): Promise<BundledFile[]> {
	return Promise.all(
		entries.map(async ({ sha256: _sha, ...entry }) => {
			const res = await fetcher(`${base}/${entry.file}`);
			if (!res.ok) throw new Error(`Bundled file ${entry.file}: HTTP ${res.status}`);
			return { ...entry, bytes: new Uint8Array(await res.arrayBuffer()) };
		})
	);
}
