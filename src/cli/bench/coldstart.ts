/**
 * Bench section: a first visit on a mid-range phone, in Chromium, against the production build.
 * Each run is a fresh profile (no service worker, empty IndexedDB: the bundled library is stored
 * during the visit) on a phone viewport, with the CPU slowed 4× and the network of Lighthouse's
 * mobile preset (150 ms round trip, 1.6 Mbit/s down), applied by DevTools. Reports, as the
 * median of a few runs: first contentful paint, largest contentful paint, total blocking time
 * (the part of each main-thread task over 50 ms, from the first paint until start-up is done)
 * and when start-up work (seeding, background alignment) is done.
 *
 * Not Lighthouse (not a dependency here), whose simulated throttling gives other absolute
 * numbers, but the same conditions, so before/after comparisons hold. The port is `BENCH_PORT`,
 * else a free one. Builds nothing: run `npm run build` first. Figures only, never pass/fail.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { freePort, startPreview } from './reader';
import { printTable } from './_table';

export const title = 'Cold start on a phone (fresh profile, CPU ×4, 150 ms / 1.6 Mbit/s)';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNS = 3;
const PAGES = [
	{ name: 'library', path: '/' },
	{ name: 'article', path: '/article?id=001_7f7eb624f6e7fedd' }
];

interface Figures {
	fcp: number;
	lcp: number;
	tbt: number;
	done: number;
}

/** Installed before any page script: collects paints, the LCP candidates and long tasks. */
function observe(): void {
	const w = window as unknown as { __perf: { lcp: number; tasks: [number, number][] } };
	w.__perf = { lcp: 0, tasks: [] };
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__perf.lcp = e.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) w.__perf.tasks.push([e.startTime, e.duration]);
	}).observe({ type: 'longtask', buffered: true });
}

async function visit(baseURL: string, path: string): Promise<Figures> {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const context = await browser.newContext({ ...devices['Pixel 7'], baseURL });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 150,
			downloadThroughput: (1.6 * 1024 * 1024) / 8,
			uploadThroughput: (750 * 1024) / 8
		});
		await page.addInitScript(observe);
		await page.goto(path, { waitUntil: 'commit' });
		// Start-up is done when seeding and background alignment are (the app marks it).
		await page.waitForFunction(
			() => performance.getEntriesByName('triptych:startup-done').length > 0,
			undefined,
			{ timeout: 120_000, polling: 100 }
		);
		// A last frame, so a paint caused by the final write is counted.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
		return await page.evaluate(() => {
			const perf = (window as unknown as { __perf: { lcp: number; tasks: [number, number][] } })
				.__perf;
			const fcp =
				performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
			const done = performance.getEntriesByName('triptych:startup-done')[0].startTime;
			const tbt = perf.tasks
				.filter(([start]) => start >= fcp && start <= done)
				.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
			return { fcp, lcp: perf.lcp, tbt, done };
		});
	} finally {
		await browser.close();
	}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const ms = (v: number) => `${Math.round(v)} ms`;

export async function run(): Promise<void> {
	if (!existsSync(join(root, 'build/index.html'))) {
		console.log('No production build in build/: run `npm run build` first.');
		return;
	}
	const port = Number(process.env.BENCH_PORT) || (await freePort());
	const server = await startPreview(port);
	try {
		const rows: string[][] = [];
		for (const { name, path } of PAGES) {
			const runs: Figures[] = [];
			for (let k = 0; k < RUNS; k++) runs.push(await visit(`http://127.0.0.1:${port}`, path));
			const pick = (key: keyof Figures) => ms(median(runs.map((r) => r[key])));
			rows.push([name, pick('fcp'), pick('lcp'), pick('tbt'), pick('done')]);
		}
		printTable(['first visit', 'FCP', 'LCP', 'TBT (FCP → start-up done)', 'start-up done'], rows);
		console.log(`\nMedian of ${RUNS} runs each; machine load now: ${loadNote()}.`);
	} finally {
		server.kill();
	}
}

function loadNote(): string {
	const [one, five] = loadavg();
	return `load average ${one.toFixed(1)} / ${five.toFixed(1)} on ${cpus().length} cores`;
}
