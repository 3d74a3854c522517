/**
 * Bench section: bundle size per route of the production build (`build/`), as a browser loads it
 * on a first visit. For each prerendered route: the JavaScript its page loads at start
 * (SvelteKit's modulepreload links and the start script's imports: the shared runtime, the
 * layout and the route's own code) and its stylesheets, raw and gzip (level 9, what a static host
 * typically serves). Then every chunk no route loads at start (loaded on demand: locale files,
 * the aligner worker…). Fonts are left out: the browser fetches only the subsets a page uses.
 * Builds nothing: run `npm run build` first. Figures only, never pass/fail.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { printTable } from './_table';
import { pageAssets, readChunkMap, startAssets, type ChunkMap } from './_start-assets';

export const title = 'Bundle size per route (production build, gzip)';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const BUILD = join(root, 'build');
const VITE_MANIFEST = join(root, '.svelte-kit/output/client/.vite/manifest.json');

interface Size {
	raw: number;
	gzip: number;
}

const sizes = new Map<string, Size>();
function sizeOf(file: string): Size {
	let size = sizes.get(file);
	if (!size) {
		const bytes = readFileSync(join(BUILD, file));
		size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
		sizes.set(file, size);
	}
	return size;
}

const total = (files: Iterable<string>): Size =>
	[...files].reduce(
		(sum, f) => {
			const s = sizeOf(f);
			return { raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip };
		},
		{ raw: 0, gzip: 0 }
	);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export { pageAssets };

/** Where start-up code comes from, for the per-source table (first matching group wins). */
const SOURCE_GROUPS: Array<{ name: string; test: (module: string) => boolean }> = [
	{ name: 'svelte', test: (m) => m.startsWith('node_modules/svelte/') },
	{ name: 'kit', test: (m) => m.startsWith('node_modules/@sveltejs/kit/') },
	{ name: 'i18next', test: (m) => m.startsWith('node_modules/i18next/') },
	{ name: 'dexie', test: (m) => m.startsWith('node_modules/dexie/') },
	{ name: 'other packages', test: (m) => m.startsWith('node_modules/') },
	{ name: 'core', test: (m) => m.startsWith('src/lib/core/') },
	{ name: 'app', test: () => true }
];

/**
 * The gzip size of a route's start chunks, shared out among source groups by each module's size
 * in its chunk before minification (a chunk is compressed as a whole, so this is an estimate; a
 * chunk holding one group only is counted exactly).
 */
function bySource(files: Set<string>, chunks: ChunkMap, test: (module: string) => boolean): string {
	let bytes = 0;
	for (const file of files) {
		const chunk = chunks[file];
		if (!chunk) continue;
		const all = chunk.sizes.reduce((a, b) => a + b, 0);
		if (all === 0) continue;
		const mine = chunk.modules.reduce(
			(sum, m, i) =>
				sum + (SOURCE_GROUPS.find((g) => g.test(m))?.test === test ? chunk.sizes[i] : 0),
			0
		);
		bytes += (sizeOf(file).gzip * mine) / all;
	}
	return kb(bytes);
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/** Source names of built chunks (e.g. `locales/hy.json`), when Vite's manifest is there. */
function chunkNames(): Map<string, string> {
	if (!existsSync(VITE_MANIFEST)) return new Map();
	const manifest = JSON.parse(readFileSync(VITE_MANIFEST, 'utf8')) as Record<
		string,
		{ file: string }
	>;
	return new Map(
		Object.entries(manifest)
			.filter(([source]) => !source.startsWith('_'))
			.map(([source, { file }]) => [file, source.replace(/^.*\/node_modules\//, '')])
	);
}

export async function run(): Promise<void> {
	if (!existsSync(join(BUILD, 'index.html'))) {
		console.log('No production build in build/: run `npm run build` first.');
		return;
	}
	const chunks = readChunkMap(root);
	if (!chunks)
		console.log('(No chunk map from the build: counting only the chunks each page preloads.)\n');
	const pages = readdirSync(BUILD)
		.filter((f) => f.endsWith('.html'))
		.sort();
	const routes = pages
		.map((page) => {
			const route =
				page === 'index.html'
					? '/'
					: page === '200.html'
						? '(SPA fallback)'
						: `/${page.slice(0, -5)}`;
			return { route, ...startAssets(readFileSync(join(BUILD, page), 'utf8'), chunks) };
		})
		// Routes in path order, the fallback last.
		.sort(
			(a, b) =>
				Number(a.route.startsWith('(')) - Number(b.route.startsWith('(')) ||
				a.route.localeCompare(b.route)
		);
	const shared = new Set([...routes[0].js].filter((f) => routes.every((r) => r.js.has(f))));
	printTable(
		['route', 'JS files', 'JS raw', 'JS gzip', 'of which route-only', 'CSS gzip', 'JS + CSS gzip'],
		routes.map((r) => {
			const js = total(r.js);
			const own = total([...r.js].filter((f) => !shared.has(f)));
			const css = total(r.css);
			return [
				r.route,
				String(r.js.size),
				kb(js.raw),
				kb(js.gzip),
				kb(own.gzip),
				kb(css.gzip),
				kb(js.gzip + css.gzip)
			];
		})
	);
	const sharedSize = total(shared);
	console.log(
		`\nShared by every route: ${shared.size} files, ${kb(sharedSize.gzip)} gzip (${kb(sharedSize.raw)} raw).`
	);
	const late = routes.filter((r) => r.notPreloaded.length > 0);
	for (const r of late)
		console.log(
			`${r.route}: ${r.notPreloaded.length} of its start chunks are not preloaded (fetched one import later).`
		);
	if (chunks) {
		console.log('\nWhat each route loads at start, by source (gzip of the chunks holding it):\n');
		printTable(
			['route', ...SOURCE_GROUPS.map((g) => g.name)],
			routes.map((r) => [r.route, ...SOURCE_GROUPS.map((g) => bySource(r.js, chunks, g.test))])
		);
	}

	const atStart = new Set(routes.flatMap((r) => [...r.js, ...r.css]));
	const names = chunkNames();
	const onDemand = filesUnder(join(BUILD, '_app/immutable'))
		.map((path) => relative(BUILD, path))
		.filter((f) => /\.(js|css)$/.test(f) && !atStart.has(f))
		.sort();
	console.log('\nLoaded on demand (not at the start of any route):\n');
	printTable(
		['file', 'source', 'raw', 'gzip'],
		onDemand.map((f) => {
			const s = sizeOf(f);
			return [
				f,
				names.get(f) ?? (f.includes('/workers/') ? 'Web Worker' : ''),
				kb(s.raw),
				kb(s.gzip)
			];
		})
	);
	console.log(
		'\nEvery page also loads the locale file of the UI language at start (one of the locales above).'
	);
}
