/**
 * Bench section: how fast the reader shows an article in a real Chromium, against the production
 * build. Serves `build/` with `vite preview` on a free port (never 4173, which the e2e tests
 * use), seeds the library through the app, then measures
 *  - time from navigation to the first aligned row on screen for the longest bundled article
 *    (warm: service worker and caches primed; median of 5);
 *  - for a generated 2,000-row three-language article (restored through Settings, so stored
 *    through the app's own schema), in reading and in translator mode: the same, the DOM
 *    element count once settled, the JS heap after GC, and long tasks (> 50 ms) and frame gaps
 *    while scrolling it from top to bottom.
 * Builds nothing: run `npx vite build` first. Figures only, never pass/fail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { printTable } from './_table';
import { exportLibrary, repeatLongest, restoreThroughSettings, snapshotOf } from './generated';

export const title = 'Reader in Chromium: time to first aligned row, long tasks while scrolling';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNS = 5;
const GENERATED_ROWS = 2000;
const GENERATED_ID = 'bench-generated-2000';
const TARGET_FIRST_ROW_MS = 150;

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => (port === 4173 ? freePort().then(resolve, reject) : resolve(port)));
		});
	});
}

export async function startPreview(port: number): Promise<ChildProcess> {
	// Node runs vite directly (no npx wrapper), so killing this one process stops the server.
	const server = spawn(
		process.execPath,
		[
			join(root, 'node_modules/vite/bin/vite.js'),
			'preview',
			'--port',
			String(port),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{ cwd: root, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let stderr = '';
	server.stderr?.on('data', (chunk) => (stderr += chunk));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`vite preview exited: ${stderr}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`vite preview did not answer on port ${port} within 30 s`);
}

/**
 * Installed before any page script: resolves `window.__firstRow` with the time (ms since the
 * navigation started) at which the first row showing more than one language has been painted.
 */
export function watchFirstAlignedRow(): void {
	const w = window as unknown as { __firstRow: Promise<number> };
	w.__firstRow = new Promise((resolve) => {
		const found = () => {
			const row = document.querySelector('[data-testid="row"]');
			return row !== null && row.querySelectorAll('[data-lang]').length > 1;
		};
		const painted = () =>
			// rAF runs just before the frame is painted; a message posted from it arrives after.
			requestAnimationFrame(() => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve(performance.now());
				channel.port2.postMessage(null);
			});
		const observer = new MutationObserver(() => {
			if (found()) {
				observer.disconnect();
				painted();
			}
		});
		observer.observe(document, { childList: true, subtree: true });
	});
}

async function timeToFirstRow(page: Page, url: string): Promise<number> {
	await page.goto(url, { waitUntil: 'commit' });
	return page.evaluate(() => (window as unknown as { __firstRow: Promise<number> }).__firstRow);
}

/** One warm-up visit, then the median (and range) of `RUNS` measured ones. */
async function measure(
	page: Page,
	url: string
): Promise<{ median: number; min: number; max: number }> {
	await timeToFirstRow(page, url);
	const times: number[] = [];
	for (let k = 0; k < RUNS; k++) times.push(await timeToFirstRow(page, url));
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1)! };
}

/** Waits until every bundled article has its alignment stored (the app aligns in the background). */
export async function waitForSeededLibrary(page: Page): Promise<void> {
	await page.goto('/');
	await page.getByTestId('library-item').nth(4).waitFor({ timeout: 60_000 });
	const allAligned = () =>
		page.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					const open = indexedDB.open('triptych');
					open.onerror = () => resolve(false);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction(['articles', 'alignments']);
						const articles = tx.objectStore('articles').count();
						const alignments = tx.objectStore('alignments').count();
						tx.oncomplete = () => {
							db.close();
							resolve(articles.result >= 5 && alignments.result >= articles.result);
						};
					};
				})
		);
	const deadline = Date.now() + 60_000;
	while (!(await allAligned())) {
		if (Date.now() > deadline) throw new Error('The bundled library was not aligned within 60 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	// Let the service worker take control so later visits are served like a returning reader's.
	await page.evaluate(async () => {
		await navigator.serviceWorker?.ready;
	});
	await page.reload();
}

/**
 * Puts a generated `rows`-row article into the app through Settings → Restore (merge), so it is
 * stored through the app's current schema: the longest bundled article (as the app exports it)
 * repeated end to end. Returns the id of that longest article and its rows.
 */
export async function insertGeneratedArticle(
	page: Page,
	id = GENERATED_ID,
	rows = GENERATED_ROWS
): Promise<{ source: string; sourceRows: number }> {
	const exported = await exportLibrary(page);
	const made = repeatLongest(exported, id, rows);
	await restoreThroughSettings(page, snapshotOf([made], []), 'merge', /Restored 1 article/);
	return { source: made.source, sourceRows: made.sourceRows };
}

/** Waits until the page's element count stops changing (rows rendered in steps, fonts, idle work). */
export async function settled(page: Page): Promise<number> {
	return page.evaluate(async () => {
		let last = -1;
		let n = 0;
		for (let stable = 0, k = 0; stable < 4 && k < 480; k++) {
			n = document.getElementsByTagName('*').length;
			stable = n === last ? stable + 1 : 0;
			last = n;
			await new Promise((r) => setTimeout(r, 250));
		}
		await new Promise((r) => requestIdleCallback(r, { timeout: 3000 }));
		return document.getElementsByTagName('*').length;
	});
}

/** JS heap in use after a forced garbage collection (CDP), in MB. */
export async function heapMB(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await cdp.detach();
	return usedSize / 1024 / 1024;
}

/** Scrolls the page to the bottom one screen per frame, recording long tasks and frame gaps. */
export async function scrollLongTasks(page: Page) {
	return page.evaluate(async () => {
		// Start from a quiet page: the load's own long tasks are not scrolling's.
		await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
		const tasks: number[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) tasks.push(entry.duration);
		});
		observer.observe({ type: 'longtask' });
		const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
		let last = await frame();
		let worstFrame = 0;
		let longFrames = 0;
		let frames = 0;
		let mostRows = 0;
		const started = performance.now();
		while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
			scrollBy(0, innerHeight * 0.9);
			const now = await frame();
			worstFrame = Math.max(worstFrame, now - last);
			if (now - last > 50) longFrames++;
			mostRows = Math.max(mostRows, document.querySelectorAll('[data-testid="row"]').length);
			last = now;
			frames++;
		}
		// Let the last frames' tasks be reported.
		await new Promise((r) => setTimeout(r, 200));
		for (const entry of observer.takeRecords()) tasks.push(entry.duration);
		observer.disconnect();
		return {
			count: tasks.length,
			max: tasks.length ? Math.max(...tasks) : 0,
			worstFrame,
			longFrames,
			mostRows,
			frames,
			duration: performance.now() - started,
			height: document.documentElement.scrollHeight,
			rows: document.querySelectorAll('[data-testid="row"]').length
		};
	});
}

/**
 * Runs `measure` with a Chromium against a fresh preview of the production build, and stops both
 * afterwards; says so and returns when there is no build.
 */
export async function withBuildInChromium(
	measure: (browser: Browser, baseURL: string) => Promise<void>
): Promise<void> {
	if (!existsSync(join(root, 'build/index.html'))) {
		console.log('Skipped: no production build in build/. Run `npx vite build` first.');
		return;
	}
	const port = await freePort();
	const server = await startPreview(port);
	try {
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
		try {
			await measure(browser, `http://127.0.0.1:${port}`);
		} finally {
			await browser.close();
		}
	} finally {
		server.kill();
	}
}

export async function run(): Promise<void> {
	await withBuildInChromium(async (browser, baseURL) => {
		const context = await browser.newContext({
			baseURL,
			viewport: { width: 1280, height: 800 }
		});
		// tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`
		// calls; functions serialised into the page need that helper there too.
		await context.addInitScript('globalThis.__name = (f) => f;');
		await context.addInitScript(watchFirstAlignedRow);
		const page = await context.newPage();
		await waitForSeededLibrary(page);

		const { source, sourceRows } = await insertGeneratedArticle(page);
		const bundled = await measure(page, `/article?id=${encodeURIComponent(source)}`);
		const long = async (url: string) => {
			const first = await measure(page, url);
			const nodes = await settled(page);
			const heap = await heapMB(page);
			const scroll = await scrollLongTasks(page);
			return { first, nodes, heap, scroll };
		};
		const reading = await long(`/article?id=${GENERATED_ID}`);
		const editing = await long(`/article?id=${GENERATED_ID}&edit=1`);

		const ms = (x: number) => x.toFixed(0);
		const range = (m: { min: number; max: number }) => `${ms(m.min)}–${ms(m.max)}`;
		const target = `< ${TARGET_FIRST_ROW_MS}`;
		const figures = (mode: string, f: typeof reading) => [
			[
				`${mode}: first aligned row, generated ${GENERATED_ROWS}-row article, median`,
				ms(f.first.median),
				range(f.first),
				target
			],
			[`${mode}: DOM elements once settled`, String(f.nodes), '—', '—'],
			[`${mode}: JS heap after GC, MB`, f.heap.toFixed(1), '—', '—'],
			[
				`${mode}: long tasks > 50 ms scrolling top to bottom: ${f.scroll.count}, longest`,
				ms(f.scroll.max),
				'—',
				'—'
			],
			[
				`${mode}: worst frame gap scrolling (${f.scroll.frames} frames, ${f.scroll.longFrames} over 50 ms, ${ms(f.scroll.height)} px, at most ${f.scroll.mostRows} rows in the DOM)`,
				ms(f.scroll.worstFrame),
				'—',
				'—'
			]
		];
		console.log(
			`Machine: ${cpus().length} cores, load ${loadavg()
				.map((x) => x.toFixed(1))
				.join(' / ')}`
		);
		printTable(
			['measure', 'figure', `range of ${RUNS}`, 'target ms'],
			[
				[
					`first aligned row, longest bundled article (${source}, ${sourceRows} rows), median`,
					ms(bundled.median),
					range(bundled),
					target
				],
				...figures('reading', reading),
				...figures('translator mode', editing)
			]
		);
		await context.close();
	});
}
