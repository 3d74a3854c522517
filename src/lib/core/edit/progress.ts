/**
 * How far a translator has got with an article, and where to go next.
 */
import type { AlignmentRow } from '../types';
import { REVIEW_THRESHOLD } from './rows';

export interface Progress {
	total: number;
	confirmed: number;
	/**
	 * Whole percent of rows confirmed, rounded down so 100 means every row is confirmed
	 * (199 of 200 shows 99, not 100). 0 for an article without rows.
	 */
	percent: number;
	/** Unconfirmed rows scored below the threshold. */
	lowConfidence: number;
	review: number;
	flagged: number;
	noted: number;
}

/** Counts for the article's progress bar and filter badges. */
export function articleProgress(
	rows: readonly AlignmentRow[],
	threshold = REVIEW_THRESHOLD
): Progress {
	const count = (filter: RowFilter) => rows.filter(rowFilter(filter, threshold)).length;
	const confirmed = count('confirmed');
	return {
		total: rows.length,
		confirmed,
		percent: rows.length === 0 ? 0 : Math.floor((confirmed * 100) / rows.length),
		lowConfidence: count('lowConfidence'),
		review: count('review'),
		flagged: count('flagged'),
		noted: count('noted')
	};
}

export type RowFilter =
	| 'all'
	| 'confirmed'
	| 'unconfirmed'
	| 'lowConfidence'
	| 'review'
	| 'flagged'
	| 'noted'
	| 'missing';

export const ROW_FILTERS: readonly RowFilter[] = [
	'all',
	'confirmed',
	'unconfirmed',
	'lowConfidence',
	'review',
	'flagged',
	'noted',
	'missing'
];

/**
 * The predicate behind a row filter. "Low confidence" ignores confirmed rows: once a translator
 * confirmed a row, the aligner's doubt about it no longer matters.
 * @example rows.filter(rowFilter('flagged'))
 */
export function rowFilter(
	filter: RowFilter,
	threshold = REVIEW_THRESHOLD
): (row: AlignmentRow) => boolean {
	switch (filter) {
		case 'all':
			return () => true;
		case 'confirmed':
			return (row) => row.status === 'confirmed';
		case 'unconfirmed':
			return (row) => row.status !== 'confirmed';
		case 'lowConfidence':
			return (row) => row.status !== 'confirmed' && row.score < threshold;
		case 'review':
			return (row) => row.review;
		case 'flagged':
			return (row) => row.flagged;
		case 'noted':
			return (row) => row.notes.length > 0;
		case 'missing':
			return (row) => row.missing.length > 0;
	}
}

/**
 * Index of the nearest row after (or before) `from` that matches, wrapping around the article;
 * the row at `from` itself is checked last, so when it is the only match it is returned. -1 when
 * no row matches. A `from` outside the rows (such as -1) starts at the top going down and at
 * the bottom going up.
 * @example findRow(rows, current, rowFilter('unconfirmed'))
 */
export function findRow(
	rows: readonly AlignmentRow[],
	from: number,
	predicate: (row: AlignmentRow, index: number) => boolean,
	direction: 'next' | 'previous' = 'next'
): number {
	const n = rows.length;
	if (n === 0) return -1;
	const step = direction === 'next' ? 1 : -1;
	// Outside the article (e.g. -1: nothing selected) means: start from the end we move away from.
	const inside = Number.isInteger(from) && from >= 0 && from < n;
	const start = inside ? from : step === 1 ? -1 : n;
	for (let k = 1; k <= n; k++) {
		const i = (((start + step * k) % n) + n) % n;
		if (predicate(rows[i], i)) return i;
	}
	return -1;
}

export function nextUnconfirmed(rows: readonly AlignmentRow[], from: number): number {
	return findRow(rows, from, rowFilter('unconfirmed'));
}

export function nextLowConfidence(
	rows: readonly AlignmentRow[],
	from: number,
	threshold = REVIEW_THRESHOLD
): number {
	return findRow(rows, from, rowFilter('lowConfidence', threshold));
}
