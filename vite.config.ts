import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/**
 * The sync server on the app's own origin: `/couchdb/…` is proxied to CouchDB, so the app needs
 * no CORS and no extra `connect-src`, and the session cookie is first-party (docs/sync.md). In
 * production a reverse proxy does the same; here `TRIPTYCH_SYNC_TARGET` names the server
 * (CouchDB's default port unless set; the e2e tests point it at the server they start).
 */
const syncProxy = {
	'/couchdb': {
		target: process.env.TRIPTYCH_SYNC_TARGET ?? 'http://127.0.0.1:5984',
		changeOrigin: true,
		rewrite: (path: string) => path.replace(/^\/couchdb/, '')
	}
};

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['locales'] }, proxy: syncProxy },
	preview: { port: 4173, strictPort: true, proxy: syncProxy },
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		// CI is a shared 2-core machine whose load can slow a test tenfold. No test asserts on
		// time; heavy evaluation lives in `npm run bench`. The limit only catches a real hang.
		testTimeout: 30_000
	}
});
