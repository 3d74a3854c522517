/**
 * Row confidence from margins. A row's own cost says little (a long row with many shared names
 * is cheap whether or not it is right), so the confidence asks instead how much worse the best
 * local alternative is: moving either boundary of the row by one sentence in one language,
 * merging it with a neighbour, or splitting it. A wrong row nearly always has an alternative
 * (the right one) that costs about the same; a right row's alternatives cost much more.
 */
import type { Lang } from '../types';
import type { RowCost } from './dp';

/** Boundaries are unit positions per language (in `langs` order). */
type Point = number[];

/** Margin (cost units) at which confidence is 0.5, and the spread of the logistic around it. */
const MARGIN_MIDPOINT = 4;
const MARGIN_SPREAD = 1.5;

/** Entries of the row-cost memo (a power of two). */
const MEMO_SIZE = 4096;

/** Rows whose confidence is below this are marked for review. */
export const REVIEW_THRESHOLD = 0.5;

/**
 * Confidence in [0, 1] from a margin, scaled to three language pairs. Calibrated on three-way
 * stress variants of the gold (a margin of 4 is even odds); two-way margins are scaled by
 * analogy, as the gold has no pairwise reference of its own to measure them against.
 */
export function marginConfidence(margin: number, pairs: number): number {
	const perPair = (margin / pairs) * 3;
	return 1 / (1 + Math.exp(-(perPair - MARGIN_MIDPOINT) / MARGIN_SPREAD));
}

/**
 * Scores a stretch of rows: `counts[r][x]` units of `langs[x]` in row r, starting at `start`.
 * Alternatives never reach outside the stretch, so anchors bounding it are respected.
 */
export function stretchConfidences(
	rowCost: RowCost,
	langs: Lang[],
	start: Point,
	counts: number[][]
): number[] {
	// Neighbouring rows' windows overlap, so row costs are memoised; the key packs the first
	// language's position, the others' offsets from it and the row's shape into one number. The
	// memo is a direct-mapped table of typed arrays: only neighbouring rows share entries, and a
	// Map of that many number keys cost more in allocation than the row costs it saved.
	const memoKeys = new Float64Array(MEMO_SIZE).fill(Number.NaN);
	const memoValues = new Float64Array(MEMO_SIZE);
	const size: number[] = langs.map(() => 0);
	const cost = (from: Point, to: Point): number => {
		let key = from[0];
		let hash = from[0];
		let empty = true;
		for (let x = 0; x < from.length; x++) {
			const s = to[x] - from[x];
			if (s < 0 || s > 3) return Number.POSITIVE_INFINITY;
			if (s > 0) empty = false;
			size[x] = s;
			key = key * 4 + s;
			hash = Math.imul(hash, 31) + s;
			if (x > 0) {
				const offset = from[x] - from[0];
				// Beyond ±4096 the key would be ambiguous: such rows are just not memoised.
				if (offset >= 4096 || offset < -4096) key = Number.NaN;
				key = key * 8192 + (offset & 8191);
				hash = Math.imul(hash, 31) + offset;
			}
		}
		if (empty) return Number.POSITIVE_INFINITY;
		if (key !== key) return rowCost(from, size);
		const slot = (hash ^ (hash >>> 12)) & (MEMO_SIZE - 1);
		if (memoKeys[slot] === key) return memoValues[slot];
		const c = rowCost(from, size);
		memoKeys[slot] = key;
		memoValues[slot] = c;
		return c;
	};
	const bounds: Point[] = [start];
	for (const row of counts) bounds.push(row.map((k, x) => bounds[bounds.length - 1][x] + k));
	const pairs = (langs.length * (langs.length - 1)) / 2;
	const t: Point = langs.map(() => 0);
	return counts.map((_, r) => {
		// The row b1..b2 and its neighbours within the stretch, b0..b1 and b2..b3.
		const hasPrev = r > 0;
		const hasNext = r < counts.length - 1;
		const b0 = bounds[hasPrev ? r - 1 : r];
		const b1 = bounds[r];
		const b2 = bounds[r + 1];
		const b3 = bounds[hasNext ? r + 2 : r + 1];
		const prev = hasPrev ? cost(b0, b1) : 0;
		const next = hasNext ? cost(b2, b3) : 0;
		const base = prev + cost(b1, b2) + next;
		let best = Number.POSITIVE_INFINITY;
		const consider = (c: number) => {
			if (c < best) best = c;
		};
		for (let x = 0; x < langs.length; x++) {
			for (let d = -1; d <= 1; d += 2) {
				if (hasPrev) {
					copy(t, b1)[x] += d;
					consider(cost(b0, t) + cost(t, b2) + next);
				}
				if (hasNext) {
					copy(t, b2)[x] += d;
					consider(prev + cost(b1, t) + cost(t, b3));
				}
			}
		}
		if (hasPrev) consider(cost(b0, b2) + next);
		if (hasNext) consider(prev + cost(b1, b3));
		// Every split of the row in two: points strictly between b1 and b2.
		copy(t, b1);
		for (;;) {
			let x = 0;
			while (x < t.length && t[x] === b2[x]) t[x] = b1[x++];
			if (x === t.length) break;
			t[x]++;
			if (!same(t, b2)) consider(prev + cost(b1, t) + cost(t, b2) + next);
		}
		const margin = Number.isFinite(best) ? Math.max(0, best - base) : 20;
		return marginConfidence(margin, pairs);
	});
}

function copy(to: Point, from: Point): Point {
	for (let x = 0; x < to.length; x++) to[x] = from[x];
	return to;
}

function same(a: Point, b: Point): boolean {
	for (let x = 0; x < a.length; x++) if (a[x] !== b[x]) return false;
	return true;
}
