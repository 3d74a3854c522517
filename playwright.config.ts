import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium';

// E2E_PORT lets several checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The sync tests start a CouchDB-compatible server on this port; the preview server proxies
// /couchdb/ to it (vite.config.ts), the way a reverse proxy does in production.
process.env.E2E_SYNC_PORT ??= '5970';
process.env.TRIPTYCH_SYNC_TARGET ??= `http://127.0.0.1:${process.env.E2E_SYNC_PORT}`;
// A second one, at /couchdb/b/, for the other spec file that syncs: Playwright may run the two at
// once, one on each worker, and one port holds one server at a time.
process.env.E2E_SYNC_PORT_B ??= String(Number(process.env.E2E_SYNC_PORT) + 1);
process.env.TRIPTYCH_SYNC_TARGET_B ??= `http://127.0.0.1:${process.env.E2E_SYNC_PORT_B}`;
const launchOptions = { executablePath: chromiumPath(), args: CHROMIUM_ARGS };

/**
 * End-to-end tests run against the production build (`vite preview`), never the dev server:
 * the service worker and offline behaviour only exist there.
 */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 45_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		serviceWorkers: 'allow'
	},
	projects: [
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], launchOptions },
			testIgnore: '**/*.phone.spec.ts'
		},
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], launchOptions },
			testMatch: '**/*.phone.spec.ts'
		}
	],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		// Never reuse: a preview server started before a rebuild serves a stale file list.
		reuseExistingServer: false,
		timeout: 60_000
	}
});
