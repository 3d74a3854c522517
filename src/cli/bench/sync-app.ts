/**
 * Bench section: a new device's first sync through the app itself, in Chromium, against the
 * production build — PouchDB's IndexedDB replica pulling the library from the local dev server
 * through the preview server's /couchdb proxy, and the bridge storing every article in the app's
 * own database. The server is filled first (from Node, not timed) with the bundled articles
 * copied up to `SYNC_BENCH_ARTICLES` (default 200). Timed: from "Start syncing" until the status
 * says "Synced" with every article stored, for a reader (pull only) and a translator (who also
 * reconciles the five bundled articles the device already had). Needs `build/`. Figures only.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, startPreview } from './reader';
import { library, nodePouch, startServer } from './sync';
import { printTable } from './_table';

const ARTICLES = Number(process.env.SYNC_BENCH_ARTICLES ?? 200);
const BUNDLED = 5;

export const title = `Sync in Chromium: a new device's first sync of ${ARTICLES} articles through the app`;

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Articles in the app's database (plain IndexedDB, nothing of the app involved). */
const countScript = () =>
	new Promise<number>((resolve) => {
		const open = indexedDB.open('triptych');
		open.onerror = () => resolve(-1);
		open.onsuccess = () => {
			const db = open.result;
			const count = db.transaction('alignments').objectStore('alignments').count();
			count.onsuccess = () => {
				db.close();
				resolve(count.result);
			};
			count.onerror = () => resolve(-1);
		};
	});

async function firstSync(browser: Browser, baseURL: string, user: string, password: string) {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	try {
		await page.goto('/');
		await page
			.getByTestId('library-item')
			.nth(BUNDLED - 1)
			.waitFor({ timeout: 60_000 });
		await page.goto('/settings');
		await page.getByLabel('Server address').fill(`${baseURL}/couchdb`);
		await page.getByLabel('User name').fill(user);
		await page.getByLabel('Password').fill(password);
		const started = performance.now();
		await page.getByRole('button', { name: 'Start syncing' }).click();
		const status = page.getByTestId('sync-status');
		const deadline = Date.now() + 30 * 60_000;
		for (;;) {
			const stored = await page.evaluate(countScript);
			const text = (await status.textContent().catch(() => '')) ?? '';
			if (stored >= ARTICLES + BUNDLED && /Synced/.test(text)) break;
			if (Date.now() > deadline) throw new Error(`first sync unfinished: ${stored} stored`);
			await new Promise((r) => setTimeout(r, 250));
		}
		return (performance.now() - started) / 1000;
	} finally {
		await context.close();
	}
}

export async function run(): Promise<void> {
	if (!existsSync(join(root, 'build/index.html'))) {
		console.log('Skipped: no production build in build/. Run `npx vite build` first.');
		return;
	}
	const server = await startServer();
	let preview: ChildProcess | undefined;
	try {
		const PouchDB = nodePouch();
		const docs = library(ARTICLES);
		const bytes = docs.reduce((n: number, d) => n + Buffer.byteLength(JSON.stringify(d)), 0);
		const remote = new PouchDB(`${server.url}/triptych`, {
			skip_setup: true,
			auth: { username: 'admin', password: 'admin' }
		});
		const source = new PouchDB('bench-sync-app-source');
		await source.bulkDocs(docs);
		await source.replicate.to(remote, { batch_size: 200 });

		const port = await freePort();
		process.env.TRIPTYCH_SYNC_TARGET = server.url;
		preview = await startPreview(port);
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		try {
			const baseURL = `http://127.0.0.1:${port}`;
			const rows: string[][] = [];
			for (const [who, user, password] of [
				['reader (pull only)', 'rita', 'rita-pw'],
				['translator (pull, reconcile local articles)', 'tom', 'tom-pw']
			]) {
				const seconds = await firstSync(browser, baseURL, user, password);
				rows.push([
					who,
					String(ARTICLES),
					String(docs.length),
					(bytes / 1e6).toFixed(1),
					seconds.toFixed(1),
					String(Math.round(docs.length / seconds)),
					(ARTICLES / seconds).toFixed(1)
				]);
			}
			printTable(
				['device', 'articles', 'documents', 'JSON MB', 'seconds', 'docs/s', 'articles/s'],
				rows
			);
		} finally {
			await browser.close();
		}
	} finally {
		preview?.kill();
		await server.stop();
	}
}
