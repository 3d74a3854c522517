/**
 * Golden cases from news usage (tests/fixtures/segment/{en,hy,ru}.json, golden-rules style):
 * the segmenter must get at least 98% of them exactly right in each language, and more of them
 * than the platform's `Intl.Segmenter`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/lib/core/segment/segment';
import { LANGS, type Lang } from '../../src/lib/core/types';

interface GoldenCase {
	input: string;
	expected: string[];
}

function cases(lang: Lang): GoldenCase[] {
	const url = new URL(`../fixtures/segment/${lang}.json`, import.meta.url);
	return JSON.parse(readFileSync(url, 'utf8')) as GoldenCase[];
}

const ours = (text: string, lang: Lang) =>
	segment(text, lang).map((s) => text.slice(s.start, s.end));

function intl(text: string, lang: Lang): string[] {
	const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
	return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

function passRate(all: GoldenCase[], run: (text: string) => string[]) {
	const failures = all.filter((c) => JSON.stringify(run(c.input)) !== JSON.stringify(c.expected));
	return { rate: 1 - failures.length / all.length, failures };
}

describe.each(LANGS)('golden sentence cases (%s)', (lang) => {
	const all = cases(lang);

	it('has at least 60 cases, each expected sentence a trimmed piece of the input', () => {
		expect(all.length).toBeGreaterThanOrEqual(60);
		for (const c of all) {
			let from = 0;
			for (const sentence of c.expected) {
				expect(sentence).toBe(sentence.trim());
				const at = c.input.indexOf(sentence, from);
				expect(at, `${sentence} in ${c.input}`).toBeGreaterThanOrEqual(from);
				from = at + sentence.length;
			}
		}
	});

	it('passes at least 98% of the cases', () => {
		const { rate, failures } = passRate(all, (text) => ours(text, lang));
		for (const f of failures) {
			console.log(
				`[${lang}] ${JSON.stringify(f.input)}\n  expected ${JSON.stringify(f.expected)}\n  got      ${JSON.stringify(ours(f.input, lang))}`
			);
		}
		expect(rate).toBeGreaterThanOrEqual(0.98);
	});

	it('beats Intl.Segmenter on them', () => {
		const mine = passRate(all, (text) => ours(text, lang)).rate;
		const platform = passRate(all, (text) => intl(text, lang)).rate;
		console.log(
			`[${lang}] ${all.length} cases: segment ${(mine * 100).toFixed(1)}%, Intl.Segmenter ${(platform * 100).toFixed(1)}%`
		);
		expect(mine).toBeGreaterThan(platform);
	});
});

interface PublicCase extends GoldenCase {
	/** Why the case is not scored: it contradicts news text, or is no segmentation. */
	skip?: string;
}

/** Whitespace runs collapsed: the public sets' expected sentences come from cleaning segmenters. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

// pySBD's Golden Rules per language and the pragmatic_segmenter gem's English spec, stored in
// tests/fixtures/segment/golden-rules (see its README).
describe.each([
	...LANGS.map((lang) => ({ lang, file: `${lang}.json`, min: 0.95 })),
	{ lang: 'en' as Lang, file: 'pragmatic-en.json', min: 0.97 }
])('public sentence-boundary set $file', ({ lang, file, min }) => {
	const url = new URL(`../fixtures/segment/golden-rules/${file}`, import.meta.url);
	const all = JSON.parse(readFileSync(url, 'utf8')) as PublicCase[];
	const scored = all.filter((c) => !c.skip);

	it(`passes at least ${min * 100}% of the scored cases; few are skipped, each with a reason`, () => {
		const failures = scored.filter(
			(c) => JSON.stringify(ours(c.input, lang).map(norm)) !== JSON.stringify(c.expected.map(norm))
		);
		for (const f of failures) {
			console.log(
				`[${file}] ${JSON.stringify(f.input)}\n  expected ${JSON.stringify(f.expected)}\n  got      ${JSON.stringify(ours(f.input, lang))}`
			);
		}
		expect(scored.length - failures.length).toBeGreaterThanOrEqual(Math.ceil(min * scored.length));
		expect(all.length - scored.length).toBeLessThanOrEqual(0.1 * all.length);
		for (const c of all) if (c.skip !== undefined) expect(c.skip.length).toBeGreaterThan(40);
	});
});
