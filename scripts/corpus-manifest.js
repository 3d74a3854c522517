// Writes static/corpus/manifest.json from the files in static/corpus/<id>/<lang>.txt, with each
// file's SHA-256 so the app fetches only new or changed files at start-up.
// Run after changing the bundled library: `node scripts/corpus-manifest.js`
// (tests/unit/bundle.test.ts fails when the manifest and the files disagree).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'static/corpus';
const previous = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const provenanceOf = new Map(
	previous.articles.flatMap((a) => a.renderings.map((r) => [r.file, r.provenance]))
);
const articles = readdirSync(dir)
	.filter((d) => statSync(join(dir, d)).isDirectory())
	.sort()
	.map((id) => ({
		id,
		renderings: ['en', 'hy', 'ru']
			.filter((lang) => {
				try {
					return statSync(join(dir, id, `${lang}.txt`)).isFile();
				} catch {
					return false;
				}
			})
			.map((lang) => {
				const file = `${id}/${lang}.txt`;
				const sha256 = createHash('sha256')
					.update(readFileSync(join(dir, file)))
					.digest('hex');
				return { lang, file, sha256, provenance: provenanceOf.get(file) };
			})
	}));
writeFileSync(
	join(dir, 'manifest.json'),
	JSON.stringify({ version: 1, articles }, null, '\t') + '\n'
);
