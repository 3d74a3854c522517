/**
 * The embedded default library (static/corpus): its manifest and how to read it in the browser.
 * The manifest carries each file's SHA-256, so start-up fetches only files the database does
 * not already hold (normally none). Node code (CLI, tests) reads the same files from disk.
 *
 * Each article also ships pre-parsed and pre-aligned (`<id>/prepared.json`, written at build
 * time by scripts/build-corpus.ts with the same core), so a first visit stores its alignment
 * rows instead of running the aligner on the device. A first visit (an empty database) fetches
 * all of it in one file instead (`library.json`, same build), which saves some twenty requests.
 */
import { sha256Hex } from '$lib/core/hash';
import type {
	AlignmentRow,
	Block,
	Lang,
	Provenance,
	Rendering,
	SentenceSpan
} from '$lib/core/types';
import { refreshSummary, summaryTables, type TriptychDB } from './schema';

export interface BundleManifest {
	version: number;
	articles: Array<{
		id: string;
		renderings: Array<{ lang: Lang; file: string; sha256: string; provenance: Provenance }>;
		/** The article parsed and aligned at build time (absent: align on the device). */
		prepared?: { file: string; sha256: string };
	}>;
}

/** Bumped when the shape of prepared.json changes: an unknown format is aligned on the device. */
export const PREPARED_FORMAT = 1;

/** One bundled rendering as the core parses it, keyed to the bytes it was parsed from. */
export interface PreparedRendering {
	sha256: string;
	blocks: Block[];
	sentences: SentenceSpan[];
	title: Rendering['title'];
	date?: string;
}

/** static/corpus/<id>/prepared.json */
export interface PreparedArticle {
	format: number;
	articleId: string;
	renderings: Partial<Record<Lang, PreparedRendering>>;
	rows: AlignmentRow[];
}

/**
 * static/corpus/library.json: the manifest's entries with each file's text (absent when the file
 * is not UTF-8: it is then fetched by itself) and each article's prepared data, in one file.
 */
export interface LibraryBundle {
	format: number;
	articles: Array<{
		id: string;
		renderings: Array<BundleManifest['articles'][number]['renderings'][number] & { text?: string }>;
		prepared: PreparedArticle;
	}>;
}

/** What seeding needs from the bundle: its entries, their bytes and the prepared data that fits. */
export interface FetchedLibrary {
	entries: BundleEntry[];
	files: BundledFile[];
	prepared: PreparedArticle[];
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
	/** Its build-time analysis, used when its `sha256` is that of `bytes` (else it is parsed). */
	prepared?: PreparedRendering;
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
	return manifestEntries(await fetchBundleManifest(fetcher, base));
}

/** The whole manifest, with each article's prepared data. */
export async function fetchBundleManifest(
	fetcher: typeof fetch = fetch,
	base = CORPUS_BASE
): Promise<BundleManifest> {
	const res = await fetcher(`${base}/manifest.json`);
	if (!res.ok) throw new Error(`Bundled library manifest: HTTP ${res.status}`);
	return (await res.json()) as BundleManifest;
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

/**
 * The prepared data of the given articles, only where it belongs to exactly the files the
 * manifest lists (same SHA-256 per rendering, intact prepared.json, known format). Anything
 * missing, damaged or stale is left out, and that article is aligned on the device as before.
 */
export async function fetchPrepared(
	manifest: BundleManifest,
	articleIds: ReadonlySet<string>,
	fetcher: typeof fetch = fetch,
	base = CORPUS_BASE
): Promise<PreparedArticle[]> {
	const found = await Promise.all(
		manifest.articles
			.filter((a) => articleIds.has(a.id) && a.prepared)
			.map(async (a): Promise<PreparedArticle | undefined> => {
				try {
					const res = await fetcher(`${base}/${a.prepared!.file}`);
					if (!res.ok) return undefined;
					const bytes = new Uint8Array(await res.arrayBuffer());
					if ((await sha256Hex(bytes)) !== a.prepared!.sha256) return undefined;
					const prepared = JSON.parse(new TextDecoder().decode(bytes)) as PreparedArticle;
					return preparedFits(prepared, a.id, a.renderings) ? prepared : undefined;
				} catch (error) {
					console.warn(`Prepared data of ${a.id} not usable; aligning on the device`, error);
					return undefined;
				}
			})
	);
	return found.filter((p): p is PreparedArticle => p !== undefined);
}

/**
 * The whole bundled library from library.json. Each file's bytes are its text encoded as UTF-8,
 * kept only when their SHA-256 is the one listed: any other file is fetched by itself, as are
 * files the bundle carries no text for. Prepared data is kept where it belongs to exactly the
 * listed files (as `fetchPrepared`). Undefined when library.json is missing, damaged or of
 * another format: seeding then reads the manifest and the files one by one.
 */
export async function fetchLibraryBundle(
	fetcher: typeof fetch = fetch,
	base = CORPUS_BASE
): Promise<FetchedLibrary | undefined> {
	let library: LibraryBundle;
	try {
		const res = await fetcher(`${base}/library.json`);
		if (!res.ok) return undefined;
		library = (await res.json()) as LibraryBundle;
		if (library.format !== PREPARED_FORMAT || !Array.isArray(library.articles)) return undefined;
	} catch (error) {
		console.warn('The bundled library file is not usable; fetching its files one by one', error);
		return undefined;
	}
	const entries: BundleEntry[] = library.articles.flatMap((a) =>
		a.renderings.map(({ text: _text, ...r }) => ({ articleId: a.id, ...r }))
	);
	const encoder = new TextEncoder();
	const checked = await Promise.all(
		library.articles.flatMap((a) =>
			a.renderings.map(async ({ text, sha256, ...r }): Promise<BundledFile | BundleEntry> => {
				const entry = { articleId: a.id, ...r };
				if (typeof text !== 'string') return { ...entry, sha256 };
				const bytes = encoder.encode(text);
				return (await sha256Hex(bytes)) === sha256 ? { ...entry, bytes } : { ...entry, sha256 };
			})
		)
	);
	const missing = checked.filter((f): f is BundleEntry => !('bytes' in f));
	const files = [
		...checked.filter((f): f is BundledFile => 'bytes' in f),
		...(await fetchFiles(missing, fetcher, base))
	];
	const prepared = library.articles
		.filter((a) => preparedFits(a.prepared, a.id, a.renderings))
		.map((a) => a.prepared);
	return { entries, files, prepared };
}

/** Prepared data computed from exactly these renderings' bytes, in the format this app reads. */
function preparedFits(
	prepared: PreparedArticle | undefined,
	articleId: string,
	renderings: ReadonlyArray<{ lang: Lang; sha256: string }>
): boolean {
	return (
		prepared?.format === PREPARED_FORMAT &&
		prepared.articleId === articleId &&
		renderings.length === Object.keys(prepared.renderings).length &&
		renderings.every((r) => prepared.renderings[r.lang]?.sha256 === r.sha256)
	);
}

/**
 * Stores the build-time alignment of freshly seeded bundled articles, in one transaction.
 * Only where the article has no alignment yet and its stored renderings are exactly the bundled
 * files the rows were computed from (same bytes, same sentences, untouched by the user):
 * anything else — an alignment made meanwhile by another tab, a user's re-import — is left as
 * it is, and background alignment handles it. Returns the ids of the articles it aligned.
 */
export async function storePreparedAlignments(
	db: TriptychDB,
	prepared: PreparedArticle[],
	now = Date.now()
): Promise<string[]> {
	if (prepared.length === 0) return [];
	// The articles are independent: their reads and writes go out together, not one by one.
	return db.transaction('rw', summaryTables(db), async () => {
		const done = await Promise.all(
			prepared.map(async (p) => {
				const [alignment, renderings] = await Promise.all([
					db.alignments.get(p.articleId),
					db.renderings.where('articleId').equals(p.articleId).toArray()
				]);
				if (alignment) return undefined;
				const fits =
					renderings.length >= 2 &&
					renderings.length === Object.keys(p.renderings).length &&
					renderings.every((r) => {
						const q = p.renderings[r.lang];
						return (
							q !== undefined &&
							!r.userModified &&
							r.sha256 === q.sha256 &&
							r.bundled?.sha256 === q.sha256 &&
							sameSentences(r.sentences, q.sentences)
						);
					});
				if (!fits) return undefined;
				await db.alignments.put({
					articleId: p.articleId,
					rows: p.rows,
					orphanNotes: [],
					basis: Object.fromEntries(renderings.map((r) => [r.lang, r.version])),
					updatedAt: now,
					rev: 1
				});
				await refreshSummary(db, p.articleId);
				return p.articleId;
			})
		);
		return done.filter((id): id is string => id !== undefined);
	});
}

function sameSentences(a: readonly SentenceSpan[], b: readonly SentenceSpan[]): boolean {
	return (
		a.length === b.length &&
		a.every((s, i) => s.id === b[i].id && s.start === b[i].start && s.end === b[i].end)
	);
}
