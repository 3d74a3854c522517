import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	anchorsFromRows,
	checkRows,
	mergeRealigned,
	mergeWithNext,
	rowIndexBySentence,
	rowsFromIndexRows,
	shiftSentence,
	splitOffCell
} from '../../src/lib/core/edit';
import { sentenceIds } from '../../src/lib/core/hash';
import { LANGS, type AlignmentRow, type IndexRow, type Lang } from '../../src/lib/core/types';
import { allNoteIds, arbAlignment, counter, idsOf, note, row, rows, show } from './edit-fixtures';

const ids = { en: ['e1', 'e2', 'e3', 'e4'], hy: ['h1', 'h2', 'h3'], ru: ['r1', 'r2', 'r3', 'r4'] };

describe('checking an alignment', () => {
	it('accepts a sound alignment', () => {
		expect(checkRows(rows('e1 | h1 | r1', 'e2 e3 | h2 | r2 r3', 'e4 | h3 | r4'), ids)).toEqual([]);
	});

	it('reports a sentence in two rows, a sentence in no row, and sentences out of order', () => {
		expect(checkRows(rows('e1 | h1 h2 | r1 r2', 'e2 e3 e4 | h2 h3 | r3 r4'), ids)).toEqual([
			'hy: sentences not each in one row in document order'
		]);
		expect(checkRows(rows('e1 | h1 | r1', 'e2 e3 | h2 h3 | r2 r3'), ids)).toEqual([
			'en: sentences not each in one row in document order',
			'ru: sentences not each in one row in document order'
		]);
		expect(checkRows(rows('e2 e1 e3 e4 | h1 h2 h3 | r1 r2 r3 r4'), ids)[0]).toMatch(/^en:/);
	});

	it('reports empty rows, stray missing marks, unknown ids and repeated ids', () => {
		const list = [
			row('e1 e2 e3 e4 | h1 h2 h3 | r1 r2 r3 r4', { missing: ['hy'], notes: [note('n')] }),
			row('- | - | -', { notes: [note('n')] }),
			row('x9 | - | -', { id: 'row:e1' })
		];
		expect(checkRows(list, ids)).toEqual([
			'row 0: missing marks [hy] on non-empty or repeated cells',
			'row 1: no sentences',
			'row 1: duplicate note id n',
			'row 2: duplicate row id row:e1',
			'en: unknown sentence ids',
			'en: sentences not each in one row in document order'
		]);
	});

	it('tells which row holds each sentence', () => {
		const where = rowIndexBySentence(rows('e1 | h1 | r1', 'e2 | - | r2'));
		expect([where.get('e2'), where.get('r1'), where.get('h2')]).toEqual([1, 0, undefined]);
	});
});

describe('rows from the aligner', () => {
	it('names the sentences of each index row and marks weak rows for review', () => {
		const index: IndexRow[] = [
			{ en: [0], hy: [0], ru: [0], score: 0.9 },
			{ en: [1, 2], hy: [1], ru: [1, 2], score: 0.3 },
			{ en: [3], hy: [2], ru: [3], score: 0.5 }
		];
		const out = rowsFromIndexRows(index, ids, 0.5, counter('a'));
		expect(show(out)).toEqual(['e1 | h1 | r1', 'e2 e3 | h2 | r2 r3', 'e4 | h3 | r4']);
		expect(out.map((r) => [r.id, r.score, r.review, r.status])).toEqual([
			['a1', 0.9, false, 'auto'],
			['a2', 0.3, true, 'auto'],
			['a3', 0.5, false, 'auto']
		]);
		expect(out[0]).toMatchObject({ flagged: false, missing: [], notes: [] });
	});

	it('gives sentences the aligner left out rows of their own, in place, for review', () => {
		const out = rowsFromIndexRows(
			[
				{ en: [0], hy: [0], ru: [0], score: 1 },
				{ en: [3], hy: [2], ru: [3], score: 1 }
			],
			ids,
			0.5,
			counter()
		);
		expect(show(out)).toEqual([
			'e1 | h1 | r1',
			'e2 e3 | - | -',
			'- | h2 | -',
			'- | - | r2 r3',
			'e4 | h3 | r4'
		]);
		expect(out[1]).toMatchObject({ score: 0, review: true });
		expect(checkRows(out, ids)).toEqual([]);
	});

	it('ignores empty rows, indices out of range, repeats and indices going backwards', () => {
		const out = rowsFromIndexRows(
			[
				{ score: 1 },
				{ en: [0, 0, 9], hy: [0], ru: [1], score: 1 },
				{ en: [1], ru: [0, 2], score: 1 },
				{ en: [2, 3], hy: [1, 2], ru: [3], score: 1 }
			],
			ids,
			0.5,
			counter()
		);
		expect(show(out)).toEqual(['- | - | r1', 'e1 | h1 | r2', 'e2 | - | r3', 'e3 e4 | h2 h3 | r4']);
		expect(checkRows(out, ids)).toEqual([]);
	});

	it('always builds a sound alignment, whatever the aligner returns', () => {
		const arbIndexRow = fc.record({
			en: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 3 }),
			hy: fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 3 }),
			ru: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 3 }),
			score: fc.double({ min: 0, max: 1, noNaN: true })
		});
		fc.assert(
			fc.property(fc.array(arbIndexRow, { maxLength: 8 }), (index) => {
				expect(checkRows(rowsFromIndexRows(index, ids, 0.5, counter()), ids)).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('confirmed rows as anchors', () => {
	it('turns only confirmed rows into anchors, empty cells included', () => {
		const list = [
			row('e1 | h1 | r1', { status: 'confirmed' }),
			row('e2 e3 | h2 | r2 r3'),
			row('e4 | - | r4', { status: 'confirmed', missing: ['hy'] })
		];
		expect(anchorsFromRows(list, ids)).toEqual([
			{ en: [0], hy: [0], ru: [0], score: 1 },
			{ en: [3], hy: [], ru: [3], score: 1 }
		]);
	});

	it('skips a confirmed row naming a sentence that no longer exists', () => {
		expect(anchorsFromRows([row('e1 x9 | h1 | r1', { status: 'confirmed' })], ids)).toEqual([]);
	});
});

describe('merging a re-alignment with the translator’s work', () => {
	const old = [
		row('e1 | h1 | r1', { status: 'confirmed', notes: [note('c')] }),
		row('e2 | h2 | r2 r3', { notes: [note('u')], flagged: true }),
		row('e3 e4 | - | r4', { status: 'confirmed', missing: ['hy'] }),
		row('- | h3 | -')
	];

	it('keeps confirmed rows as they were and takes the aligner’s rows for the rest', () => {
		const out = mergeRealigned(
			old,
			[
				{ en: [0], hy: [0], ru: [0], score: 1 },
				{ en: [1], hy: [1], ru: [1], score: 0.9 },
				{ ru: [2], hy: [2], score: 0.2 },
				{ en: [2, 3], ru: [3], score: 1 }
			],
			ids,
			{ newId: counter('m') }
		);
		expect(show(out)).toEqual(['e1 | h1 | r1', 'e2 | h2 | r2', '- | h3 | r3', 'e3 e4 | - | r4']);
		expect(out[0]).toBe(old[0]);
		expect(out[3]).toBe(old[2]);
		expect(out[1]).toMatchObject({ id: 'm1', score: 0.9, review: false, status: 'auto' });
		expect(out[2]).toMatchObject({ id: 'm2', score: 0.2, review: true });
	});

	it('moves notes and flags of replaced rows to the row now holding their first sentence', () => {
		const out = mergeRealigned(
			old,
			[
				{ en: [0], hy: [0], ru: [0], score: 1 },
				{ en: [1], hy: [1], ru: [1], score: 0.9 },
				{ ru: [2], hy: [2], score: 0.2 },
				{ en: [2, 3], ru: [3], score: 1 }
			],
			ids,
			{ newId: counter() }
		);
		expect(out[1]).toMatchObject({ notes: [note('u')], flagged: true });
		expect(allNoteIds(out)).toEqual(['c', 'u']);
	});

	it('keeps an unconfirmed row the aligner reproduced exactly as the same object', () => {
		const out = mergeRealigned(
			old,
			[
				{ en: [0], hy: [0], ru: [0], score: 1 },
				{ en: [1], hy: [1], ru: [1, 2], score: 0.1 },
				{ en: [2, 3], ru: [3], score: 1 },
				{ hy: [2], score: 0.1 }
			],
			ids,
			{ newId: counter() }
		);
		expect(out).toEqual(old);
		out.forEach((r, i) => expect(r).toBe(old[i]));
	});

	it('keeps confirmed rows even when the aligner ignored the anchors', () => {
		const out = mergeRealigned(
			old,
			[{ en: [0, 1, 2, 3], hy: [0, 1, 2], ru: [0, 1, 2, 3], score: 0.9 }],
			ids,
			{ newId: counter() }
		);
		expect(show(out)).toEqual(['e1 | h1 | r1', 'e2 | h2 h3 | r2 r3', 'e3 e4 | - | r4']);
		expect([out[0], out[2]]).toEqual([old[0], old[2]]);
		expect(checkRows(out, ids)).toEqual([]);
	});

	it('splits an aligner row that would cross a confirmed row, per language', () => {
		const confirmedMiddle = [
			row('e1 | h1 | r1'),
			row('e2 | h2 | r2', { status: 'confirmed' }),
			row('e3 e4 | h3 | r3 r4')
		];
		// The aligner paired e1 with r3: keeping e2/r2 confirmed, they cannot share a row.
		const out = mergeRealigned(
			confirmedMiddle,
			[
				{ en: [0], hy: [0], ru: [2], score: 0.8 },
				{ en: [1], hy: [1], ru: [1], score: 1 },
				{ en: [2, 3], hy: [2], ru: [0, 3], score: 0.8 }
			],
			ids,
			{ newId: counter() }
		);
		expect(checkRows(out, ids)).toEqual([]);
		expect(out).toContain(confirmedMiddle[1]);
		expect(out.filter((r) => r.review).length).toBeGreaterThan(0);
	});

	it('anchors fed back by a perfect aligner leave every row as it was', () => {
		fc.assert(
			fc.property(arbAlignment, (list) => {
				const all = idsOf(list);
				const index: IndexRow[] = list.map((r) => {
					const x: IndexRow = { score: r.score };
					for (const l of LANGS) x[l] = r.cells[l].map((id) => all[l].indexOf(id));
					return x;
				});
				const out = mergeRealigned(list, index, all, { newId: counter() });
				expect(out).toHaveLength(list.length);
				out.forEach((r, i) => expect(r).toBe(list[i]));
				expect(anchorsFromRows(list, all)).toHaveLength(
					list.filter((r) => r.status === 'confirmed').length
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('always keeps every confirmed row and every note, and stays sound', () => {
		const arbIndexRows = fc.array(
			fc.record({
				en: fc.array(fc.nat(7), { maxLength: 3 }),
				hy: fc.array(fc.nat(7), { maxLength: 3 }),
				ru: fc.array(fc.nat(7), { maxLength: 3 }),
				score: fc.double({ min: 0, max: 1, noNaN: true })
			}),
			{ maxLength: 10 }
		);
		fc.assert(
			fc.property(arbAlignment, arbIndexRows, (list, index) => {
				const all = idsOf(list);
				const out = mergeRealigned(list, index, all, { newId: counter('z') });
				expect(checkRows(out, all)).toEqual([]);
				for (const r of list) if (r.status === 'confirmed') expect(out).toContain(r);
				expect(allNoteIds(out)).toEqual(allNoteIds(list));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('a real article', () => {
	it('survives an editing session on the aligner’s rows', () => {
		const gold = JSON.parse(
			readFileSync('tests/fixtures/gold/001_7f7eb624f6e7fedd.json', 'utf8')
		) as { rows: Array<Partial<Record<Lang, string[]>>> };
		const byLang = {} as Record<Lang, string[]>;
		for (const l of LANGS) byLang[l] = sentenceIds(gold.rows.flatMap((r) => r[l] ?? []));
		const next = { en: 0, hy: 0, ru: 0 };
		const index: IndexRow[] = gold.rows.map((r) => {
			const x: IndexRow = { score: 0.7 };
			for (const l of LANGS) x[l] = (r[l] ?? []).map(() => next[l]++);
			return x;
		});
		let list: AlignmentRow[] = rowsFromIndexRows(index, byLang, 0.5, counter('g'));
		expect(list).toHaveLength(gold.rows.length);
		const steps = [
			(l: AlignmentRow[]) => mergeWithNext(l, 3),
			(l: AlignmentRow[]) => shiftSentence(l, 3, 'en', 'down'),
			(l: AlignmentRow[]) => splitOffCell(l, 10, 'ru', counter('s'))
		];
		for (const step of steps) {
			const result = step(list);
			expect(result.ok).toBe(true);
			if (result.ok) list = result.rows;
			expect(checkRows(list, byLang)).toEqual([]);
		}
		expect(list).toHaveLength(gold.rows.length);
	});
});
