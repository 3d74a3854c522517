/**
 * Bench section: the sentence segmenter against `Intl.Segmenter` (granularity 'sentence'), per
 * language. Accuracy is the share of golden cases (tests/fixtures/segment/<lang>.json, and the
 * public Golden Rules sets in tests/fixtures/segment/golden-rules/) whose sentences come out
 * exactly right; boundary precision, recall and F1 on real news paragraphs made from the
 * development data (consecutive sentences of one article joined, 1-5 at a time; the line
 * boundaries are the gold; set ALIGN_DEVDATA to its directory); throughput is MB/s (UTF-8
 * megabytes, 10^6 bytes) on the bundled corpus of that language repeated to about 5 MB.
 *
 * Both segmenters are timed block by block (paragraphs split at blank lines), which is how the
 * app segments. `Intl.Segmenter` cannot be timed on the 5 MB text as one string: iterating it in
 * V8 grows faster than linearly (0.1 MB takes seconds, 0.4 MB half a minute). Ours is also timed
 * on the whole text as one string, which shows it stays linear.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../../lib/core/segment/segment';
import { LANGS, type Lang } from '../../lib/core/types';
import { printTable } from './_table';
import { articles, readCorpus, type Corpus } from './align-support/devset';
import { random } from './align-support/stress';

export const title = 'Sentence segmentation vs Intl.Segmenter';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const TARGET_BYTES = 5_000_000;

interface GoldenCase {
	input: string;
	expected: string[];
}

type Segmenter = (text: string, lang: Lang) => string[];

const ours: Segmenter = (text, lang) => segment(text, lang).map((s) => text.slice(s.start, s.end));

function platform(lang: Lang): (text: string) => string[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
	return (text) => [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
}

function accuracy(cases: GoldenCase[], run: (text: string) => string[]): number {
	const right = cases.filter((c) => JSON.stringify(run(c.input)) === JSON.stringify(c.expected));
	return cases.length === 0 ? NaN : right.length / cases.length;
}

/** The language's bundled renderings, repeated until about 5 MB of UTF-8. */
function largeText(lang: Lang): string {
	const corpus = join(root, 'static/corpus');
	const parts = readdirSync(corpus)
		.map((id) => join(corpus, id, `${lang}.txt`))
		.filter((file) => existsSync(file))
		.map((file) => readFileSync(file, 'utf8'));
	const unit = parts.join('\n\n');
	const unitBytes = Buffer.byteLength(unit, 'utf8');
	return unitBytes === 0
		? ''
		: Array(Math.ceil(TARGET_BYTES / unitBytes))
				.fill(unit)
				.join('\n\n');
}

/** Best of a few timed runs after a warm-up, in MB/s. */
function throughput(bytes: number, run: () => unknown, rounds = 3): number {
	run();
	let best = Infinity;
	for (let k = 0; k < rounds; k++) {
		const started = performance.now();
		run();
		best = Math.min(best, performance.now() - started);
	}
	return bytes / 1e6 / (best / 1000);
}

function readCases(file: string): GoldenCase[] {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenCase[]) : [];
}

function passed(cases: GoldenCase[], run: (text: string) => string[]): number {
	return cases.filter((c) => JSON.stringify(run(c.input)) === JSON.stringify(c.expected)).length;
}

/** News paragraphs of one language: 1-5 consecutive sentences of an article (headlines left out). */
function newsParagraphs(corpus: Corpus, lang: Lang): Array<{ text: string; gold: number[] }> {
	const rand = random(7);
	const out: Array<{ text: string; gold: number[] }> = [];
	for (const a of articles(corpus)) {
		for (let i = a.start + 1; i < a.end;) {
			const k = Math.min(a.end - i, 1 + Math.floor(rand() * 5));
			const sentences = corpus.lines[lang].slice(i, i + k).map((s) => s.trim());
			i += k;
			const gold: number[] = [];
			let at = 0;
			for (const s of sentences.slice(0, -1)) {
				at += s.length;
				gold.push(at);
				at += 1;
			}
			out.push({ text: sentences.join(' '), gold });
		}
	}
	return out;
}

/** Boundary precision, recall and F1 of a segmenter on paragraphs with gold boundaries. */
function boundaryF1(
	paragraphs: Array<{ text: string; gold: number[] }>,
	ends: (text: string) => number[]
): { p: number; r: number; f1: number } {
	let hits = 0;
	let predicted = 0;
	let expected = 0;
	for (const { text, gold } of paragraphs) {
		const found = new Set(ends(text));
		predicted += found.size;
		expected += gold.length;
		for (const g of gold) if (found.has(g)) hits++;
	}
	const p = hits / Math.max(1, predicted);
	const r = hits / Math.max(1, expected);
	return { p, r, f1: (2 * p * r) / Math.max(1e-9, p + r) };
}

function devDir(): string {
	return process.env.ALIGN_DEVDATA ?? join(root, '../shared/devdata/ntrex-dev');
}

function quality(): void {
	const head = ['lang', 'Golden Rules', 'Intl', 'news P', 'news R', 'news F1', 'Intl news F1'];
	const dir = devDir();
	const corpus = existsSync(join(dir, 'doc-ids.txt')) ? readCorpus(dir) : undefined;
	const rows = LANGS.map((lang) => {
		const golden = readCases(join(root, `tests/fixtures/segment/golden-rules/${lang}.json`));
		const intl = platform(lang);
		const cells = [
			lang,
			`${passed(golden, (t) => ours(t, lang))} / ${golden.length}`,
			`${passed(golden, intl)} / ${golden.length}`
		];
		if (!corpus) return [...cells, '—', '—', '—', '—'];
		const paragraphs = newsParagraphs(corpus, lang);
		const interior = (spans: Array<{ end: number }>) => spans.slice(0, -1).map((s) => s.end);
		const mine = boundaryF1(paragraphs, (t) => interior(segment(t, lang)));
		const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		const theirs = boundaryF1(paragraphs, (t) =>
			interior(
				[...segmenter.segment(t)].map((s) => ({ end: s.index + s.segment.trimEnd().length }))
			)
		);
		const f = (x: number) => x.toFixed(3);
		return [...cells, f(mine.p), f(mine.r), f(mine.f1), f(theirs.f1)];
	});
	console.log(
		corpus
			? `Golden Rules (pySBD sets) and boundary F1 on news paragraphs from ${dir}:\n`
			: `Golden Rules (pySBD sets); no development data in ${dir}, news paragraphs skipped:\n`
	);
	printTable(head, rows);
	console.log('');
}

export async function run(): Promise<void> {
	quality();
	const head = [
		'lang',
		'cases',
		'segment acc.',
		'Intl acc.',
		'text MB',
		'segment MB/s (blocks)',
		'Intl MB/s (blocks)',
		'segment MB/s (one string)'
	];
	const rows: string[][] = [];
	for (const lang of LANGS) {
		const file = join(root, `tests/fixtures/segment/${lang}.json`);
		const cases = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenCase[]) : [];
		const intl = platform(lang);
		const text = largeText(lang);
		const bytes = Buffer.byteLength(text, 'utf8');
		const blocks = text.split(/\n\s*\n/);
		const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}%`);
		const mbs = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
		rows.push([
			lang,
			String(cases.length),
			pct(accuracy(cases, (t) => ours(t, lang))),
			pct(accuracy(cases, intl)),
			(bytes / 1e6).toFixed(1),
			mbs(throughput(bytes, () => blocks.map((b) => segment(b, lang).length))),
			// Intl.Segmenter is lazy: consuming the iterator is what does the work.
			mbs(
				throughput(bytes, () =>
					blocks.map((b) => {
						let n = 0;
						for (const _ of segmenter.segment(b)) n++;
						return n;
					})
				)
			),
			mbs(throughput(bytes, () => segment(text, lang).length))
		]);
	}
	printTable(head, rows);
}
