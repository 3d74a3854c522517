import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const env = process.env;

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
		alias: { $locales: 'locales' }
	}
};

export default config;
