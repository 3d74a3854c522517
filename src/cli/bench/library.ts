/**
 * Bench section: a large library in Chromium on a phone viewport, against the production build.
 *
 * Builds a 1,000-article library as a backup file and restores it through the app's own Settings
 * form (replace): the bundled articles exported from the app, copied under new ids (they hold
 * "Tokayev"), and articles made of the NTREX dev documents (/work/shared/devdata/ntrex-dev, or
 * NTREX_DIR): one line per paragraph, one sentence per line, rows aligned line by line, shifted
 * so titles and texts vary. Then measures
 *  - searching "Tokayev" right after the restore: Settings → Library in the app, typed at once;
 *    then the library is restored again (a new copy) and the page reloaded before searching;
 *  - cold load of the library page to the first screen of the list (median of 3 reloads);
 *  - searching "Tokayev" typed one key at a time: input → results painted, per keystroke (and,
 *    when they came from a partly built index, how much later the complete ones were painted);
 *  - the search worker: its heap after a GC and where its last indexing pass spent its time
 *    (stamps, cache read, library read, records, folding, cache write);
 *  - JS heap on the library page after a forced GC (CDP), before and after a search;
 *  - opening an article of that library: navigation → first aligned row painted (median of 3),
 *    as a cold load of its address and as a click on its title in the list (in-app);
 *  - translator mode on a generated ~2,000-row article: toggle on / merge / undo / confirm —
 *    time to painted, long tasks > 50 ms, DOM node count;
 *  - optionally Lighthouse (mobile preset) on the library and an article page, when
 *    `npx --no-install lighthouse` (or LIGHTHOUSE=path) is available; skipped with a note if not.
 * Figures only, never pass/fail; the machine (cores, load) is printed with them.
 * Builds nothing: run `npx vite build` first.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devices, type Page } from '@playwright/test';
import type { LibrarySnapshot } from '../../lib/core/backup';
import type { Alignment, AlignmentRow, Article, Lang, Rendering } from '../../lib/core/types';
import { chromiumPath } from './chromium';
import { exportLibrary, repeatLongest, restoreThroughSettings } from './generated';
import { waitForSeededLibrary, watchFirstAlignedRow, withBuildInChromium } from './reader';
import { printTable } from './_table';

export const title = 'Large library in Chromium (phone viewport): list, search, heap, translator';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const ARTICLES = 1000;
const BUNDLED_COPIES = 200;
const QUERY = 'Tokayev';
const BIG_ID = 'bench-translator-2000';
const BIG_ROWS = 2000;
const RUNS = 3;
const LANGS: Lang[] = ['en', 'hy', 'ru'];

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** NTREX dev: line-aligned documents in the three languages, grouped by document id. */
function ntrexDocs(): Array<Record<Lang, string[]>> {
	const dir = process.env.NTREX_DIR ?? '/work/shared/devdata/ntrex-dev';
	if (!existsSync(join(dir, 'doc-ids.txt'))) return [];
	const read = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n');
	const ids = read('doc-ids.txt');
	const text = Object.fromEntries(LANGS.map((l) => [l, read(`${l}.txt`)])) as Record<
		Lang,
		string[]
	>;
	const docs = new Map<string, Record<Lang, string[]>>();
	ids.forEach((id, k) => {
		if (!id || LANGS.some((l) => !text[l][k]?.trim())) return;
		const doc = docs.get(id) ?? { en: [], hy: [], ru: [] };
		for (const l of LANGS) doc[l].push(text[l][k].trim());
		docs.set(id, doc);
	});
	return [...docs.values()].filter((d) => d.en.length >= 3);
}

/** One article made of aligned lines: the first line is the title, each line one sentence. */
function lineArticle(id: string, lines: Record<Lang, string[]>, now: number, day: number) {
	const date = new Date(Date.UTC(2024, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
	const renderings: Rendering[] = LANGS.map((lang) => {
		const original = lines[lang].join('\n\n');
		let at = 0;
		const blocks: Rendering['blocks'] = [];
		const sentences: Rendering['sentences'] = [];
		lines[lang].forEach((line, k) => {
			blocks.push({ kind: k === 0 ? 'title' : 'paragraph', start: at, end: at + line.length });
			sentences.push({ id: `s${k}`, start: at, end: at + line.length, block: k });
			at += line.length + 2;
		});
		return {
			id: `${id}:${lang}`,
			articleId: id,
			lang,
			original,
			encoding: 'utf-8',
			sha256: sha256(original),
			blocks,
			sentences,
			title: {
				text: lines[lang][0],
				derived: false,
				span: { start: 0, end: lines[lang][0].length }
			},
			date,
			provenance: { kind: 'import', source: 'NTREX-128 (bench)' },
			version: 1,
			userModified: false,
			importedAt: now,
			updatedAt: now
		};
	});
	const rows: AlignmentRow[] = lines.en.map((_, k) => ({
		id: `r${k}`,
		cells: { en: [`s${k}`], hy: [`s${k}`], ru: [`s${k}`] },
		status: 'auto',
		score: 0.9,
		flagged: false,
		review: false,
		missing: [],
		notes: []
	}));
	const alignment: Alignment = {
		articleId: id,
		rows,
		orphanNotes: [],
		basis: { en: 1, hy: 1, ru: 1 },
		updatedAt: now
	};
	const article: Article = { id, origin: 'backup', createdAt: now, updatedAt: now };
	return { article, renderings, alignment };
}

/** The bundled articles of `exported` copied under new ids, then NTREX articles up to `ARTICLES`. */
function largeLibrary(exported: LibrarySnapshot): LibrarySnapshot {
	const now = Date.now();
	const snap: LibrarySnapshot = {
		articles: [],
		renderings: [],
		alignments: [],
		revisions: [],
		bundledOffers: [],
		reports: [],
		settings: exported.settings
	};
	const bundled = exported.articles;
	for (let k = 0; k < BUNDLED_COPIES; k++) {
		const source = bundled[k % bundled.length];
		const id = `lib-${k}-${source.id}`;
		snap.articles.push({ ...source, id, origin: 'backup', createdAt: now, updatedAt: now });
		for (const r of exported.renderings.filter((x) => x.articleId === source.id)) {
			snap.renderings.push({ ...r, id: `${id}:${r.lang}`, articleId: id, bundled: undefined });
		}
		const alignment = exported.alignments.find((a) => a.articleId === source.id);
		if (alignment) snap.alignments.push({ ...alignment, articleId: id });
	}
	// The long article for translator mode, part of the restored library (the app's own schema).
	const big = repeatLongest(exported, BIG_ID, BIG_ROWS);
	snap.articles.push(big.article);
	snap.renderings.push(...big.renderings);
	snap.alignments.push(big.alignment);
	const docs = ntrexDocs();
	if (docs.length === 0) throw new Error('No NTREX dev data: set NTREX_DIR');
	for (let k = 0; snap.articles.length < ARTICLES; k++) {
		const doc = docs[k % docs.length];
		// Later rounds start a few lines further in: other titles, other texts.
		const skip = Math.floor(k / docs.length) % Math.max(1, doc.en.length - 2);
		const lines = Object.fromEntries(LANGS.map((l) => [l, doc[l].slice(skip)])) as Record<
			Lang,
			string[]
		>;
		const made = lineArticle(`lib-ntrex-${k}`, lines, now, k % 700);
		snap.articles.push(made.article);
		snap.renderings.push(...made.renderings);
		snap.alignments.push(made.alignment);
	}
	return snap;
}

/** Waits for two frames' worth of paint after `ready()` holds (checked on every DOM change). */
const PAINTED = `(ready) => new Promise((resolve, reject) => {
	const timer = setTimeout(() => reject(new Error('not done within 60 s')), 60000);
	const done = () => requestAnimationFrame(() => {
		clearTimeout(timer);
		const c = new MessageChannel();
		c.port1.onmessage = () => resolve(performance.now());
		c.port2.postMessage(null);
	});
	if (ready()) return done();
	const o = new MutationObserver(() => { if (ready()) { o.disconnect(); done(); } });
	o.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})`;

async function coldList(page: Page): Promise<number> {
	await page.goto('/', { waitUntil: 'commit' });
	return page.evaluate(
		`(${PAINTED})(() => document.querySelectorAll('[data-testid="library-item"]').length >= 5)`
	);
}

/** Types the query one key at a time, each after the previous one's results were painted. */
async function typeQuery(page: Page, query: string) {
	return page.evaluate(
		`(async () => {
			const query = ${JSON.stringify(query)};
			const painted = ${PAINTED};
			const input = document.querySelector('#library-search');
			input.focus();
			const tasks = [];
			const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e.duration); });
			obs.observe({ type: 'longtask' });
			const times = [];
			for (let k = 1; k <= query.length; k++) {
				const q = query.slice(0, k);
				const t0 = performance.now();
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				if (k < 2) continue;
				const t1 = await painted(() => {
					const mark = document.querySelector('[data-testid="search-results"] mark');
					return !!mark && mark.textContent.toLowerCase() === q.toLowerCase();
				});
				const answers = performance.getEntriesByName('triptych:search-answer');
				const answered = answers.length ? answers[answers.length - 1].startTime - t0 : NaN;
				times.push({ q, ms: t1 - t0, answered, partial: !!document.querySelector('[data-testid="search-indexing"]') });
			}
			// Results from part of the library say so: wait for the complete ones.
			const partial = !!document.querySelector('[data-testid="search-indexing"]');
			const t0 = performance.now();
			const complete = (await painted(() => !document.querySelector('[data-testid="search-indexing"]'))) - t0;
			await new Promise((r) => setTimeout(r, 100));
			for (const e of obs.takeRecords()) tasks.push(e.duration);
			obs.disconnect();
			const hits = document.querySelectorAll('[data-testid="search-results"] > li').length;
			return { times, partial, complete, hits, longTasks: tasks.length, longest: tasks.length ? Math.max(...tasks) : 0 };
		})()`
	) as Promise<{
		/** `partial`: the hits came from part of the library (the page said it is still indexing). */
		times: Array<{ q: string; ms: number; answered: number; partial: boolean }>;
		/** Whether the last keystroke's results still came from part of the library. */
		partial: boolean;
		/** Then: ms from the last keystroke's results to the complete ones. */
		complete: number;
		hits: number;
		longTasks: number;
		longest: number;
	}>;
}

/** The search worker's figures: its JS heap after a GC (CDP) and its last indexing pass. */
async function searchWorker(
	page: Page
): Promise<{ heap?: number; stats?: Record<string, number>; searchMs?: number[] }> {
	const worker = page.workers().find((w) => /search/.test(w.url()));
	if (!worker) return {};
	const stats = (await worker.evaluate('globalThis.__searchStats')) as
		Record<string, number> | undefined;
	// The time each query took in the index (the rest of a keystroke is messaging and painting).
	const searchMs = (await worker.evaluate('globalThis.__searchMs')) as number[] | undefined;
	let heap: number | undefined;
	try {
		const browserCdp = await page.context().browser()!.newBrowserCDPSession();
		const { targetInfos } = (await browserCdp.send('Target.getTargets')) as {
			targetInfos: Array<{ targetId: string; type: string; url: string }>;
		};
		await browserCdp.detach();
		const target = targetInfos.find((t) => t.type === 'worker' && /search/.test(t.url));
		if (target) heap = await workerHeap(page, target.targetId);
	} catch {
		heap = undefined;
	}
	return { heap, stats, searchMs };
}

/** A worker's used JS heap in MB after a GC, through a CDP session attached from the page. */
async function workerHeap(page: Page, targetId: string): Promise<number | undefined> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const { sessionId } = (await cdp.send('Target.attachToTarget', {
			targetId,
			flatten: false
		})) as {
			sessionId: string;
		};
		let nextId = 1;
		const call = (method: string) =>
			new Promise<Record<string, unknown>>((resolve) => {
				const id = nextId++;
				const listener = (event: { sessionId?: string; message: string }) => {
					const reply = JSON.parse(event.message) as {
						id?: number;
						result?: Record<string, unknown>;
					};
					if (event.sessionId !== sessionId || reply.id !== id) return;
					cdp.off('Target.receivedMessageFromTarget', listener);
					resolve(reply.result ?? {});
				};
				cdp.on('Target.receivedMessageFromTarget', listener);
				void cdp.send('Target.sendMessageToTarget', {
					sessionId,
					message: JSON.stringify({ id, method })
				});
			});
		await call('HeapProfiler.collectGarbage');
		const usage = await call('Runtime.getHeapUsage');
		return typeof usage.usedSize === 'number' ? usage.usedSize / 1024 / 1024 : undefined;
	} finally {
		await cdp.detach();
	}
}

/** IndexedDB on the device in MB (the library, and what search keeps for the next visit). */
async function storage(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const e = (await navigator.storage.estimate()) as StorageEstimate & {
			usageDetails?: { indexedDB?: number };
		};
		return (e.usageDetails?.indexedDB ?? e.usage ?? 0) / 1024 / 1024;
	});
}

async function heapMB(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await cdp.detach();
	return usedSize / 1024 / 1024;
}

/**
 * Opens the first article of the list as a reader does, by clicking its title on the library
 * page (an in-app navigation): ms from the click to the first aligned row painted.
 */
async function clickOpen(page: Page): Promise<number> {
	await coldList(page);
	await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
	return page.evaluate(
		`(async () => {
			const painted = ${PAINTED};
			const link = document.querySelector('[data-testid="library-item"] a');
			const t0 = performance.now();
			link.click();
			const t1 = await painted(() => {
				const row = document.querySelector('[data-testid="row"]');
				return row !== null && row.querySelectorAll('[data-lang]').length > 1;
			});
			return t1 - t0;
		})()`
	) as Promise<number>;
}

async function firstRow(page: Page, url: string): Promise<number> {
	await page.goto(url, { waitUntil: 'commit' });
	return page.evaluate(() => (window as unknown as { __firstRow: Promise<number> }).__firstRow);
}

interface OpFigures {
	ms: number;
	longTasks: number;
	longest: number;
	nodes: number;
}

/** Runs `act` in the page, then waits until `ready` holds and the result is painted. */
async function operation(page: Page, act: string, ready: string): Promise<OpFigures> {
	return page.evaluate(
		`(async () => {
			const painted = ${PAINTED};
			const tasks = [];
			const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push(e.duration); });
			obs.observe({ type: 'longtask' });
			const t0 = performance.now();
			(${act})();
			const t1 = await painted(${ready});
			await new Promise((r) => setTimeout(r, 300));
			for (const e of obs.takeRecords()) tasks.push(e.duration);
			obs.disconnect();
			return { ms: t1 - t0, longTasks: tasks.length, longest: tasks.length ? Math.max(...tasks) : 0,
				nodes: document.getElementsByTagName('*').length };
		})()`
	) as Promise<OpFigures>;
}

async function translatorOps(page: Page): Promise<Record<string, OpFigures>> {
	await page.goto(`/article?id=${BIG_ID}`);
	await page.getByTestId('row').nth(5).waitFor({ timeout: 120_000 });
	await page
		.getByTestId('translator-mode')
		.and(page.locator(':enabled'))
		.waitFor({ timeout: 120_000 });
	// Wait until the rows stop being added (the reader may render them in steps).
	await page.evaluate(async () => {
		let last = -1;
		for (let stable = 0, k = 0; stable < 4 && k < 480; k++) {
			const n = document.getElementsByTagName('*').length;
			stable = n === last ? stable + 1 : 0;
			last = n;
			await new Promise((r) => setTimeout(r, 250));
		}
	});
	await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
	const out: Record<string, OpFigures> = {};
	step('  toggle on');
	out['toggle on'] = await operation(
		page,
		`() => document.querySelector('[data-testid="translator-mode"]').click()`,
		`() => !!document.querySelector('[data-testid="editor-bar"]') && document.querySelectorAll('[data-testid="row-status"]').length > 0`
	);
	// Choose the second row (not timed), then merge it with the next one.
	step('  merge');
	await page.getByTestId('row').nth(1).locator('[data-lang]').first().click();
	await page
		.locator('[data-testid="row-controls"], [data-testid="action-bar"]')
		.first()
		.waitFor({ timeout: 60_000 });
	const bar = `(document.querySelector('[data-testid="editor-bar"]')?.textContent ?? '')`;
	const button = (name: string) =>
		`() => [...document.querySelectorAll('[data-testid="row-controls"] button, [data-testid="action-bar"] button, [data-testid="editor-bar"] button')].find((b) => b.textContent.replace(/\\s+/g, ' ').includes(${JSON.stringify(name)})).click()`;
	// The editor bar's progress line counts the rows: "Confirmed: 0% (0 of 2000 rows)".
	out.merge = await operation(
		page,
		button('Merge with next'),
		`() => ${bar}.includes('of ${BIG_ROWS - 1} rows')`
	);
	out.undo = await operation(
		page,
		button('Undo'),
		`() => ${bar}.includes('(0 of ${BIG_ROWS} rows')`
	);
	step('  confirm');
	await page.getByTestId('row').nth(1).locator('[data-lang]').first().click();
	await page
		.locator('[data-testid="row-controls"], [data-testid="action-bar"]')
		.first()
		.waitFor({ timeout: 60_000 });
	out.confirm = await operation(
		page,
		button('Confirm'),
		`() => ${bar}.includes('(1 of ${BIG_ROWS} rows')`
	);
	return out;
}

/** Lighthouse (mobile preset) if it runs here; undefined with a reason otherwise. */
function lighthouse(url: string): { score: number; lcp: number; tbt: number } | string {
	const chrome = chromiumPath();
	const dir = mkdtempSync(join(tmpdir(), 'triptych-lh-'));
	const out = join(dir, 'report.json');
	const bin = process.env.LIGHTHOUSE;
	const [cmd, pre] = bin ? [bin, []] : ['npx', ['--no-install', 'lighthouse']];
	const result = spawnSync(
		cmd,
		[
			...pre,
			url,
			'--quiet',
			'--only-categories=performance',
			'--output=json',
			`--output-path=${out}`,
			'--chrome-flags=--no-sandbox --headless=new --disable-background-networking --disable-component-update'
		],
		{ env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', timeout: 180_000 }
	);
	try {
		if (result.status !== 0 || !existsSync(out)) {
			return `lighthouse unavailable or failed (${(result.stderr || String(result.error ?? '')).trim().split('\n').at(-1)})`;
		}
		const report = JSON.parse(readFileSync(out, 'utf8'));
		return {
			score: Math.round(report.categories.performance.score * 100),
			lcp: report.audits['largest-contentful-paint'].numericValue,
			tbt: report.audits['total-blocking-time'].numericValue
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const ms = (x: number) => x.toFixed(0);
const started = Date.now();
/** Progress on stderr, so a long run shows where it is. */
const step = (what: string) =>
	process.stderr.write(`  [${((Date.now() - started) / 1000).toFixed(0)} s] ${what}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
	const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()
		.map((x) => x.toFixed(1))
		.join(' / ')}`;
	await withBuildInChromium(async (browser, baseURL) => {
		const { defaultBrowserType: _, ...phone } = devices['Pixel 7'];
		const context = await browser.newContext({
			...phone,
			baseURL,
			acceptDownloads: true
		});
		await context.addInitScript('globalThis.__name = (f) => f;');
		await context.addInitScript(watchFirstAlignedRow);
		const page = await context.newPage();
		step('seeding the bundled library');
		await waitForSeededLibrary(page);
		step('building and restoring 1,000 articles');

		// The bundled library as the app exports it, grown to 1,000 articles, restored by the app.
		const exported = await exportLibrary(page);
		const restored = await restoreThroughSettings(
			page,
			largeLibrary(exported),
			'replace',
			/1,?000/
		);
		const restoreMs = restored.ms;
		const sizeMB = restored.sizeMB;

		// As a user meets it: the restore reported, go to the library (in the app) and type at once.
		step('search right after the restore');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Library', exact: true })
			.click();
		await page.locator('#library-search').waitFor();
		const afterRestore = await typeQuery(page, QUERY);
		const worker0 = await searchWorker(page);

		// Restored again, a new copy (new stamps: nothing the search above kept answers for it),
		// this time reloaded before the first search, as the figures below measure.
		step('restoring again');
		const again = await restoreThroughSettings(page, largeLibrary(exported), 'replace', /1,?000/);

		step('cold list');
		await coldList(page); // warm-up: service worker, caches
		const cold: number[] = [];
		for (let k = 0; k < RUNS; k++) cold.push(await coldList(page));
		await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
		const heapList = await heapMB(page);
		const storageListMB = await storage(page);
		step('search');
		const first = await typeQuery(page, QUERY);
		const heapSearch = await heapMB(page);
		const worker1 = await searchWorker(page);
		await coldList(page);
		await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
		const second = await typeQuery(page, QUERY);
		const worker2 = await searchWorker(page);
		// As a user meets it: open the library, click into search at once, type.
		await coldList(page);
		const third = await typeQuery(page, QUERY);
		const storageMB = await storage(page);

		const articleUrl = `/article?id=${encodeURIComponent(exported.articles[0] ? `lib-0-${exported.articles[0].id}` : '')}`;
		step('article open');
		await firstRow(page, articleUrl);
		const open: number[] = [];
		for (let k = 0; k < RUNS; k++) open.push(await firstRow(page, articleUrl));
		await clickOpen(page);
		const clicked: number[] = [];
		for (let k = 0; k < RUNS; k++) clicked.push(await clickOpen(page));

		step('translator mode');
		const ops = await translatorOps(page).catch(async (error: unknown) => {
			console.log(`Translator mode not measured: ${String(error).split('\n')[0]}`);
			await page.screenshot({ path: join(tmpdir(), 'triptych-bench-translator.png') });
			return {} as Record<string, OpFigures>;
		});

		const perKey = (r: typeof first) =>
			r.times
				.map((t) => `${t.q}:${ms(t.ms)}${t.partial ? '*' : ''} (${ms(t.answered)})`)
				.join(' ') +
			` (${r.hits} hits; ${r.longTasks} long tasks, longest ${ms(r.longest)} ms)` +
			(r.partial ? `; complete hits ${ms(r.complete)} ms after the last key` : '');
		const workerFigures = (w: typeof worker1) => {
			const s = w.stats;
			const heap =
				(w.heap === undefined ? 'heap not measured' : `heap ${w.heap.toFixed(1)} MB`) +
				(w.searchMs ? `; queries ${w.searchMs.map(ms).join(', ')} ms in the index` : '');
			if (!s) return `${heap}; no indexing pass recorded`;
			return (
				`${heap}; last pass ${ms(s.totalMs)} ms for ${s.articles} articles ` +
				`(${s.fromCache} from the cache, ${s.fromLibrary} from the library): ` +
				`stamps ${ms(s.stampsMs)}, waiting for a restore's records ${ms(s.settleMs ?? 0)}, ` +
				`cache read ${ms(s.cacheReadMs)}, ` +
				`library read ${ms(s.libraryReadMs)}, records ${ms(s.recordMs)}, ` +
				`folding ${ms(s.indexMs)}, cache write ${ms(s.cacheWriteMs)} ms; ` +
				`${(s.characters / 1e6).toFixed(1)} M characters`
			);
		};
		console.log(`Machine: ${machine}`);
		console.log(
			`Library: ${ARTICLES} articles, backup ${sizeMB.toFixed(1)} MB, restored through Settings in ${ms(restoreMs)} ms (again, replacing it: ${ms(again.ms)} ms)`
		);
		printTable(
			['measure', 'figure'],
			[
				[
					`cold load → first screen of the list, median of ${RUNS}`,
					`${ms(median(cold))} ms (${cold.map(ms).join(', ')})`
				],
				[
					`search "${QUERY}", per keystroke ms, right after the restore (Settings → Library in the app)`,
					perKey(afterRestore)
				],
				[
					`search "${QUERY}", per keystroke ms, first search after the second restore and reloads`,
					perKey(first)
				],
				[`search "${QUERY}", per keystroke ms, again after a reload + 1 s`, perKey(second)],
				[`search "${QUERY}", per keystroke ms, typed right after a reload`, perKey(third)],
				['search worker, after the search right after the restore', workerFigures(worker0)],
				['search worker, after the first search after load', workerFigures(worker1)],
				['search worker, after a reload', workerFigures(worker2)],
				['JS heap, library page after GC', `${heapList.toFixed(1)} MB`],
				['JS heap, library page after a search, after GC', `${heapSearch.toFixed(1)} MB`],
				[
					'IndexedDB storage used: before a search, after the searches',
					`${storageListMB.toFixed(1)} MB, ${storageMB.toFixed(1)} MB`
				],
				[
					`open an article of the library → first aligned row, median of ${RUNS}`,
					`${ms(median(open))} ms (${open.map(ms).join(', ')})`
				],
				[
					`the same, by a click on the library page (in-app) → first aligned row, median of ${RUNS}`,
					`${ms(median(clicked))} ms (${clicked.map(ms).join(', ')})`
				],
				...Object.entries(ops).map(([name, f]) => [
					`translator mode, ${BIG_ROWS} rows: ${name}`,
					`${ms(f.ms)} ms; ${f.longTasks} long tasks, longest ${ms(f.longest)} ms; ${f.nodes} DOM nodes`
				])
			]
		);
		console.log(
			'(n): ms from the key to the (last) answer reaching the page; the rest is rendering and painting'
		);
		console.log(
			'* hits from part of the library, the page saying search is still indexing (then re-asked as more is indexed)'
		);
		await context.close();

		if (process.env.LIGHTHOUSE_SKIP) {
			console.log('\nLighthouse: skipped (LIGHTHOUSE_SKIP).');
		} else {
			// A fresh profile each run: a first visit, as the issue measures it.
			const bundledId = exported.articles[0]?.id ?? '';
			const rows: string[][] = [];
			for (const [name, url] of [
				['library', `${baseURL}/`],
				['article', `${baseURL}/article?id=${encodeURIComponent(bundledId)}`]
			]) {
				step(`lighthouse ${name}`);
				const r = lighthouse(url);
				rows.push(
					typeof r === 'string'
						? [name, r, '', '']
						: [name, String(r.score), `${(r.lcp / 1000).toFixed(1)} s`, `${ms(r.tbt)} ms`]
				);
			}
			console.log('\nLighthouse, mobile preset, first visit:\n');
			printTable(['page', 'performance', 'LCP', 'TBT'], rows);
		}
	});
}
