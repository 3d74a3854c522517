/**
 * Sync steps: a CouchDB-compatible dev server started by the test (on E2E_SYNC_PORT, which the
 * preview server proxies under /couchdb, see playwright.config.ts), prepared with `sync:setup`,
 * and devices (browser contexts) logging in from Settings → Sync.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { setupServer } from '../../../scripts/sync-setup';

export const SYNC_PORT = Number(process.env.E2E_SYNC_PORT ?? 5970);
export const ADMIN = { name: 'admin', password: 'admin-pw' };
export const USERS = {
	rita: { password: 'rita-pw', role: 'reader' },
	tom: { password: 'tom-pw', role: 'translator' }
} as const;
export type SyncUser = keyof typeof USERS;

export interface SyncServer {
	url: string;
	stop(): Promise<void>;
}

/** Starts the dev server in memory (a fresh, empty library) and prepares it. */
export async function startSyncServer(): Promise<SyncServer> {
	const child: ChildProcess = spawn(
		process.execPath,
		[
			...['--import', 'tsx', 'scripts/sync-server.ts'],
			...['--port', String(SYNC_PORT), '--host', '127.0.0.1'],
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
}

/** A device: its own browser profile (a phone with `devices['Pixel 7']`), the library seeded. */
export async function newDevice(
	browser: Browser,
	baseURL: string,
	use: BrowserContextOptions = {}
): Promise<Device> {
	const context = await browser.newContext({ ...use, baseURL });
	const page = await context.newPage();
	if (process.env.SYNC_DEBUG) {
		page.on('console', (m) => console.log(`[${m.type()}]`, m.text()));
		page.on(
			'response',
			(r) => r.status() >= 400 && console.log('[http]', r.status(), r.request().method(), r.url())
		);
	}
	await page.goto('/');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	return { context, page };
}

export function syncStatus(page: Page) {
	return page.getByTestId('sync-status');
}

/** Settings → Sync: logs in as `user` (with `password`, by default theirs). */
export async function startSyncing(page: Page, user: SyncUser, password?: string): Promise<void> {
	await page.goto('/settings');
	await page.getByLabel('Server address').fill(`${new URL(page.url()).origin}/couchdb`);
	await page.getByLabel('User name').fill(user);
	await page.getByLabel('Password').fill(password ?? USERS[user].password);
	await page.getByRole('button', { name: 'Start syncing' }).click();
}

/** Waits until the status line says "Synced" (both ways, nothing waiting). */
export async function waitSynced(page: Page): Promise<void> {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	await expect(syncStatus(page)).toContainText('Synced', { timeout: 30_000 });
}
