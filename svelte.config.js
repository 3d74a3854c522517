import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const env = process.env;

/**
 * Origins the app may fetch from besides its own (`connect-src`). The sync server is the only
 * planned one: a CSP delivered in a `<meta>` tag is fixed when the page is built and cannot be
 * widened by script at run time, so a deployment that talks to a sync server lists its origin
 * here at build time (`TRIPTYCH_CONNECT_SRC="https://sync.example.org"`, space-separated), or
 * serves the same policy as an HTTP header with that origin added.
 */
const connectSrc = (env.TRIPTYCH_CONNECT_SRC ?? '').split(/\s+/).filter(Boolean);

/**
 * SvelteKit's route announcer (its generated root component) is the one element with an inline
 * style attribute. Rather than allow every inline style, the policy allows exactly that
 * attribute by its hash, read from the installed SvelteKit so an upgrade cannot break it silently.
 */
function announcerStyleHash() {
	const kitDir = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const root = readFileSync(join(kitDir, 'src/core/sync/write_root.js'), 'utf8');
	const style = /id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(root)?.[1];
	if (!style) throw new Error('svelte.config.js: SvelteKit route announcer style not found');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A single-page app: every route is rendered in the browser from the IndexedDB library,
		// so the static adapter writes one fallback page that the service worker can precache.
		// The output folders and the version name can be overridden so the update test can build
		// a second version of the app next to the first.
		adapter: adapter({
			pages: env.TRIPTYCH_BUILD_DIR ?? 'build',
			assets: env.TRIPTYCH_BUILD_DIR ?? 'build',
			fallback: '200.html',
			strict: true
		}),
		outDir: env.TRIPTYCH_KIT_DIR ?? '.svelte-kit',
		...(env.TRIPTYCH_BUILD_VERSION ? { version: { name: env.TRIPTYCH_BUILD_VERSION } } : {}),
		// Registered by the layout (UpdatePrompt), which listens for a waiting new version.
		serviceWorker: { register: false },
		alias: { $locales: 'locales' },
		// The stylesheets a page lists in its head (the route's and, as Vite lists them, those of the
		// components it imports lazily) are small: inlined, they no longer hold the first paint one
		// request each. The CSP below allows each inlined <style> by its hash.
		inlineStyleThreshold: 8192,
		// Prerendered pages (and the 200.html fallback) carry this policy as a
		// <meta http-equiv="content-security-policy">, with the SHA-256 of SvelteKit's own inline
		// start-up script added to script-src. A meta policy cannot carry `frame-ancestors`
		// (browsers ignore it there): a server that can send headers should add
		// `frame-ancestors 'none'`; the meta policy forbids this app from framing anything.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes dynamic styles through the CSSOM (element.style), which CSP allows;
				// component styles are external files, so no 'unsafe-inline' is needed.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self', ...connectSrc],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'frame-src': ['none'],
				'child-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
