/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline cache. Everything the app needs — the app shell, route shells, JS/CSS chunks (locale
 * files and fonts among them) and the bundled corpus — is precached into a cache named after the
 * build version. Known assets are served cache-first; anything else goes to the network first
 * and falls back to the cache, and navigations fall back to the app shell, so every route opens
 * offline.
 *
 * Updates never take over by themselves: a new version installs its cache and then waits while
 * any page still runs the old one. The page shows "A new version is ready — reload"
 * (UpdatePrompt.svelte); accepting posts SKIP_WAITING here, the new version activates, deletes
 * the older caches (no page needs them any more: every page reloads on `controllerchange`) and
 * claims the pages. The very first install has no page to disturb and activates at once.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `triptych-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
const ASSET_SET = new Set(ASSETS);
const SHELL = prerendered.find((p) => p === '/') ?? '/';

const PAGES = new Set(prerendered);

/**
 * A page's head preloads the bundled library (app.html): a first visit stores it at once. Pages
 * served from this cache are later visits, which already have it: their copy leaves the preload
 * out, so they neither fetch the file nor get the browser's "preloaded but not used" warning
 * (seeding still fetches the file itself should it ever need it).
 */
function withoutLibraryPreload(html: string): string {
	return html.replace(/\s*<link\s+rel="preload"\s+href="[^"]*\/corpus\/library\.json"[^>]*>/, '');
}

async function cachePage(cache: Cache, path: string): Promise<void> {
	const response = await fetch(path, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`Could not cache ${path}: ${response.status}`);
	const html = withoutLibraryPreload(await response.text());
	const type = response.headers.get('content-type') ?? 'text/html; charset=utf-8';
	await cache.put(path, new Response(html, { headers: { 'content-type': type } }));
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await Promise.all([
				cache.addAll(ASSETS.filter((path) => !PAGES.has(path))),
				...[...PAGES].map((path) => cachePage(cache, path))
			]);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith('triptych-')) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	if (event.request.method !== 'GET') return;
	const url = new URL(event.request.url);
	if (url.origin !== sw.location.origin) return;
	// The sync server behind the same-origin proxy (docs/sync.md): live data, never cached.
	if (url.pathname.startsWith('/couchdb/')) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			if (ASSET_SET.has(url.pathname)) {
				const cached = await cache.match(url.pathname);
				if (cached) return cached;
			}
			try {
				const response = await fetch(event.request);
				if (response.ok && response.type === 'basic' && !url.search) {
					await cache.put(event.request, response.clone());
				}
				return response;
			} catch (error) {
				const cached = await cache.match(event.request, { ignoreSearch: true });
				if (cached) return cached;
				if (event.request.mode === 'navigate') {
					const shell = await cache.match(SHELL);
					if (shell) return shell;
				}
				throw error;
			}
		})()
	);
});
