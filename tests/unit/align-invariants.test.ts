import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AlignError, alignUnits, REVIEW_THRESHOLD, type AlignUnit } from '../../src/lib/core/align';
import { checkRows } from '../../src/cli/bench/align-support/metrics';
import { LANGS, type IndexRow, type Lang } from '../../src/lib/core/types';
import { goldArticles } from './align-fixtures';

// FC_RUNS=5000 npx vitest run tests/unit/align-invariants.test.ts searches harder.
const runs = { numRuns: Number(process.env.FC_RUNS ?? 150) };
const words = ['Pashinyan', 'CSTO', 'troops', '2022', 'said', 'Kazakhstan', 'the', 'of', 'Almaty'];
const unit = fc
	.record({
		words: fc.array(fc.constantFrom(...words, 'Токаев', 'войска', 'Ղազախստան', 'զորքեր'), {
			minLength: 0,
			maxLength: 30
		}),
		end: fc.constantFrom('.', '?', '!', '', '։'),
		block: fc.nat(5),
		kind: fc.constantFrom(undefined, 'paragraph', 'title', 'caption')
	})
	.map(({ words, end, block, kind }): AlignUnit => ({ text: words.join(' ') + end, block, kind }));
const doc = fc.array(unit, { minLength: 0, maxLength: 25 }).map((units) => {
	// Blocks in document order, as the parser gives them.
	let block = 0;
	return units.map((u, i) => ({ ...u, block: (block += i && u.block! % 3 === 0 ? 1 : 0) }));
});

function sizes(units: Partial<Record<Lang, AlignUnit[]>>): Partial<Record<Lang, number>> {
	return Object.fromEntries(LANGS.filter((l) => units[l]).map((l) => [l, units[l]!.length]));
}

/** A random valid alignment of documents with the given sizes (rows of 0-3 units). */
const partition = (n: Partial<Record<Lang, number>>) =>
	fc.array(fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3)), { maxLength: 200 }).map((steps) => {
		const langs = LANGS.filter((l) => n[l] !== undefined);
		const at: Record<string, number> = { en: 0, hy: 0, ru: 0 };
		const rows: IndexRow[] = [];
		const take = (step: number[]) => {
			const row: IndexRow = { score: 1 };
			langs.forEach((l, x) => {
				const k = Math.min(step[x], n[l]! - at[l]);
				row[l] = Array.from({ length: k }, (_, u) => at[l] + u);
				at[l] += k;
			});
			if (langs.some((l) => row[l]!.length)) rows.push(row);
		};
		for (const step of steps) take(step);
		while (langs.some((l) => at[l] < n[l]!)) take([1, 1, 1]);
		return rows;
	});

describe('alignUnits invariants', () => {
	it('puts every unit of every language in exactly one row, in order (three languages)', () => {
		fc.assert(
			fc.property(doc, doc, doc, (en, hy, ru) => {
				const units = { en, hy, ru };
				const rows = alignUnits(units);
				expect(checkRows(rows, sizes(units))).toBeUndefined();
				for (const row of rows) {
					expect(row.score).toBeGreaterThanOrEqual(0);
					expect(row.score).toBeLessThanOrEqual(1);
					for (const lang of LANGS) expect(row[lang]!.length).toBeLessThanOrEqual(3);
				}
			}),
			runs
		);
	});

	it('does the same with any two languages, and gives only those', () => {
		fc.assert(
			fc.property(
				doc,
				doc,
				fc.constantFrom<[Lang, Lang]>(['en', 'hy'], ['en', 'ru'], ['hy', 'ru']),
				(a, b, [x, y]) => {
					const units = { [x]: a, [y]: b };
					const rows = alignUnits(units);
					expect(checkRows(rows, sizes(units))).toBeUndefined();
					const third = LANGS.find((l) => l !== x && l !== y)!;
					expect(rows.every((r) => r[third] === undefined)).toBe(true);
				}
			),
			runs
		);
	});

	it('keeps anchors unchanged and only re-aligns between them', () => {
		const withAnchors = fc
			.tuple(doc, doc, doc)
			.chain(([en, hy, ru]) =>
				partition({ en: en.length, hy: hy.length, ru: ru.length }).chain((rows) =>
					fc.tuple(fc.constant({ en, hy, ru }), fc.subarray(rows))
				)
			);
		fc.assert(
			fc.property(withAnchors, ([units, anchors]) => {
				const rows = alignUnits(units, { anchors });
				expect(checkRows(rows, sizes(units))).toBeUndefined();
				const keys = new Set(rows.map((r) => JSON.stringify([r.en, r.hy, r.ru, r.score])));
				for (const a of anchors)
					expect(keys.has(JSON.stringify([a.en, a.hy, a.ru, a.score]))).toBe(true);
			}),
			runs
		);
	});

	it('aligns an empty document to no rows, and a one-sided one to one row per unit', () => {
		expect(alignUnits({ en: [], ru: [] })).toEqual([]);
		const rows = alignUnits({ en: [{ text: 'One.' }, { text: 'Two.' }], hy: [] });
		expect(rows.map((r) => [r.en, r.hy])).toEqual([
			[[0], []],
			[[1], []]
		]);
	});

	it('aligns one sentence against many, the extra ones each in a row of their own', () => {
		// The full-score band, centred by a guide that ends in lone sentences, once passed beside
		// the last cell: the aligner returned a broken row and a caller looping over it hung.
		const hy = [
			'Pashinyan Pashinyan Pashinyan.',
			'Pashinyan.',
			...Array(7).fill('.'),
			'Pashinyan Pashinyan Pashinyan Pashinyan.'
		].map((text, block) => ({ text, block }));
		const rows = alignUnits({ en: [{ text: 'Pashinyan Pashinyan.', block: 0 }], hy, ru: [] });
		expect(checkRows(rows, { en: 1, hy: 10, ru: 0 })).toBeUndefined();
		expect(rows.filter((r) => r.en!.length === 1)).toHaveLength(1);
	});

	it('rejects fewer than two languages and anchors that cannot hold', () => {
		const units = { en: [{ text: 'A.' }, { text: 'B.' }], ru: [{ text: 'А.' }, { text: 'Б.' }] };
		expect(() => alignUnits({ en: units.en })).toThrow(AlignError);
		const bad: IndexRow[][] = [
			[{ en: [5], ru: [0], score: 1 }],
			[
				{ en: [0, 1], ru: [0], score: 1 },
				{ en: [1], ru: [1], score: 1 }
			],
			[
				{ en: [1], ru: [0], score: 1 },
				{ en: [0], ru: [1], score: 1 }
			],
			[{ en: [0], hy: [0], ru: [0], score: 1 }]
		];
		for (const anchors of bad) {
			expect(() => alignUnits(units, { anchors }), JSON.stringify(anchors)).toThrow(AlignError);
		}
		try {
			alignUnits(units, { anchors: bad[0] });
		} catch (err) {
			expect((err as AlignError).code).toBe('invalid-anchor');
			expect((err as AlignError).localeKey).toBe('align.error.invalid-anchor');
		}
	});
});

describe('anchors on a real article', () => {
	const [article] = goldArticles();

	it.runIf(article)('re-aligns around a translator’s deliberate choice without moving it', () => {
		const { units, rows: gold } = article.doc;
		// The translator ties en 3 to the hy and ru of the next row: a choice the aligner
		// would not make, which must survive, with everything else still aligned.
		const k = gold.findIndex(
			(r, i) => i > 2 && r.en!.length === 1 && gold[i + 1]?.en!.length === 1
		);
		const forced: IndexRow = { en: gold[k].en, hy: gold[k + 1].hy, ru: gold[k + 1].ru, score: 1 };
		const rows = alignUnits(units, { anchors: [forced] });
		expect(rows).toContainEqual(forced);
		expect(checkRows(rows, sizes(units))).toBeUndefined();
		// Rows well before the anchor are untouched by it.
		expect(rows.slice(0, k - 1)).toEqual(alignUnits(units).slice(0, k - 1));
	});

	it.runIf(article)('accepts an anchor without a language and places the gap sensibly', () => {
		const { units, rows: gold } = article.doc;
		const k = Math.floor(gold.length / 2);
		const anchor: IndexRow = { en: gold[k].en, hy: [], ru: gold[k].ru, score: 1 };
		const rows = alignUnits(units, { anchors: [anchor] });
		expect(rows).toContainEqual(anchor);
		expect(checkRows(rows, sizes(units))).toBeUndefined();
		// The Armenian sentence left out of the anchor ends up in a row next to it.
		const cells = (r: IndexRow) => JSON.stringify([r.en, r.hy, r.ru]);
		const at = rows.findIndex((r) => cells(r) === cells(anchor));
		expect(at).toBeGreaterThan(0);
		const near = [rows[at - 1], rows[at + 1]].flatMap((r) => r?.hy ?? []);
		expect(near).toEqual(expect.arrayContaining(gold[k].hy!));
	});

	it.runIf(article)('returns confirmed rows as given when every row is an anchor', () => {
		const { units, rows: gold } = article.doc;
		expect(alignUnits(units, { anchors: gold })).toEqual(gold);
	});

	it.runIf(article)('marks few rows of a correct alignment for review', () => {
		expect(REVIEW_THRESHOLD).toBeGreaterThan(0);
		expect(REVIEW_THRESHOLD).toBeLessThan(1);
		const rows = alignUnits(article.doc.units);
		const flagged = rows.filter((r) => r.score < REVIEW_THRESHOLD);
		expect(flagged.length / rows.length).toBeLessThanOrEqual(0.1);
	});
});
