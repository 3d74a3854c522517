import { describe, expect, it } from 'vitest';
import {
	articleProgress,
	findRow,
	nextLowConfidence,
	nextUnconfirmed,
	ROW_FILTERS,
	rowFilter
} from '../../src/lib/core/edit';
import { note, row } from './edit-fixtures';

const article = [
	row('e1 | h1 | r1', { status: 'confirmed', score: 0.2 }),
	row('e2 | h2 | r2', { score: 0.9, flagged: true }),
	row('e3 | - | r3', { score: 0.3, review: true, missing: ['hy'] }),
	row('e4 | h4 | r4', { status: 'confirmed', notes: [note('a')] }),
	row('e5 | h5 | r5', { score: 0.1 })
];

describe('article progress', () => {
	it('counts confirmed rows and what still needs attention', () => {
		expect(articleProgress(article)).toEqual({
			total: 5,
			confirmed: 2,
			percent: 40,
			lowConfidence: 2,
			review: 1,
			flagged: 1,
			noted: 1
		});
	});

	it('shows 100% only when every row is confirmed', () => {
		const many = Array.from({ length: 200 }, (_, i) =>
			row(`e${i} | - | -`, { status: i === 0 ? 'auto' : 'confirmed' })
		);
		expect(articleProgress(many).percent).toBe(99);
		expect(articleProgress(many.slice(1)).percent).toBe(100);
	});

	it('is 0% for an article without rows', () => {
		expect(articleProgress([]).percent).toBe(0);
	});

	it('uses the given low-confidence threshold', () => {
		expect(articleProgress(article, 0.95).lowConfidence).toBe(3);
	});
});

describe('filters', () => {
	it.each([
		['all', [0, 1, 2, 3, 4]],
		['confirmed', [0, 3]],
		['unconfirmed', [1, 2, 4]],
		['lowConfidence', [2, 4]],
		['review', [2]],
		['flagged', [1]],
		['noted', [3]],
		['missing', [2]]
	] as const)('%s keeps rows %o', (filter, expected) => {
		const kept = article.flatMap((r, i) => (rowFilter(filter)(r) ? [i] : []));
		expect(kept).toEqual(expected);
	});

	it('lists every filter for the UI', () => {
		expect(ROW_FILTERS).toHaveLength(8);
	});
});

describe('jumping to the next row that needs work', () => {
	it('finds the next unconfirmed row after the current one', () => {
		expect(nextUnconfirmed(article, 1)).toBe(2);
		expect(nextUnconfirmed(article, 2)).toBe(4);
	});

	it('wraps around to the top', () => {
		expect(nextUnconfirmed(article, 4)).toBe(1);
		expect(nextLowConfidence(article, 4)).toBe(2);
	});

	it('starts at the top when nothing is selected', () => {
		expect(nextUnconfirmed(article, -1)).toBe(1);
	});

	it('returns the current row when it is the only match, and -1 when none is left', () => {
		const one = article.map((r, i) => ({
			...r,
			status: i === 2 ? ('auto' as const) : ('confirmed' as const)
		}));
		expect(nextUnconfirmed(one, 2)).toBe(2);
		expect(
			nextUnconfirmed(
				one.map((r) => ({ ...r, status: 'confirmed' as const })),
				0
			)
		).toBe(-1);
		expect(nextUnconfirmed([], 0)).toBe(-1);
	});

	it('goes backwards, wrapping to the bottom', () => {
		const flagged = rowFilter('unconfirmed');
		expect(findRow(article, 2, flagged, 'previous')).toBe(1);
		expect(findRow(article, 1, flagged, 'previous')).toBe(4);
		expect(findRow(article, -1, flagged, 'previous')).toBe(4);
	});
});
