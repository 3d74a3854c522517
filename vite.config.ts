import { sveltekit } from '@sveltejs/kit/vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes `.vite/chunk-modules.json` next to Vite's manifest in the client build: for each emitted
 * chunk, the source modules it holds (paths relative to the project) and the chunks it imports.
 * Vite's manifest names shared chunks only by hash; this map lets the bundle bench and the
 * bundle-budget test say which code a route loads at start (e.g. that the article page does not
 * load PouchDB, htmlparser2 or the aligner).
 */
function chunkModules(): Plugin {
	let outDir = '';
	return {
		name: 'triptych-chunk-modules',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		configResolved(config) {
			outDir = config.build.outDir;
		},
		generateBundle(_options, bundle) {
			const chunks: Record<
				string,
				{ modules: string[]; sizes: number[]; imports: string[]; dynamicImports: string[] }
			> = {};
			for (const [file, output] of Object.entries(bundle)) {
				if (output.type !== 'chunk') continue;
				const modules = Object.entries(output.modules);
				chunks[file] = {
					modules: modules.map(([id]) =>
						relative(process.cwd(), id.replace(/\?.*$/, '')).replaceAll('\\', '/')
					),
					sizes: modules.map(([, m]) => m.renderedLength),
					imports: output.imports,
					dynamicImports: output.dynamicImports
				};
			}
			const file = `${outDir}/.vite/chunk-modules.json`;
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify(chunks, null, '\t') + '\n');
		}
	};
}

/**
 * The sync server on the app's own origin: `/couchdb/…` is proxied to CouchDB, so the app needs
 * no CORS and no extra `connect-src`, and the session cookie is first-party (docs/sync.md). In
 * production a reverse proxy does the same; here `TRIPTYCH_SYNC_TARGET` names the server
 * (CouchDB's default port unless set; the e2e tests point it at the server they start).
 */
const syncProxy = {
	// A second server at /couchdb/b/, when named: the e2e tests run two side by side.
	...(process.env.TRIPTYCH_SYNC_TARGET_B && {
		'/couchdb/b/': {
			target: process.env.TRIPTYCH_SYNC_TARGET_B,
			changeOrigin: true,
			rewrite: (path: string) => path.replace(/^\/couchdb\/b/, '')
		}
	}),
	'/couchdb': {
		target: process.env.TRIPTYCH_SYNC_TARGET ?? 'http://127.0.0.1:5984',
		changeOrigin: true,
		rewrite: (path: string) => path.replace(/^\/couchdb/, '')
	}
};

export default defineConfig({
	plugins: [sveltekit(), chunkModules()],
	resolve: {
		// Dexie's ES module build instead of the UMD file its package entry wraps (same API and
		// version): minified, 1.3 KB less gzip on every page. The wrapper only guards against two
		// Dexie copies in one page, which one alias for every import rules out.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
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
