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
