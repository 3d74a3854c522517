/**
 * Builds the bundled library's derived files from static/corpus/<id>/{en,hy,ru}.txt:
 * - manifest.json: every rendering with its SHA-256 (provenance kept from the previous manifest),
 *   and each article's prepared.json with its SHA-256;
 * - <id>/prepared.json: the article parsed and aligned by the same core the app runs
 *   (parse → segment → align), so a first visit stores rows instead of aligning on the device;
 * - library.json: all of the above in one file (the manifest's entries with each text, and each
 *   article's prepared data), which a first visit fetches instead of some twenty files.
 *
 * Run after changing the bundled library or the core: `npm run corpus` (also run by
 * `npm run build`). tests/unit/corpus.test.ts recomputes everything and fails when the committed
 * files differ from what the core computes now.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignUnits } from '../src/lib/core/align';
import { REVIEW_THRESHOLD, rowsFromIndexRows } from '../src/lib/core/edit';
import { decodeBytes } from '../src/lib/core/import/decode';
import { alignUnitsOf, buildRendering } from '../src/lib/core/rendering';
import { LANGS, type Lang, type Provenance } from '../src/lib/core/types';
import {
	PREPARED_FORMAT,
	type BundleManifest,
	type LibraryBundle,
	type PreparedArticle,
	type PreparedRendering
} from '../src/lib/db/bundle';

export const CORPUS_DIR = join(import.meta.dirname, '../static/corpus');

export interface CorpusFiles {
	manifest: string;
	/** prepared.json text by article id */
	prepared: Map<string, string>;
	/** library.json */
	library: string;
}

/**
 * The text whose UTF-8 encoding is exactly `bytes` (a byte-order mark kept), or undefined when
 * there is none (another encoding, invalid UTF-8): the app then fetches that file by itself.
 */
function utf8Text(bytes: Uint8Array): string | undefined {
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined;
}

function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** One article parsed and aligned exactly as the app would on the device. */
export function prepareArticle(
	articleId: string,
	files: Partial<Record<Lang, Uint8Array>>
): PreparedArticle {
	const langs = LANGS.filter((l) => files[l]);
	const renderings = langs.map((lang) => {
		const bytes = files[lang]!;
		const { text, encoding } = decodeBytes(bytes);
		return buildRendering({
			articleId,
			lang,
			text,
			encoding,
			sha256: sha256(bytes),
			provenance: { kind: 'original' },
			now: 0
		});
	});
	const units = Object.fromEntries(renderings.map((r) => [r.lang, alignUnitsOf(r)]));
	const ids = Object.fromEntries(
		LANGS.map((l) => [l, renderings.find((r) => r.lang === l)?.sentences.map((s) => s.id) ?? []])
	) as Record<Lang, string[]>;
	// Row ids must be stable so re-running the script changes nothing when nothing changed.
	let n = 0;
	const rows =
		renderings.length >= 2
			? rowsFromIndexRows(
					alignUnits(units),
					ids,
					REVIEW_THRESHOLD,
					() => `r-${articleId}-${String(n++).padStart(4, '0')}`
				)
			: [];
	return {
		format: PREPARED_FORMAT,
		articleId,
		renderings: Object.fromEntries(
			renderings.map((r): [Lang, PreparedRendering] => [
				r.lang,
				{
					sha256: r.sha256,
					blocks: r.blocks,
					sentences: r.sentences,
					title: r.title,
					...(r.date ? { date: r.date } : {})
				}
			])
		),
		rows
	};
}

/** Every derived file of the corpus, as text, computed from the .txt files now on disk. */
export function buildCorpus(dir = CORPUS_DIR): CorpusFiles {
	const previous = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
	const provenanceOf = new Map<string, Provenance>(
		previous.articles.flatMap((a) => a.renderings.map((r) => [r.file, r.provenance]))
	);
	const prepared = new Map<string, string>();
	const library: LibraryBundle = { format: PREPARED_FORMAT, articles: [] };
	const articles = readdirSync(dir)
		.filter((d) => statSync(join(dir, d)).isDirectory())
		.sort()
		.map((id) => {
			const langs = LANGS.filter((lang) => {
				try {
					return statSync(join(dir, id, `${lang}.txt`)).isFile();
				} catch {
					return false;
				}
			});
			const bytes = Object.fromEntries(
				langs.map((lang) => [lang, new Uint8Array(readFileSync(join(dir, id, `${lang}.txt`)))])
			) as Partial<Record<Lang, Uint8Array>>;
			const article = prepareArticle(id, bytes);
			const text = JSON.stringify(article) + '\n';
			prepared.set(id, text);
			const renderings = langs.map((lang) => {
				const file = `${id}/${lang}.txt`;
				const provenance = provenanceOf.get(file);
				if (!provenance) throw new Error(`${file}: no provenance in manifest.json; add it`);
				return { lang, file, sha256: sha256(bytes[lang]!), provenance };
			});
			library.articles.push({
				id,
				renderings: renderings.map((r) => ({ ...r, text: utf8Text(bytes[r.lang]!) })),
				prepared: article
			});
			return { id, renderings, prepared: { file: `${id}/prepared.json`, sha256: sha256(text) } };
		});
	const manifest: BundleManifest = { version: 1, articles };
	return {
		manifest: JSON.stringify(manifest, null, '\t') + '\n',
		prepared,
		library: JSON.stringify(library) + '\n'
	};
}

export function writeCorpus(dir = CORPUS_DIR): void {
	const { manifest, prepared, library } = buildCorpus(dir);
	for (const [id, text] of prepared) writeFileSync(join(dir, id, 'prepared.json'), text);
	writeFileSync(join(dir, 'manifest.json'), manifest);
	writeFileSync(join(dir, 'library.json'), library);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const started = performance.now();
	writeCorpus();
	console.log(
		`static/corpus: manifest.json, prepared.json and library.json written (${Math.round(performance.now() - started)} ms)`
	);
}
