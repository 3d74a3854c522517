import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleManifest, BundledFile } from '../../src/lib/db/bundle';

export const CORPUS_DIR = join(import.meta.dirname, '../../static/corpus');

/** The bundled library read from disk, as the browser would fetch it. */
export function readBundle(dir = CORPUS_DIR): BundledFile[] {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
	return manifest.articles.flatMap((a) =>
		a.renderings.map((r) => ({
			articleId: a.id,
			lang: r.lang,
			file: r.file,
			provenance: r.provenance,
			bytes: new Uint8Array(readFileSync(join(dir, r.file)))
		}))
	);
}
