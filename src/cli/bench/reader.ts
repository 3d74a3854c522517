/**
 * Bench section: how fast the reader shows an article in a real Chromium, against the production
 * build. Serves `build/` with `vite preview` on a free port (never 4173, which the e2e tests
 * use), seeds the library through the app, then measures
 *  - time from navigation to the first aligned row on screen for the longest bundled article
 *    (warm: service worker and caches primed; median of 5);
 *  - the same for a generated 1,000-row three-language article written into IndexedDB;
 *  - long tasks (> 50 ms) while scrolling that article from top to bottom.
 * Builds nothing: run `npx vite build` first. Figures only, never pass/fail.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { printTable } from './_table';

export const title = 'Reader in Chromium: time to first aligned row, long tasks while scrolling';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNS = 5;
const GENERATED_ROWS = 1000;
const GENERATED_ID = 'bench-generated-1000';
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
 * Writes a generated article through the raw IndexedDB API: the longest bundled article's three
 * renderings repeated end to end (text, blocks and sentences shifted, ids suffixed) and its
 * alignment rows repeated up to `rows` rows. Returns the id of that longest article and its rows.
 */
export async function insertGeneratedArticle(
	page: Page,
	id = GENERATED_ID,
	rowCount = GENERATED_ROWS
): Promise<{ source: string; sourceRows: number }> {
	return page.evaluate(
		async ({ id, rows: wanted }) => {
			type Rec = Record<string, any>;
			const req = <T>(r: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					r.onsuccess = () => resolve(r.result);
					r.onerror = () => reject(r.error);
				});
			const db = await req(indexedDB.open('triptych'));
			const read = db.transaction(['alignments', 'renderings']);
			const alignments = (await req(read.objectStore('alignments').getAll())) as Rec[];
			const longest = alignments
				.filter((a) => !String(a.articleId).startsWith('bench-'))
				.sort((a, b) => b.rows.length - a.rows.length)[0];
			const renderings = (
				(await req(
					read.objectStore('renderings').index('articleId').getAll(longest.articleId)
				)) as Rec[]
			).filter((r) => longest.rows.some((row: Rec) => row.cells[r.lang]?.length));

			const copies = Math.ceil(wanted / longest.rows.length);
			const rows: Rec[] = [];
			for (let k = 0; k < copies && rows.length < wanted; k++) {
				for (const row of longest.rows) {
					if (rows.length === wanted) break;
					const cells = Object.fromEntries(
						Object.entries(row.cells as Record<string, string[]>).map(([l, ids]) => [
							l,
							ids.map((s) => `${s}~${k}`)
						])
					);
					rows.push({ ...row, id: `${row.id}~${k}`, cells, notes: [], status: 'auto' });
				}
			}
			const used = new Set(
				rows.flatMap((r) => Object.values(r.cells as Record<string, string[]>).flat())
			);
			const now = Date.now();
			const generated = renderings.map((r): Rec => {
				const gap = '\n\n';
				const stride = r.original.length + gap.length;
				const blocks: Rec[] = [];
				const sentences: Rec[] = [];
				for (let k = 0; k < copies; k++) {
					const shift = k * stride;
					for (const b of r.blocks) {
						blocks.push({
							...b,
							start: b.start + shift,
							end: b.end + shift,
							...(b.content
								? { content: { start: b.content.start + shift, end: b.content.end + shift } }
								: {})
						});
					}
					for (const s of r.sentences) {
						const sid = `${s.id}~${k}`;
						if (!used.has(sid)) continue;
						sentences.push({
							...s,
							id: sid,
							start: s.start + shift,
							end: s.end + shift,
							block: s.block + k * r.blocks.length
						});
					}
				}
				return {
					...r,
					id: `${id}:${r.lang}`,
					articleId: id,
					original: Array(copies).fill(r.original).join(gap),
					blocks,
					sentences,
					provenance: { kind: 'import', source: 'bench' },
					version: 1,
					bundled: undefined,
					userModified: false,
					importedAt: now,
					updatedAt: now
				};
			});
			const write = db.transaction(['articles', 'renderings', 'alignments'], 'readwrite');
			write.objectStore('articles').put({ id, origin: 'import', createdAt: now, updatedAt: now });
			for (const r of generated) write.objectStore('renderings').put(r);
			write.objectStore('alignments').put({
				articleId: id,
				rows,
				orphanNotes: [],
				basis: Object.fromEntries(generated.map((r) => [r.lang, 1])),
				updatedAt: now
			});
			await new Promise<void>((resolve, reject) => {
				write.oncomplete = () => resolve();
				write.onerror = () => reject(write.error);
			});
			db.close();
			return { source: String(longest.articleId), sourceRows: longest.rows.length as number };
		},
		{ id, rows: rowCount }
	);
}

/** Scrolls the page to the bottom one screen per frame, recording long tasks and frame gaps. */
async function scrollLongTasks(page: Page) {
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
		let frames = 0;
		const started = performance.now();
		while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
			scrollBy(0, innerHeight * 0.9);
			const now = await frame();
			worstFrame = Math.max(worstFrame, now - last);
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
			frames,
			duration: performance.now() - started,
			height: document.documentElement.scrollHeight,
			rows: document.querySelectorAll('[data-testid="row"]').length
		};
	});
}

export async function run(): Promise<void> {
	if (!existsSync(join(root, 'build/index.html'))) {
		console.log('Skipped: no production build in build/. Run `npx vite build` first.');
		return;
	}
	const port = await freePort();
	const server = await startPreview(port);
	const browser = await chromium
		.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
		.catch((error: unknown) => {
			server.kill();
			throw error;
		});
	try {
		const context = await browser.newContext({
			baseURL: `http://127.0.0.1:${port}`,
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
		const generated = await measure(page, `/article?id=${GENERATED_ID}`);
		const scroll = await scrollLongTasks(page);

		const ms = (x: number) => x.toFixed(0);
		const range = (m: { min: number; max: number }) => `${ms(m.min)}–${ms(m.max)}`;
		const target = `< ${TARGET_FIRST_ROW_MS}`;
		printTable(
			['measure', 'ms', `range of ${RUNS}`, 'target ms'],
			[
				[
					`first aligned row, longest bundled article (${source}, ${sourceRows} rows), median`,
					ms(bundled.median),
					range(bundled),
					target
				],
				[
					`first aligned row, generated ${GENERATED_ROWS}-row article, median`,
					ms(generated.median),
					range(generated),
					target
				],
				[
					`long tasks > 50 ms scrolling ${scroll.rows} rows top to bottom: ${scroll.count}, longest`,
					ms(scroll.max),
					'—',
					'—'
				],
				[
					`worst frame gap while scrolling (${scroll.frames} frames, ${ms(scroll.height)} px)`,
					ms(scroll.worstFrame),
					'—',
					'—'
				]
			]
		);
		await context.close();
	} finally {
		await browser.close();
		server.kill();
	}
}
