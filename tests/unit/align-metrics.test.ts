import { describe, expect, it } from 'vitest';
import { checkRows, linkF1, projectRows, rowF1 } from '../../src/cli/bench/align-support/metrics';
import {
	dropUnit,
	joinUnits,
	stressVariants,
	syntheticDoc,
	type ReferenceDoc
} from '../../src/cli/bench/align-support/stress';
import type { IndexRow } from '../../src/lib/core/types';
import { devCases, type Corpus } from '../../src/cli/bench/align-support/devset';

const row = (en: number[], ru: number[], hy?: number[]): IndexRow => ({
	en,
	ru,
	...(hy ? { hy } : {}),
	score: 1
});

describe('link and row F1', () => {
	it('is perfect for identical rows and counts sentences left without a partner', () => {
		const gold = [row([0], [0]), row([1, 2], [1]), row([3], [])];
		expect(linkF1(gold, gold).f1).toBe(1);
		expect(rowF1(gold, gold).f1).toBe(1);
		// Splitting the 2-1 row: one of its two links is lost, and a null link is invented.
		const pred = [row([0], [0]), row([1], [1]), row([2], []), row([3], [])];
		const f = linkF1(pred, gold);
		expect(f.recall).toBeCloseTo(3 / 4);
		expect(f.precision).toBeCloseTo(3 / 4);
		expect(rowF1(pred, gold).precision).toBeCloseTo(2 / 4);
		expect(rowF1(pred, gold).recall).toBeCloseTo(2 / 3);
	});

	it('projects three-way rows to a pair, splitting n-n rows into 1-1', () => {
		const three = [row([0, 1], [0], [0, 1]), row([2], [1, 2], [2]), row([], [3], [])];
		expect(projectRows(three, ['en', 'hy']).map((r) => [r.en, r.hy])).toEqual([
			[[0], [0]],
			[[1], [1]],
			[[2], [2]]
		]);
		expect(projectRows(three, ['en', 'ru']).map((r) => [r.en, r.ru])).toEqual([
			[[0, 1], [0]],
			[[2], [1, 2]],
			[[], [3]]
		]);
	});

	it('spots rows that lose, repeat or reorder units', () => {
		expect(checkRows([row([0], [0]), row([1], [1])], { en: 2, ru: 2 })).toBeUndefined();
		expect(checkRows([row([0], [0])], { en: 2, ru: 1 })).toMatch(/en/);
		expect(checkRows([row([1], [0]), row([0], [1])], { en: 2, ru: 2 })).toMatch(/en/);
		expect(checkRows([row([0], [0]), row([], [])], { en: 1, ru: 1 })).toBe('empty row');
	});
});

describe('stress variants', () => {
	const base: ReferenceDoc = {
		units: {
			en: ['A.', 'B.', 'C.', 'D.'].map((text) => ({ text, block: 0 })),
			ru: ['А.', 'Б.', 'В.', 'Г.'].map((text) => ({ text, block: 0 }))
		},
		rows: [row([0], [0]), row([1], [1]), row([2], [2]), row([3], [3])]
	};

	it('drops a sentence and keeps the reference rows exact', () => {
		const d = dropUnit(base, 'ru', 1);
		expect(d.units.ru!.map((u) => u.text)).toEqual(['А.', 'В.', 'Г.']);
		expect(d.rows.map((r) => [r.en, r.ru])).toEqual([
			[[0], [0]],
			[[1], []],
			[[2], [1]],
			[[3], [2]]
		]);
	});

	it('joins two sentences and merges their reference rows', () => {
		const j = joinUnits(base, 'en', 1);
		expect(j.units.en!.map((u) => u.text)).toEqual(['A.', 'B. C.', 'D.']);
		expect(j.rows.map((r) => [r.en, r.ru])).toEqual([
			[[0], [0]],
			[[1], [1, 2]],
			[[2], [3]]
		]);
	});

	it('makes valid, deterministic variants', () => {
		const doc = syntheticDoc(60, 3);
		const a = stressVariants(doc, { seed: 5 });
		const b = stressVariants(doc, { seed: 5 });
		expect(a.map((v) => v.doc.rows)).toEqual(b.map((v) => v.doc.rows));
		for (const v of a) {
			const sizes = {
				en: v.doc.units.en!.length,
				hy: v.doc.units.hy!.length,
				ru: v.doc.units.ru!.length
			};
			expect(checkRows(v.doc.rows, sizes), v.name).toBeUndefined();
			for (const r of v.doc.rows)
				for (const l of ['en', 'hy', 'ru'] as const) expect(r[l]!.length).toBeLessThanOrEqual(3);
		}
	});
});

describe('development-set cases', () => {
	// A small parallel corpus of two articles, one sentence a line, as the NTREX data comes.
	const doc: string[] = [];
	const lines: Corpus['lines'] = { en: [], hy: [], ru: [] };
	for (let a = 0; a < 3; a++) {
		for (let k = 0; k < 12; k++) {
			doc.push(`article-${a}`);
			lines.en.push(
				k === 0 ? `Headline ${a}` : `Sentence ${a}.${k}, with a clause in it, ends here.`
			);
			lines.hy.push(k === 0 ? `Վերնագիր ${a}` : `Նախադասություն ${a}.${k}, մի մասով, ավարտվում է:`);
			lines.ru.push(
				k === 0 ? `Заголовок ${a}` : `Предложение ${a}.${k}, с оборотом, кончается здесь.`
			);
		}
	}
	const corpus: Corpus = { lines, doc };
	const heavy = { merge: 0.15, split: 0.1, drop: 0.08, insert: 0.05 };

	it('are the same for the same seed, and their gold rows align every sentence once', () => {
		const a = devCases(corpus, { seed: 3, count: 20, rates: heavy });
		expect(devCases(corpus, { seed: 3, count: 20, rates: heavy })).toEqual(a);
		const shapes = new Set<string>();
		for (const c of a) {
			const sizes = { en: c.units.en!.length, hy: c.units.hy!.length, ru: c.units.ru!.length };
			expect(checkRows(c.rows, sizes), c.name).toBeUndefined();
			for (const r of c.rows) {
				shapes.add([r.en!.length, r.hy!.length, r.ru!.length].join(''));
				for (const l of ['en', 'hy', 'ru'] as const) expect(r[l]!.length).toBeLessThanOrEqual(3);
			}
		}
		// Merges, splits, drops and additions all happen, in every language.
		for (const shape of ['211', '121', '112', '011', '101', '110', '100', '010', '001']) {
			expect(
				[...shapes].some((s) => s === shape || s.replace(/2/g, '1') === shape),
				shape
			).toBe(true);
		}
	});

	it('keep every gold sentence of a merge in one unit, and headlines out of merges', () => {
		for (const c of devCases(corpus, { seed: 4, count: 10, rates: heavy })) {
			for (const row of c.rows) {
				for (const l of ['en', 'hy', 'ru'] as const) {
					const texts = row[l]!.map((u) => c.units[l]![u].text);
					if (texts.length === 1 && row.en!.length + row.hy!.length + row.ru!.length > 3) {
						expect(texts[0]).not.toMatch(/^(Headline|Վերնագիր|Заголовок) \d \S/);
					}
				}
			}
		}
	});
});
