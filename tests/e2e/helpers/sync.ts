/**
 * Sync steps: a CouchDB-compatible dev server started by the test (on E2E_SYNC_PORT, which the
 * preview server proxies under /couchdb, or the next port, under /couchdb/b; see
 * playwright.config.ts), prepared with `sync:setup`,
 * and devices (browser contexts) logging in from Settings → Sync.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
	type TestInfo
} from '@playwright/test';
import { setupServer } from '../../../scripts/sync-setup';

export const SYNC_PORT = Number(process.env.E2E_SYNC_PORT ?? 5970);

/**
 * Two spec files sync, and Playwright may run them at the same time on its two workers: each has
 * its own server (port) behind its own path of the preview server's proxy (playwright.config.ts).
 */
export const SYNC_SLOTS = {
	a: { port: SYNC_PORT, path: '/couchdb' },
	b: { port: Number(process.env.E2E_SYNC_PORT_B ?? SYNC_PORT + 1), path: '/couchdb/b' }
} as const;
export type SyncSlot = keyof typeof SYNC_SLOTS;
export const ADMIN = { name: 'admin', password: 'admin-pw' };
export const USERS = {
	rita: { password: 'rita-pw', role: 'reader' },
	tom: { password: 'tom-pw', role: 'translator' }
} as const;
export type SyncUser = keyof typeof USERS;

export interface SyncServer {
	url: string;
	/** Where the app reaches it on its own origin, e.g. `/couchdb`. */
	path: string;
	stop(): Promise<void>;
}

/** Starts the dev server in memory (a fresh, empty library) and prepares it. */
export async function startSyncServer(slot: SyncSlot = 'a'): Promise<SyncServer> {
	const { port, path } = SYNC_SLOTS[slot];
	const child: ChildProcess = spawn(
		process.execPath,
		[
			...['--import', 'tsx', 'scripts/sync-server.ts'],
			...['--port', String(port), '--host', '127.0.0.1'],
			...['--admin', `${ADMIN.name}:${ADMIN.password}`, '--until-stdin-closes']
		],
		{ stdio: ['pipe', 'pipe', 'inherit'] }
	);
	let out = '';
	let url = '';
	for await (const chunk of child.stdout!) {
		out += chunk;
		const found = /at (http:\S+?)\/?\s/.exec(out);
		if (found) {
			url = found[1];
			break;
		}
	}
	if (!url) throw new Error(`the sync server did not start: ${out}`);
	child.stdout!.resume();
	await setupServer({
		url,
		admin: ADMIN,
		users: Object.entries(USERS).map(([name, u]) => ({ name, ...u }))
	});
	return {
		url,
		path,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			await once(child, 'exit');
		}
	};
}

export interface Device {
	context: BrowserContext;
	page: Page;
	/** What the page said (warnings, errors, the sync trace, failed requests), for a failing test. */
	log: string[];
}

/** A device: its own browser profile (a phone with `devices['Pixel 7']`), the library seeded. */
export async function newDevice(
	browser: Browser,
	baseURL: string,
	use: BrowserContextOptions = {}
): Promise<Device> {
	const context = await browser.newContext({ ...use, baseURL });
	// The sync bridge traces its steps (console.debug), kept below for a failing test.
	await context.addInitScript(() => localStorage.setItem('triptych.syncDebug', '1'));
	const page = await context.newPage();
	const log: string[] = [];
	const start = Date.now();
	const note = (line: string) => {
		log.push(`${((Date.now() - start) / 1000).toFixed(1)}s ${line}`);
		if (process.env.SYNC_DEBUG) console.log(line);
	};
	page.on('console', (m) => {
		if (m.type() === 'warning' || m.type() === 'error' || m.type() === 'debug')
			note(`[${m.type()}] ${m.text()}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) note(`[http] ${r.status()} ${r.request().method()} ${r.url()}`);
	});
	page.on('requestfailed', (r) =>
		note(`[failed] ${r.method()} ${r.url()} ${r.failure()?.errorText}`)
	);
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	return { context, page, log };
}

export function syncStatus(page: Page) {
	return page.getByTestId('sync-status');
}

/**
 * Settings → Sync: logs in as `user` (with `password`, by default theirs) on the server the
 * preview server proxies at `path`.
 */
export async function startSyncing(
	page: Page,
	user: SyncUser,
	{ password, path = SYNC_SLOTS.a.path }: { password?: string; path?: string } = {}
): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('Server address').fill(`${new URL(page.url()).origin}${path}`);
	await page.getByLabel('User name').fill(user);
	await page.getByLabel('Password').fill(password ?? USERS[user].password);
	await page.getByRole('button', { name: 'Start syncing' }).click();
}

/** Waits until the status line says "Synced" (both ways, nothing waiting). */
export async function waitSynced(page: Page): Promise<void> {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	await expect(syncStatus(page)).toContainText('Synced', { timeout: 30_000 });
}

/** After a failed test: what each device's page said, so a CI failure can be read from its output. */
export function printDeviceLogs(devices: readonly Device[], testInfo: TestInfo): void {
	if (testInfo.status === testInfo.expectedStatus) return;
	devices.forEach((d, i) => console.log(`device ${i + 1} said:\n  ${d.log.join('\n  ')}`));
}
