/**
 * The dynamic programmes, all linear in document length (no n × m matrix anywhere).
 *
 * 1. Guide: a length-only Gale-Church DP in a band around the line where both texts are at the
 *    same fraction of their characters. Cheap per cell, so the band can be wide.
 * 2. Two languages: the full score in a narrow band around the guide.
 * 3. Three languages: the guides from the first language (the pivot) to the other two mark a
 *    corridor; a joint 3-D DP inside it decides the rows, scoring all three pairs of every row
 *    at once, so the columns cannot contradict each other and a slip between two languages is
 *    corrected by the third. Rows that agree with each pair's own alignment (step 2) earn a
 *    bonus, so the joint path follows the pairs where they agree with one another. Where all
 *    three agree, the search is first confined to their paths (see agreementCorridor); a beam
 *    keeps only cells near the best of each layer.
 *
 * Every band moves or widens when the best path touches its edge, and the beam widens if it
 * ever cuts all paths, so limits cost time, not correctness of the result's form.
 */
import type { PreparedDoc, PreparedLang } from './features';
import {
	groupCost,
	LENGTH_MEAN,
	lengthCost,
	lengthModel,
	pairCost,
	prior2,
	prior3,
	type LengthModel
} from './scoring';

/** A half-open range of unit indices in one language. */
export interface Range {
	start: number;
	end: number;
}

/** One row of a DP path: how many units of each language it takes, and its cost. */
export interface PathRow {
	counts: number[];
	cost: number;
}

const INF = Number.POSITIVE_INFINITY;
const MAX_GROUP = 3;
/** Half-width of the length-only guide's first band. */
const GUIDE_BAND = 32;
/** Half-width of the full-score band around the guide. */
const FULL_BAND = 4;
/** How close the best path may come to a band's edge before the band is moved or widened. */
const BAND_MARGIN = 2;
const MAX_BAND_MOVES = 3;
/** How far (in units) the 3-D corridor extends around the pairwise paths. */
const CORRIDOR_RADIUS = 2;
/**
 * Cells costing this much more than the best cell of their layer pass nothing on (see
 * corridor3). It must stay above the cost of the dearest ordinary row a layer can hold, a row
 * with no pivot sentence (about 20), or the beam cuts the true path where the pivot lacks one.
 */
const BEAM = 25;

// Cheapest shapes first: the best candidate of a cell is then usually known early, and dearer
// moves whose lower bound exceeds it are skipped without scoring (see fullPass).
const MOVES2: Array<[number, number]> = [];
for (let a = 0; a <= MAX_GROUP; a++) {
	for (let b = 0; b <= MAX_GROUP; b++) {
		if (Number.isFinite(prior2(a, b))) MOVES2.push([a, b]);
	}
}
MOVES2.sort((x, y) => prior2(x[0], x[1]) - prior2(y[0], y[1]));
const MOVES2_A = Int8Array.from(MOVES2, (m) => m[0]);
const MOVES2_B = Int8Array.from(MOVES2, (m) => m[1]);
const MOVES2_PRIOR = Float64Array.from(MOVES2, ([a, b]) => prior2(a, b));
/**
 * The moves the guide uses, in the same order: the common shapes (at most three units); the
 * full score sees all of them.
 */
const GUIDE_MOVES = Int8Array.from(MOVES2.flatMap(([a, b], k) => (a + b <= 3 ? [k] : [])));
const MOVES3: Array<[number, number, number]> = [];
for (let a = 0; a <= MAX_GROUP; a++) {
	for (let b = 0; b <= MAX_GROUP; b++) {
		for (let c = 0; c <= MAX_GROUP; c++) {
			if (Number.isFinite(prior3(a, b, c))) MOVES3.push([a, b, c]);
		}
	}
}
const PRIOR3 = Float64Array.from(MOVES3, ([a, b, c]) => prior3(a, b, c));
const MOVES3_A = Int8Array.from(MOVES3, (m) => m[0]);
const MOVES3_B = Int8Array.from(MOVES3, (m) => m[1]);
const MOVES3_C = Int8Array.from(MOVES3, (m) => m[2]);

/**
 * Aligns two ranges with the full score, in a narrow band around the length-only guide path.
 * Returns rows in order; their counts sum to the range lengths.
 */
export function alignTwo(
	doc: PreparedDoc,
	X: PreparedLang,
	xr: Range,
	Y: PreparedLang,
	yr: Range,
	guide?: PathRow[],
	table?: PairTable
): PathRow[] {
	const n = xr.end - xr.start;
	const m = yr.end - yr.start;
	if (n === 0 || m === 0) {
		const rows: PathRow[] = [];
		for (let i = 0; i < n; i++) {
			rows.push({ counts: [1, 0], cost: rowCost2(doc, X, xr.start + i, 1, Y, yr.start, 0) });
		}
		for (let j = 0; j < m; j++) {
			rows.push({ counts: [0, 1], cost: rowCost2(doc, X, xr.start, 0, Y, yr.start + j, 1) });
		}
		return rows;
	}
	const center = pathCenter(guide ?? guidePath(X, xr, Y, yr), n);
	return banded(doc, X, xr, Y, yr, center, FULL_BAND, false, table);
}

/**
 * The length-only (Gale-Church) path between two ranges: cheap enough for a wide band, and
 * close enough to the true path that the full score only needs a narrow one around it.
 */
export function guidePath(X: PreparedLang, xr: Range, Y: PreparedLang, yr: Range): PathRow[] {
	const n = xr.end - xr.start;
	const m = yr.end - yr.start;
	if (n === 0 || m === 0) {
		return [
			...Array.from({ length: n }, () => ({ counts: [1, 0], cost: 0 })),
			...Array.from({ length: m }, () => ({ counts: [0, 1], cost: 0 }))
		];
	}
	return banded(undefined, X, xr, Y, yr, lengthDiagonal(X, xr, Y, yr), GUIDE_BAND, true);
}

/**
 * A banded DP that moves or widens its band until the best path stays clear of the edges, so
 * the band does not decide the result. `lengthOnly` scores rows by shape and length alone.
 */
function banded(
	doc: PreparedDoc | undefined,
	X: PreparedLang,
	xr: Range,
	Y: PreparedLang,
	yr: Range,
	center: Int32Array,
	firstWidth: number,
	lengthOnly: boolean,
	table?: PairTable
): PathRow[] {
	const n = xr.end - xr.start;
	const m = yr.end - yr.start;
	const model = lengthModel(X, Y);
	const full = Math.max(n, m);
	let w = Math.min(full, firstWidth);
	let moved = 0;
	for (;;) {
		const result = band2(doc, X, xr.start, n, Y, yr.start, m, model, center, w, lengthOnly, table);
		if (w >= full || (result && result.maxDeviation <= w - BAND_MARGIN)) return result!.rows;
		// The path ran along the band's edge, so the true path lies outside. Where drift builds
		// up slowly, moving the band onto the path found brings it inside at the same width; a
		// band that still does not fit after a few moves is widened.
		if (result && moved < MAX_BAND_MOVES) {
			center = pathCenter(result.rows, n);
			moved++;
		} else {
			w = Math.min(full, w * 2);
			moved = 0;
		}
	}
}

/**
 * The first guide band's centre line: for each X position, the Y position at the same fraction
 * of the text's characters. Splitting or joining sentences keeps the characters, so this line
 * follows the true path far better than the straight diagonal.
 */
function lengthDiagonal(X: PreparedLang, xr: Range, Y: PreparedLang, yr: Range): Int32Array {
	const n = xr.end - xr.start;
	const m = yr.end - yr.start;
	const xBase = X.lenSum[xr.start];
	const yBase = Y.lenSum[yr.start];
	const xTotal = X.lenSum[xr.end] - xBase;
	const yTotal = Y.lenSum[yr.end] - yBase;
	const center = new Int32Array(n + 1);
	let j = 0;
	for (let i = 0; i <= n; i++) {
		const target = ((X.lenSum[xr.start + i] - xBase) / xTotal) * yTotal;
		while (j < m && Y.lenSum[yr.start + j + 1] - yBase <= target) j++;
		// The nearer of the two sentence boundaries around the target.
		const below = Y.lenSum[yr.start + j] - yBase;
		const above = j < m ? Y.lenSum[yr.start + j + 1] - yBase : below;
		center[i] = j < m && above - target < target - below ? j + 1 : j;
	}
	center[0] = 0;
	center[n] = m;
	return center;
}

/** For each X position, the middle of the Y positions a path passes through there. */
function pathCenter(rows: PathRow[], n: number): Int32Array {
	const lo = new Int32Array(n + 1).fill(-1);
	const hi = new Int32Array(n + 1);
	let i = 0;
	let j = 0;
	lo[0] = 0;
	for (const { counts } of rows) {
		const [a, b] = counts;
		for (let k = a === 0 ? 0 : 1; k <= a; k++) {
			const at = a === 0 ? j + b : j + Math.round((b * k) / a);
			if (lo[i + k] < 0) lo[i + k] = a === 0 ? j : at;
			hi[i + k] = at;
		}
		i += a;
		j += b;
	}
	const center = new Int32Array(n + 1);
	for (let k = 0; k <= n; k++) center[k] = (lo[k] + hi[k]) >> 1;
	return center;
}

function rowCost2(
	doc: PreparedDoc,
	X: PreparedLang,
	i: number,
	a: number,
	Y: PreparedLang,
	j: number,
	b: number
): number {
	return prior2(a, b) + rowEvidence2(doc, X, i, a, Y, j, b, lengthModel(X, Y));
}

/** A two-language row's cost without its shape prior. */
function rowEvidence2(
	doc: PreparedDoc,
	X: PreparedLang,
	i: number,
	a: number,
	Y: PreparedLang,
	j: number,
	b: number,
	model: LengthModel
): number {
	return pairCost(doc, X, i, a, Y, j, b, model) + groupCost(X, i, a) + groupCost(Y, j, b);
}

/** One banded pass; `undefined` when the band is too narrow to connect the corners. */
function band2(
	doc: PreparedDoc | undefined,
	X: PreparedLang,
	xs: number,
	n: number,
	Y: PreparedLang,
	ys: number,
	m: number,
	model: LengthModel,
	center: Int32Array,
	w: number,
	lengthOnly: boolean,
	table?: PairTable
): { rows: PathRow[]; maxDeviation: number } | undefined {
	const width = 2 * w + 1;
	// Both corners must lie in the band: a band centred by a path with trailing lone Y units
	// (1-1, then 0-1 rows) can pass beside (n, m), and its cell would be read out of bounds.
	if (Math.abs(center[0]) > w || Math.abs(m - center[n]) > w) return undefined;
	const xLen = X.lenSum;
	const yLen = Y.lenSum;
	const cost = new Float64Array((n + 1) * width).fill(INF);
	const back = new Int8Array((n + 1) * width).fill(-1);
	cost[w - center[0]] = 0; // cell (0, 0)
	if (lengthOnly) lengthOnlyPass(cost, back, xLen, xs, n, yLen, ys, m, model, center, w);
	else fullPass(doc!, cost, back, X, xs, n, Y, ys, m, model, center, w, table);
	if (cost[n * width + m - center[n] + w] === INF) return undefined;
	const rows: PathRow[] = [];
	let i = n;
	let j = m;
	let maxDeviation = 0;
	while (i > 0 || j > 0) {
		maxDeviation = Math.max(maxDeviation, Math.abs(j - center[i]));
		const at = i * width + j - center[i] + w;
		const a = MOVES2_A[back[at]];
		const b = MOVES2_B[back[at]];
		const prev = cost[(i - a) * width + (j - b) - center[i - a] + w];
		rows.push({ counts: [a, b], cost: cost[at] - prev });
		i -= a;
		j -= b;
	}
	rows.reverse();
	return { rows, maxDeviation };
}

/** The cell loop of {@link band2} with the full score. */
function fullPass(
	doc: PreparedDoc,
	cost: Float64Array,
	back: Int8Array,
	X: PreparedLang,
	xs: number,
	n: number,
	Y: PreparedLang,
	ys: number,
	m: number,
	model: LengthModel,
	center: Int32Array,
	w: number,
	table: PairTable | undefined
): void {
	const width = 2 * w + 1;
	const xLen = X.lenSum;
	const yLen = Y.lenSum;
	const xMatch = X.matchSum;
	const yMatch = Y.matchSum;
	for (let i = 0; i <= n; i++) {
		const ci = center[i];
		const lo = Math.max(0, ci - w);
		const hi = Math.min(m, ci + w);
		for (let j = lo; j <= hi; j++) {
			if (i === 0 && j === 0) continue;
			let best = INF;
			let bestMove = -1;
			for (let k = 0; k < MOVES2_A.length; k++) {
				const a = MOVES2_A[k];
				const b = MOVES2_B[k];
				const pi = i - a;
				const pj = j - b;
				if (pi < 0 || pj < 0) continue;
				const d = pj - center[pi] + w;
				if (d < 0 || d >= width) continue;
				const prev = cost[pi * width + d];
				if (prev === INF) continue;
				if (a > 0 && b > 0) {
					// A lower bound: the length term, and every feature of the poorer side matched
					// (all other terms are positive). Most dear shapes fail it and are not scored.
					const x0 = xs + pi;
					const y0 = ys + pj;
					const bound =
						prev +
						MOVES2_PRIOR[k] +
						lengthCost(xLen[x0 + a] - xLen[x0], yLen[y0 + b] - yLen[y0], model) -
						LENGTH_MEAN -
						Math.min(xMatch[x0 + a] - xMatch[x0], yMatch[y0 + b] - yMatch[y0]);
					if (bound >= best) continue;
				}
				const c =
					prev +
					MOVES2_PRIOR[k] +
					(table
						? table.get(pi, a, pj, b) + groupCost(X, xs + pi, a) + groupCost(Y, ys + pj, b)
						: rowEvidence2(doc, X, xs + pi, a, Y, ys + pj, b, model));
				if (c < best) {
					best = c;
					bestMove = k;
				}
			}
			const at = i * width + j - ci + w;
			cost[at] = best;
			back[at] = bestMove;
		}
	}
}

/** The cell loop of {@link band2} for the length-only guide, kept apart to stay tight. */
function lengthOnlyPass(
	cost: Float64Array,
	back: Int8Array,
	xLen: Float64Array,
	xs: number,
	n: number,
	yLen: Float64Array,
	ys: number,
	m: number,
	model: LengthModel,
	center: Int32Array,
	w: number
): void {
	const width = 2 * w + 1;
	for (let i = 0; i <= n; i++) {
		const ci = center[i];
		const lo = Math.max(0, ci - w);
		const hi = Math.min(m, ci + w);
		const xi = xLen[xs + i];
		for (let j = lo; j <= hi; j++) {
			if (i === 0 && j === 0) continue;
			const yj = yLen[ys + j];
			let best = INF;
			let bestMove = -1;
			for (let g = 0; g < GUIDE_MOVES.length; g++) {
				const k = GUIDE_MOVES[g];
				const a = MOVES2_A[k];
				const b = MOVES2_B[k];
				const pi = i - a;
				const pj = j - b;
				if (pi < 0 || pj < 0) continue;
				const d = pj - center[pi] + w;
				if (d < 0 || d >= width) continue;
				let c = cost[pi * width + d] + MOVES2_PRIOR[k];
				if (a > 0 && b > 0) c += lengthCost(xi - xLen[xs + pi], yj - yLen[ys + pj], model);
				if (c < best) {
					best = c;
					bestMove = k;
				}
			}
			const at = i * width + j - ci + w;
			cost[at] = best;
			back[at] = bestMove;
		}
	}
}

/**
 * A guide between the second and third languages made from two paths out of the first (E-H and
 * E-R): the H and R positions where both put the start of the same pivot sentence. No DP
 * needed, and the pivot paths (full score) are closer to the truth than a length-only guide.
 */
export function composedGuide(eh: PathRow[], er: PathRow[], n: number): PathRow[] {
	const at = (rows: PathRow[]) => {
		const pos = new Int32Array(n + 1).fill(-1);
		let i = 0;
		let j = 0;
		for (const { counts } of rows) {
			if (pos[i] < 0) pos[i] = j;
			i += counts[0];
			j += counts[1];
		}
		pos[n] = j;
		return pos;
	};
	const J = at(eh);
	const K = at(er);
	const rows: PathRow[] = [];
	let j = 0;
	let k = 0;
	for (let i = 1; i <= n; i++) {
		if (J[i] < 0 || K[i] < 0) continue;
		if (J[i] > j || K[i] > k) rows.push({ counts: [J[i] - j, K[i] - k], cost: 0 });
		j = J[i];
		k = K[i];
	}
	return rows;
}

/** Per first-language position, the range of second-language positions a path passes through. */
function pathSpan(
	rows: PathRow[],
	n: number,
	m: number,
	radius: number
): { lo: Int32Array; hi: Int32Array } {
	const lo = new Int32Array(n + 1).fill(m);
	const hi = new Int32Array(n + 1).fill(0);
	let i = 0;
	let j = 0;
	const mark = (ii: number, jLo: number, jHi: number) => {
		if (jLo < lo[ii]) lo[ii] = jLo;
		if (jHi > hi[ii]) hi[ii] = jHi;
	};
	mark(0, 0, 0);
	for (const { counts } of rows) {
		const [a, b] = counts;
		for (let k = 0; k <= a; k++) mark(i + k, j, j + b);
		i += a;
		j += b;
	}
	for (let k = 0; k <= n; k++) {
		lo[k] = Math.max(0, lo[k] - radius);
		hi[k] = Math.min(m, hi[k] + radius);
	}
	return { lo, hi };
}

/**
 * Aligns three ranges jointly. `E` is the pivot whose pairwise paths to `H` and `R` shape the
 * corridor.
 */
export function alignThree(
	doc: PreparedDoc,
	E: PreparedLang,
	er: Range,
	H: PreparedLang,
	hr: Range,
	R: PreparedLang,
	rr: Range,
	own?: { eh: PathRow[]; er: PathRow[]; hr: PathRow[] },
	guides?: { eh: PathRow[]; er: PathRow[] },
	corridor?: Corridor
): { rows: PathRow[]; rowCost: RowCost } {
	const n = er.end - er.start;
	const m = hr.end - hr.start;
	const p = rr.end - rr.start;
	const { J, K, tables } =
		corridor ??
		threeWayCorridor(
			doc,
			E,
			er,
			H,
			hr,
			R,
			rr,
			guides ?? { eh: guidePath(E, er, H, hr), er: guidePath(E, er, R, rr) }
		);
	const agree: Agreement | undefined = own && {
		eh: new PairPath(own.eh, n, m),
		er: new PairPath(own.er, n, p),
		hr: new PairPath(own.hr, m, p)
	};
	let rows: PathRow[] | undefined;
	// First inside the narrower corridor where the three pairs agree (see agreementCorridor);
	// the full corridor if that cuts every path.
	const narrow = own && agreementCorridor(J, K, own, n, m, p);
	if (narrow) {
		rows = corridor3(
			doc,
			E,
			er.start,
			n,
			H,
			hr.start,
			m,
			R,
			rr.start,
			p,
			narrow.J,
			narrow.K,
			tables,
			BEAM,
			agree
		);
	}
	// A beam can, rarely, cut every path to the end; widen it then (infinity = exact DP).
	for (let beam = BEAM; !rows; beam = beam < 4 * BEAM ? beam * 2 : INF) {
		rows = corridor3(
			doc,
			E,
			er.start,
			n,
			H,
			hr.start,
			m,
			R,
			rr.start,
			p,
			J,
			K,
			tables,
			beam,
			agree
		);
	}
	// Row costs for the confidence pass, reusing the pair costs the DP already computed. They
	// leave the agreement bonus out: margins measure the text's own evidence, and agreement is
	// judged apart (see alignStretch).
	const rowCost: RowCost = (start, size) => {
		const [a, b, c] = size;
		const i = start[0] - er.start;
		const j = start[1] - hr.start;
		const k = start[2] - rr.start;
		if (i < 0 || j < 0 || k < 0 || i + a > n || j + b > m || k + c > p) return INF;
		const prior = prior3(a, b, c);
		if (prior === INF) return INF;
		return (
			prior +
			groupCost(E, start[0], a) +
			groupCost(H, start[1], b) +
			groupCost(R, start[2], c) +
			tables.eh.get(i, a, j, b) +
			tables.er.get(i, a, k, c) +
			tables.hr.get(j, b, k, c)
		);
	};
	return { rows, rowCost };
}

/** How far around the agreeing pairwise paths the narrowed corridor reaches, in units. */
const AGREED_RADIUS = 0;
/** How many pivot positions around a disagreement keep the full corridor. */
const DISAGREEMENT_REACH = 3;

/**
 * The joint search's corridor narrowed by the pairs' own alignments: where the three pairwise
 * paths agree with one another (the H-R path goes through the H and R positions the E-H and E-R
 * paths give a pivot position), the joint path follows them, as the agreement bonus makes it
 * do, so only cells within {@link AGREED_RADIUS} of them are searched. Around a disagreement the
 * full corridor stays, for the joint evidence to decide. Always inside the full corridor, so the
 * pair tables cover it. `undefined` when the pairs agree nowhere: nothing would be saved.
 */
function agreementCorridor(
	J: { lo: Int32Array; hi: Int32Array },
	K: { lo: Int32Array; hi: Int32Array },
	own: { eh: PathRow[]; er: PathRow[]; hr: PathRow[] },
	n: number,
	m: number,
	p: number
): { J: { lo: Int32Array; hi: Int32Array }; K: { lo: Int32Array; hi: Int32Array } } | undefined {
	const eh = pathSpan(own.eh, n, m, 0);
	const er = pathSpan(own.er, n, p, 0);
	const hr = pathSpan(own.hr, m, p, 0);
	const wide = new Uint8Array(n + 1);
	let agreeing = 0;
	for (let i = 0; i <= n; i++) {
		let agrees = eh.lo[i] >= J.lo[i] && eh.hi[i] <= J.hi[i];
		agrees &&= er.lo[i] >= K.lo[i] && er.hi[i] <= K.hi[i];
		for (let j = eh.lo[i]; agrees && j <= eh.hi[i]; j++) {
			agrees = hr.lo[j] <= er.hi[i] && hr.hi[j] >= er.lo[i];
		}
		if (agrees) {
			agreeing++;
			continue;
		}
		const to = Math.min(n, i + DISAGREEMENT_REACH);
		for (let x = Math.max(0, i - DISAGREEMENT_REACH); x <= to; x++) wide[x] = 1;
	}
	if (agreeing === 0) return undefined;
	const narrowed = (
		full: { lo: Int32Array; hi: Int32Array },
		path: { lo: Int32Array; hi: Int32Array }
	) => {
		const lo = Int32Array.from(full.lo);
		const hi = Int32Array.from(full.hi);
		for (let i = 0; i <= n; i++) {
			if (wide[i]) continue;
			lo[i] = Math.max(full.lo[i], path.lo[i] - AGREED_RADIUS);
			hi[i] = Math.min(full.hi[i], path.hi[i] + AGREED_RADIUS);
		}
		return { lo, hi };
	};
	return { J: narrowed(J, eh), K: narrowed(K, er) };
}

/** Where the joint search may go, and the memoised pair costs it reads (range-relative). */
export interface Corridor {
	J: { lo: Int32Array; hi: Int32Array };
	K: { lo: Int32Array; hi: Int32Array };
	tables: Tables;
}

/**
 * The joint search's corridor around the length-only guides from the pivot, and tables for
 * the pair costs. The pivot's two tables reach as far as the pairwise bands around the same
 * guides, so the pairwise passes fill them and the joint search reads what they computed.
 */
export function threeWayCorridor(
	doc: PreparedDoc,
	E: PreparedLang,
	er: Range,
	H: PreparedLang,
	hr: Range,
	R: PreparedLang,
	rr: Range,
	guides: { eh: PathRow[]; er: PathRow[] }
): Corridor {
	const n = er.end - er.start;
	const m = hr.end - hr.start;
	const p = rr.end - rr.start;
	const J = pathSpan(guides.eh, n, m, CORRIDOR_RADIUS);
	const K = pathSpan(guides.er, n, p, CORRIDOR_RADIUS);
	const wide = Math.max(CORRIDOR_RADIUS, FULL_BAND);
	const JT = pathSpan(guides.eh, n, m, wide);
	const KT = pathSpan(guides.er, n, p, wide);
	// For the H-R table: the R positions a cell with a given H position can have.
	const hrLo = new Int32Array(m + 1).fill(p);
	const hrHi = new Int32Array(m + 1).fill(-1);
	for (let i = 0; i <= n; i++) {
		for (let j = J.lo[i]; j <= J.hi[i]; j++) {
			if (K.lo[i] < hrLo[j]) hrLo[j] = K.lo[i];
			if (K.hi[i] > hrHi[j]) hrHi[j] = K.hi[i];
		}
	}
	const tables: Tables = {
		eh: new PairTable(doc, E, er.start, H, hr.start, JT.lo, JT.hi),
		er: new PairTable(doc, E, er.start, R, rr.start, KT.lo, KT.hi),
		hr: new PairTable(doc, H, hr.start, R, rr.start, hrLo, hrHi)
	};
	return { J, K, tables };
}

/** The full cost of a row from its start and size per language (absolute positions). */
export type RowCost = (start: readonly number[], size: readonly number[]) => number;

export interface Tables {
	eh: PairTable;
	er: PairTable;
	hr: PairTable;
}

/** A lazily filled table of pair costs for sources inside the corridor. */
export class PairTable {
	/** Costs (NaN = not computed yet); source i's block starts at `off[i]`, 16 entries per j. */
	readonly values: Float32Array;
	readonly off: Int32Array;
	readonly lo: Int32Array;
	readonly hi: Int32Array;
	constructor(
		private doc: PreparedDoc,
		private X: PreparedLang,
		private xs: number,
		private Y: PreparedLang,
		private ys: number,
		lo: Int32Array,
		hi: Int32Array,
		readonly model: LengthModel = lengthModel(X, Y)
	) {
		this.lo = lo;
		this.hi = hi;
		this.off = new Int32Array(lo.length + 1);
		for (let i = 0; i < lo.length; i++) {
			this.off[i + 1] = this.off[i] + Math.max(0, hi[i] - lo[i] + 1) * 16;
		}
		this.values = new Float32Array(this.off[lo.length]).fill(Number.NaN);
	}
	/** Pair cost of `a` units of X from `i` with `b` of Y from `j` (range-relative positions). */
	get(i: number, a: number, j: number, b: number): number {
		if (i >= this.lo.length || j < this.lo[i] || j > this.hi[i]) return this.compute(i, a, j, b);
		const at = this.off[i] + (j - this.lo[i]) * 16 + a * 4 + b;
		const v = this.values[at];
		if (v === v) return v;
		// What the table holds (single precision), not the fresh double: a cost must not depend
		// on whether it was asked for before.
		this.values[at] = this.compute(i, a, j, b);
		return this.values[at];
	}
	compute(i: number, a: number, j: number, b: number): number {
		return pairCost(this.doc, this.X, this.xs + i, a, this.Y, this.ys + j, b, this.model);
	}
}

function corridor3(
	doc: PreparedDoc,
	E: PreparedLang,
	es: number,
	n: number,
	H: PreparedLang,
	hs: number,
	m: number,
	R: PreparedLang,
	rs: number,
	p: number,
	J: { lo: Int32Array; hi: Int32Array },
	K: { lo: Int32Array; hi: Int32Array },
	tables: Tables,
	beam: number,
	agree: Agreement | undefined
): PathRow[] | undefined {
	// Layer i holds the cells (i, j, k) with j in J[i] and k in K[i].
	const kw = new Int32Array(n + 1);
	const layerOff = new Int32Array(n + 2);
	for (let i = 0; i <= n; i++) {
		kw[i] = K.hi[i] - K.lo[i] + 1;
		layerOff[i + 1] = layerOff[i] + (J.hi[i] - J.lo[i] + 1) * kw[i];
	}
	const total = layerOff[n + 1];
	const cost = new Float64Array(total).fill(INF);
	const back = new Int8Array(total).fill(-1);
	const index = (i: number, j: number, k: number) =>
		layerOff[i] + (j - J.lo[i]) * kw[i] + (k - K.lo[i]);

	const { eh, er, hr } = tables;
	const ehValues = eh.values;
	const erValues = er.values;
	const hrValues = hr.values;
	const gE = groupCosts(E, es, n);
	const gH = groupCosts(H, hs, m);
	const gR = groupCosts(R, rs, p);

	// Forward ("push") DP with a beam: a cell passes its cost on only if it is within `BEAM` of
	// the best cell of its layer. Off-path cells quickly fall far behind, so only a handful per
	// layer do any scoring. Cells of a layer are final in (j, k) order: moves that stay in the
	// layer (no pivot sentence) only go to larger j or k.
	cost[index(0, 0, 0)] = 0;
	for (let i = 0; i <= n; i++) {
		const jLo = J.lo[i];
		const jHi = J.hi[i];
		const kLo = K.lo[i];
		const kHi = K.hi[i];
		let layerBest = INF;
		for (let at = layerOff[i]; at < layerOff[i + 1]; at++) {
			if (cost[at] < layerBest) layerBest = cost[at];
		}
		const threshold = layerBest + beam;
		for (let j = jLo; j <= jHi; j++) {
			for (let k = kLo; k <= kHi; k++) {
				const from = cost[index(i, j, k)];
				if (from > threshold) continue;
				const ehAt = eh.off[i] + (j - eh.lo[i]) * 16;
				const erAt = er.off[i] + (k - er.lo[i]) * 16;
				const hrAt = hr.off[j] + (k - hr.lo[j]) * 16;
				for (let t = 0; t < MOVES3.length; t++) {
					const a = MOVES3_A[t];
					const b = MOVES3_B[t];
					const c = MOVES3_C[t];
					const ti = i + a;
					const tj = j + b;
					const tk = k + c;
					if (ti > n || tj < J.lo[ti] || tj > J.hi[ti] || tk < K.lo[ti] || tk > K.hi[ti]) continue;
					const to = layerOff[ti] + (tj - J.lo[ti]) * kw[ti] + (tk - K.lo[ti]);
					// Pair costs, memoised; the source is always inside each table's band.
					let vEH = ehValues[ehAt + a * 4 + b];
					if (vEH !== vEH) vEH = ehValues[ehAt + a * 4 + b] = Math.fround(eh.compute(i, a, j, b));
					let vER = erValues[erAt + a * 4 + c];
					if (vER !== vER) vER = erValues[erAt + a * 4 + c] = Math.fround(er.compute(i, a, k, c));
					let vHR = hrValues[hrAt + b * 4 + c];
					if (vHR !== vHR) vHR = hrValues[hrAt + b * 4 + c] = Math.fround(hr.compute(j, b, k, c));
					let v =
						from +
						PRIOR3[t] +
						gE[i * 4 + a] +
						gH[j * 4 + b] +
						gR[k * 4 + c] +
						EVIDENCE3 * (vEH + vER + vHR);
					// The bonus is looked up only for moves it could make the best.
					if (agree && v - AGREE * 2 * (a + b + c) < cost[to]) {
						v -= agreementBonus(agree, i, a, j, b, k, c);
					}
					if (v < cost[to]) {
						cost[to] = v;
						back[to] = t;
					}
				}
			}
		}
	}
	const rows: PathRow[] = [];
	let i = n;
	let j = m;
	let k = p;
	if (cost[index(i, j, k)] === INF) return undefined;
	while (i > 0 || j > 0 || k > 0) {
		const at = index(i, j, k);
		const [a, b, c] = MOVES3[back[at]];
		rows.push({ counts: [a, b, c], cost: cost[at] - cost[index(i - a, j - b, k - c)] });
		i -= a;
		j -= b;
		k -= c;
	}
	return rows.reverse();
}

/**
 * Group costs by (range-relative) start and size, `out[i * 4 + size]`; sizes that run past the
 * end cost infinity.
 */
function groupCosts(X: PreparedLang, start: number, n: number): Float64Array {
	const out = new Float64Array((n + 1) * 4);
	for (let i = 0; i <= n; i++) {
		for (let a = 1; a <= MAX_GROUP; a++) {
			out[i * 4 + a] = i + a <= n ? groupCost(X, start + i, a) : INF;
		}
	}
	return out;
}

/**
 * Weight of each pair's evidence in the joint search. Of the three pairs of a row only two are
 * independent (the third follows from them through the shared sentences), so the three are
 * weighed as two, as the shape prior is (`prior3` counts two pairs' worth): the balance between
 * evidence and shape is then that of a pair aligned alone. Weighed in full, the noisiest pair
 * could overrule the two others, and three-way en-ru came out worse than en-ru alone.
 */
const EVIDENCE3 = 2 / 3;

/**
 * Agreement between the three-way path and each pair's own alignment. Every pair aligned on
 * its own is a second model of the same two texts; a joint row whose projection onto a pair is
 * a row (or, for n-n, rows) of that pair's own path earns {@link AGREE} per sentence it covers.
 * The joint search then follows the pairs where they agree with one another and lets the
 * combined evidence decide where they do not, so it is never worse than the pairs without
 * cause.
 */
const AGREE = 1;

interface Agreement {
	eh: PairPath;
	er: PairPath;
	hr: PairPath;
}

function agreementBonus(
	g: Agreement,
	i: number,
	a: number,
	j: number,
	b: number,
	k: number,
	c: number
): number {
	let units = 0;
	if (g.eh.has(i, a, j, b)) units += a + b;
	if (g.er.has(i, a, k, c)) units += a + c;
	if (g.hr.has(j, b, k, c)) units += b + c;
	return AGREE * units;
}

/** A two-language path, for asking whether it holds a given row (range-relative positions). */
export class PairPath {
	/** Per X position, the row of X sentences starting there: `j * 16 + a * 4 + b`, or -1. */
	readonly rowAt: Int32Array;
	readonly loneX: Uint8Array;
	readonly loneY: Uint8Array;
	constructor(rows: PathRow[], n: number, m: number) {
		this.rowAt = new Int32Array(n + 1).fill(-1);
		this.loneX = new Uint8Array(n + 1);
		this.loneY = new Uint8Array(m + 1);
		let i = 0;
		let j = 0;
		for (const { counts } of rows) {
			const [a, b] = counts;
			if (a > 0 && b > 0) this.rowAt[i] = j * 16 + a * 4 + b;
			else if (a > 0) this.loneX[i] = 1;
			else this.loneY[j] = 1;
			i += a;
			j += b;
		}
	}
	/** Whether `a` X sentences from `i` and `b` Y sentences from `j` are rows of this path. */
	has(i: number, a: number, j: number, b: number): boolean {
		if (a === 0 && b === 0) return false;
		if (a === 0 || b === 0) {
			const lone = a === 0 ? this.loneY : this.loneX;
			const from = a === 0 ? j : i;
			for (let u = 0; u < a + b; u++) if (!lone[from + u]) return false;
			return true;
		}
		if (a === b && a > 1) {
			for (let u = 0; u < a; u++) if (this.rowAt[i + u] !== (j + u) * 16 + 5) return false;
			return true;
		}
		return this.rowAt[i] === j * 16 + a * 4 + b;
	}
}
