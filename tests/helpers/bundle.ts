import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestEntries, type BundleManifest, type BundledFile } from '../../src/lib/db/bundle';

export const CORPUS_DIR = join(import.meta.dirname, '../../static/corpus');

export function readManifest(dir = CORPUS_DIR): BundleManifest {
	return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BundleManifest;
}

/** The bundled library read from disk, as the browser would fetch it. */
export function readBundle(dir = CORPUS_DIR): BundledFile[] {
	return manifestEntries(readManifest(dir)).map(({ sha256: _sha, ...entry }) => ({
		...entry,
		bytes: new Uint8Array(readFileSync(join(dir, entry.file)))
	}));
}
