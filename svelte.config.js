import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A single-page app: every route is rendered in the browser from the IndexedDB library,
		// so the static adapter writes one fallback page that the service worker can precache.
		adapter: adapter({ fallback: '200.html', strict: true }),
		serviceWorker: { register: true },
		alias: { $locales: 'locales' }
	}
};

export default config;
