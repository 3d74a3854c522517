/**
 * What each page of the production build loads at start (issue #13: a cold start on a mid-range
 * phone). Read from the build itself — the prerendered pages and the chunk map the build writes
 * (vite.config.ts) — so these are structural checks, never timings: the reading path does not
 * start with the sync engine, the import pipeline, the aligner, the parser or translator mode's
 * code, and the article page's JavaScript stays within its budget. Runs with the e2e suite
 * because it needs `npm run build` (which `npm run test:e2e` does first).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { readChunkMap, startAssets, type ChunkMap } from '../../src/cli/bench/_start-assets';

const root = join(import.meta.dirname, '../..');
const build = join(root, process.env.TRIPTYCH_BUILD_DIR ?? 'build');

/**
 * The article page's JavaScript at start, gzip (level 9, as a static host serves it): the speed
 * issue's goal. Readers' reports load right after the page's own code, not with it.
 */
const ARTICLE_BUDGET = 100 * 1024;

interface Later {
	pattern: RegExp;
	what: string;
	/** Built only into a Web Worker today: no page chunk holds it (until someone imports it). */
	workerOnly?: boolean;
	/** Pages that may load it at start (the page the feature is on). */
	allowedOn?: string[];
}

/** Code a page must not load at start. */
const LATER: Later[] = [
	{ pattern: /^node_modules\/(pouchdb-|spark-md5|vuvuzela)/, what: 'the sync engine (PouchDB)' },
	{ pattern: /^src\/lib\/sync\//, what: 'the sync engine' },
	{ pattern: /^node_modules\/(htmlparser2|entities)\//, what: 'the HTML extractor (htmlparser2)' },
	{ pattern: /^node_modules\/(saxes|xmlchars)\//, what: 'the TMX reader (saxes)' },
	{
		pattern: /^src\/lib\/core\/import\/(html|prepare|tmx|detect-language|latin-language)\.ts$/,
		what: 'the import pipeline'
	},
	{
		pattern: /^src\/lib\/core\/import\/(decode|same-language)\.ts$/,
		what: 'import decoding',
		allowedOn: ['import.html']
	},
	{ pattern: /^src\/lib\/workers\/import/, what: 'the import worker', allowedOn: ['import.html'] },
	{ pattern: /^src\/lib\/core\/align\/(?!confidence\.ts$)/, what: 'the aligner', workerOnly: true },
	{ pattern: /^src\/lib\/(alignment\/|workers\/align)/, what: 'the aligner service and worker' },
	{ pattern: /^src\/lib\/core\/(parse|segment)\//, what: 'the parser and segmenter' },
	{ pattern: /^node_modules\/diff\//, what: 'word diffs (diff)' },
	{
		pattern: /^src\/lib\/core\/edit\/(ops|patch|step|reimport|revisions)\.ts$/,
		what: "translator mode's code"
	},
	// Settings is where backups are made and restored.
	{ pattern: /^src\/lib\/core\/backup\//, what: 'backup', allowedOn: ['settings.html'] },
	{ pattern: /^src\/lib\/core\/export\/(index|tmx|tsv|json)\.ts$/, what: 'the exporters' }
];

function page(file: string) {
	const chunks = readChunkMap(root) as ChunkMap;
	return startAssets(readFileSync(join(build, file), 'utf8'), chunks);
}

const gzipOf = (files: Iterable<string>) =>
	[...files].reduce(
		(sum, f) => sum + gzipSync(readFileSync(join(build, f)), { level: 9 }).length,
		0
	);

function loadedTooEarly(file: string, modules: Set<string>): string[] {
	return [...modules].flatMap((m) =>
		LATER.filter((l) => l.pattern.test(m) && !l.allowedOn?.includes(file)).map(
			(l) => `${l.what}: ${m}`
		)
	);
}

test.beforeAll(() => {
	expect(existsSync(join(build, 'article.html')), 'run `npm run build` first').toBe(true);
	expect(readChunkMap(root), 'the build writes .vite/chunk-modules.json').toBeDefined();
});

test('the map of what pages load sees the modules they do load, and the ones they do not', () => {
	// Without this, a renamed path would make every "not loaded" check below pass on nothing.
	const article = page('article.html');
	expect([...article.modules].some((m) => m.startsWith('node_modules/dexie/dist/'))).toBe(true);
	expect([...article.modules]).toContain('src/lib/components/AlignedText.svelte');
	const everyModule = Object.values(readChunkMap(root)!).flatMap((c) => c.modules);
	for (const { pattern, what, workerOnly } of LATER) {
		expect(
			everyModule.some((m) => pattern.test(m)),
			`${what} is in a page chunk`
		).toBe(!workerOnly);
	}
	const workers = readdirSync(join(build, '_app/immutable/workers'));
	expect(workers.some((f) => f.startsWith('align.worker'))).toBe(true);
});

for (const [file, route] of [
	['index.html', 'the library'],
	['article.html', 'the article page'],
	['settings.html', 'settings'],
	['import.html', 'the import page']
] as const) {
	test(`${route} starts without sync, import, aligner, parser, editing or export code`, () => {
		expect(loadedTooEarly(file, page(file).modules)).toEqual([]);
	});
}

test('the article page starts with at most 100 KB of JavaScript (gzip)', () => {
	const { js } = page('article.html');
	const bytes = gzipOf(js);
	expect(bytes, `${(bytes / 1024).toFixed(1)} KB in ${js.size} files`).toBeLessThanOrEqual(
		ARTICLE_BUDGET
	);
});
