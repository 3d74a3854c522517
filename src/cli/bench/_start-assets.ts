/**
 * What a page of the production build loads at start, read from the build itself: the
 * prerendered page's `<link rel="modulepreload">` and start script, followed through every
 * chunk's static imports (`.vite/chunk-modules.json`, written by the build; see vite.config.ts).
 * SvelteKit's preload list can miss a chunk that is also reached through a dynamic import
 * (its `find_deps` marks it seen on the dynamic path first); the browser still loads it at start,
 * one round trip later, so it counts. Used by the bundle bench and the bundle-budget test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChunkInfo {
	/** Source modules in the chunk, relative to the project (`node_modules/dexie/…`, `src/…`). */
	modules: string[];
	/** Each module's size in the chunk before minification, in the order of `modules`. */
	sizes: number[];
	imports: string[];
	dynamicImports: string[];
}

export type ChunkMap = Record<string, ChunkInfo>;

export const CHUNK_MAP = '.svelte-kit/output/client/.vite/chunk-modules.json';

export function readChunkMap(root: string): ChunkMap | undefined {
	const file = join(root, CHUNK_MAP);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ChunkMap) : undefined;
}

/** What a prerendered page names at start: its scripts and stylesheets, build-relative. */
export function pageAssets(html: string): { js: Set<string>; css: Set<string> } {
	const clean = (href: string) => href.replace(/^\.?\.?\//, '').replace(/^(\.\.\/)+/, '');
	const js = new Set<string>();
	const css = new Set<string>();
	for (const [, href] of html.matchAll(/<link href="([^"]+)" rel="modulepreload"/g))
		js.add(clean(href));
	for (const [, href] of html.matchAll(/import\("([^"]+\.js)"\)/g)) js.add(clean(href));
	for (const [, href] of html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g))
		css.add(clean(href));
	return { js, css };
}

/** `files` and every chunk they import statically, transitively. */
export function staticClosure(files: Iterable<string>, chunks: ChunkMap | undefined): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const next of chunks?.[file]?.imports ?? []) visit(next);
	};
	for (const file of files) visit(file);
	return seen;
}

/** The scripts and stylesheets a page loads at start, and the source modules in its scripts. */
export function startAssets(
	html: string,
	chunks: ChunkMap | undefined
): { js: Set<string>; css: Set<string>; modules: Set<string>; notPreloaded: string[] } {
	const named = pageAssets(html);
	const js = staticClosure(named.js, chunks);
	const modules = new Set([...js].flatMap((f) => chunks?.[f]?.modules ?? []));
	return { js, css: named.css, modules, notPreloaded: [...js].filter((f) => !named.js.has(f)) };
}
