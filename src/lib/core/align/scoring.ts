/**
 * Costs of alignment rows (lower is better; roughly negative log-probabilities, so they add up
 * along a path). A row's cost is a prior on its shape (1-1-1, 2-1-1, 1-1-0, …) plus, for every
 * pair of languages, a Gale-Church length term and lexical evidence, plus structure terms.
 */
import type { Lang } from '../types';
import { BODY_KINDS, type PreparedDoc, type PreparedLang } from './features';

/** Gale-Church length model of one ordered pair: `len(second) ≈ c · len(first)`, variance `s2`. */
export interface LengthModel {
	c: number;
	s2: number;
}

/**
 * Length ratios and variances per pair, in the canonical language order. `c` is only the prior
 * of a document's own ratio (see {@link lengthModel}); `s2` is the variance around the
 * article's own ratio measured with {@link calibrateLength} on real news (the 60 NTREX
 * development articles: en-hy 2.8, en-ru 4.1, hy-ru 4.3), rounded up, since translators in the
 * wild vary more than one set of articles shows.
 */
export const LENGTH_MODELS: Record<string, LengthModel> = {
	'en-hy': { c: 1.03, s2: 3.5 },
	'en-ru': { c: 0.97, s2: 4.5 },
	'hy-ru': { c: 0.94, s2: 4.5 }
};

/**
 * The length model of one document's pair. The ratio of lengths varies much more between
 * documents (and translators) than within one: on real news it ranges from 0.85 to 1.3 between
 * articles of the same pair. So `c` is the document's own ratio of total lengths, which sentence
 * merges, splits and the odd missing line barely move, pulled towards the pair's prior ratio in
 * proportion to how short the document is.
 */
export function lengthModel(X: PreparedLang, Y: PreparedLang): LengthModel {
	const prior = LENGTH_MODELS[`${X.lang}-${Y.lang}`] ?? { c: 1, s2: 4 };
	const c = (Y.lenSum[Y.n] + prior.c * PRIOR_CHARS) / (X.lenSum[X.n] + PRIOR_CHARS);
	return { c, s2: prior.s2 };
}

/** Weight of the prior length ratio, in characters of the document. */
const PRIOR_CHARS = 1000;

/**
 * Tunable weights of the score. Priors are in the same units as the evidence terms.
 * - `join`: one language has one sentence where the others have two (or two for one).
 * - `join3`: one for three. `cross`: two for two (crossing sentence boundaries).
 * - `missing`: a row with no sentence in one language; `lone`: a sentence only one language has.
 */
export const SCORE = {
	join: 3,
	join3: 5,
	cross: 7,
	missing: 4,
	lone: 3,
	/** Per quote pair, bracket and question mark that one side has and the other lacks. */
	quote: 0.6,
	bracket: 0.6,
	question: 1,
	/** Title or caption against body text, or any two different kinds. */
	kind: 8,
	/** Paragraph against subheading. */
	bodyKind: 1,
	/** A row that starts a block in one language but not in the other. */
	boundary: 1,
	/** A line that does not end like a sentence against one that does (block unknown). */
	open: 1,
	/** A group of sentences from two blocks (translators keep paragraphs). */
	crossBlock: 2.5
} as const;

const INF = Number.POSITIVE_INFINITY;
const LENGTH_CAP = 8;
/**
 * The mean of the length cost over right rows: it is −ln of a p-value, whose mean is 1. Taken
 * off every paired row, it keeps the search from preferring a few big rows to many right ones.
 */
export const LENGTH_MEAN = 1;

/** Prior cost of a two-language row with `a` and `b` sentences. */
export function prior2(a: number, b: number): number {
	if (a === 0 || b === 0) return a + b === 1 ? SCORE.missing : INF;
	const lo = Math.min(a, b);
	const hi = Math.max(a, b);
	if (lo === 1) return hi === 1 ? 0 : hi === 2 ? SCORE.join : hi === 3 ? SCORE.join3 : INF;
	if (lo === 2 && hi === 2) return SCORE.cross;
	return INF;
}

/** Prior cost of a three-language row. */
export function prior3(a: number, b: number, c: number): number {
	// Tabulated: the confidence pass asks for it hundreds of thousands of times.
	if (a >= 0 && a <= 3 && b >= 0 && b <= 3 && c >= 0 && c <= 3)
		return PRIOR3_TABLE[a * 16 + b * 4 + c];
	return PRIOR3_SCALE * shape3(a, b, c);
}

/**
 * Three languages give three pairs of evidence per row, so the shape prior must weigh more for
 * the same balance between evidence and shape as with two.
 */
const PRIOR3_SCALE = 2;

function shape3(a: number, b: number, c: number): number {
	const counts = [a, b, c].sort((x, y) => x - y);
	const [p, q, r] = counts;
	if (r > 3) return INF;
	if (p === 0) {
		if (q === 0) return r === 1 ? SCORE.lone : INF;
		// A row missing one language: 1-1, or a join or split between the other two. Rarer
		// shapes (3-1, 2-2) would have to coincide with the missing sentence; left out.
		return r <= 2 && q === 1 ? SCORE.missing + prior2(q, r) : INF;
	}
	if (p === 1 && q === 1 && r === 1) return 0;
	// n sentences in every language are n rows of one each, unless boundaries cross in all three
	// pairs at once; allowing them cheaply lets the search swallow a hard stretch into one big row
	// (a 3-3-3 where the truth is three 1-1-1 rows) rather than align it.
	if (p === r) return p === 2 ? (3 * SCORE.cross) / PRIOR3_SCALE : INF;
	if (r === 2) return SCORE.join; // (1,1,2), (1,2,2)
	// r === 3: one language has three where the others have one, or one where they have three;
	// the rest are two neighbouring restructurings, e.g. (2,2,3) when one language joins a+b and
	// another b+c, or (1,2,3) when one joins two sentences another splits.
	if (p === 1 && (q === 1 || q === 3)) return SCORE.join3;
	if (p === 1) return SCORE.join + SCORE.join3;
	return 2 * SCORE.join + 2;
}

/** `prior3` of every shape with 0-3 units per language, at `a * 16 + b * 4 + c`. */
const PRIOR3_TABLE = Float64Array.from(
	{ length: 64 },
	(_, k) => PRIOR3_SCALE * shape3(k >> 4, (k >> 2) & 3, k & 3)
);

// −ln of the two-sided normal tail, −ln(2(1 − Φ(z))) = −ln erfc(z/√2), computed in log space
// (Abramowitz & Stegun 7.1.26) so that large deviations do not underflow to infinity.
function negLogTwoTail(z: number): number {
	const x = z / Math.SQRT2;
	const t = 1 / (1 + 0.3275911 * x);
	const poly =
		t *
		(0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	return x * x - Math.log(poly);
}

/**
 * Gale-Church length cost of aligning `lx` characters with `ly`. The variance scales with the
 * mean of both lengths (in source units), which keeps the cost symmetric in the two sides.
 */
export function lengthCost(lx: number, ly: number, model: LengthModel): number {
	const mean = (lx + ly / model.c) / 2;
	const delta = Math.abs(ly - model.c * lx) / Math.sqrt(mean * model.s2);
	const at = delta * LENGTH_STEPS;
	return at < LENGTH_TABLE.length - 1 ? LENGTH_TABLE[at | 0] : LENGTH_CAP;
}

/**
 * The robust Gale-Church cost by deviation, tabulated (the DP asks for it millions of times):
 * a mixture of the normal tail with a flat floor, because a translator leaving out half a
 * sentence makes a row as long as it makes it, and that must not cost more than the worst
 * plausible row otherwise would.
 */
const LENGTH_STEPS = 50;
const LENGTH_TABLE = Float64Array.from({ length: 12 * LENGTH_STEPS }, (_, k) => {
	const gc = negLogTwoTail((k + 0.5) / LENGTH_STEPS);
	return gc - Math.log1p(Math.exp(gc - LENGTH_CAP));
});

/**
 * Lexical cost of two sorted feature multisets: shared features earn their match weight, lone
 * ones cost their miss weight.
 */
export function lexicalCost(
	a: Int32Array,
	aFrom: number,
	aTo: number,
	b: Int32Array,
	bFrom: number,
	bTo: number,
	match: Float64Array,
	miss: Float64Array
): number {
	let cost = 0;
	let i = aFrom;
	let j = bFrom;
	while (i < aTo && j < bTo) {
		const x = a[i];
		const y = b[j];
		if (x === y) {
			cost -= match[x];
			i++;
			j++;
		} else if (x < y) {
			cost += miss[x];
			i++;
		} else {
			cost += miss[y];
			j++;
		}
	}
	while (i < aTo) cost += miss[a[i++]];
	while (j < bTo) cost += miss[b[j++]];
	return cost;
}

/**
 * Share of its features' miss weights a sentence without a partner pays. Unmatched features in
 * a paired row are evidence against the pairing; a sentence that has no partner at all
 * explains its own features, so they count for less there. This is what keeps a sentence
 * inserted in one language (or left out of the other) from being merged into a neighbour
 * whose partner does not mention any of its names or numbers.
 */
const LONE_MISS = 0.5;

/**
 * Evidence cost of pairing `a` units of X from `i` with `b` units of Y from `j` (either may be
 * zero: then the other side's features go unmatched). Excludes the row prior.
 */
export function pairCost(
	doc: PreparedDoc,
	X: PreparedLang,
	i: number,
	a: number,
	Y: PreparedLang,
	j: number,
	b: number,
	model: LengthModel
): number {
	if (a === 0) return b === 0 ? 0 : LONE_MISS * (Y.missSum[j + b] - Y.missSum[j]);
	if (b === 0) return LONE_MISS * (X.missSum[i + a] - X.missSum[i]);
	let cost =
		lengthCost(X.lenSum[i + a] - X.lenSum[i], Y.lenSum[j + b] - Y.lenSum[j], model) - LENGTH_MEAN;
	const gx = X.groups[a - 1];
	const gy = Y.groups[b - 1];
	cost += lexicalCost(
		gx.ids,
		gx.off[i],
		gx.off[i + 1],
		gy.ids,
		gy.off[j],
		gy.off[j + 1],
		doc.matchWeight,
		doc.missWeight
	);
	cost +=
		SCORE.quote * Math.abs(X.quoteSum[i + a] - X.quoteSum[i] - (Y.quoteSum[j + b] - Y.quoteSum[j]));
	cost +=
		SCORE.bracket *
		Math.abs(X.bracketSum[i + a] - X.bracketSum[i] - (Y.bracketSum[j + b] - Y.bracketSum[j]));
	const qx = X.questionSum[i + a] > X.questionSum[i];
	const qy = Y.questionSum[j + b] > Y.questionSum[j];
	if (qx !== qy) cost += SCORE.question;
	const kx = X.kind[i];
	const ky = Y.kind[j];
	if (kx >= 0 && ky >= 0 && kx !== ky) {
		cost += BODY_KINDS.has(kx) && BODY_KINDS.has(ky) ? SCORE.bodyKind : SCORE.kind;
	}
	// Without block structure, a headline or credit line (no full stop) against a sentence is
	// what a title against a paragraph is with it, in a milder form (translators sometimes end
	// a headline with a full stop).
	const ox = X.closed[i + a - 1];
	const oy = Y.closed[j + b - 1];
	if (ox >= 0 && oy >= 0 && ox !== oy) cost += SCORE.open;
	const sx = X.blockStart[i];
	const sy = Y.blockStart[j];
	if (sx >= 0 && sy >= 0 && sx !== sy) cost += SCORE.boundary;
	return cost;
}

/**
 * Cost of grouping `a` units of one language from `i`: block boundaries crossed inside, and
 * lines that are blocks of their own (see `openSum`).
 */
export function groupCost(X: PreparedLang, i: number, a: number): number {
	if (a < 2) return 0;
	return (
		SCORE.crossBlock * (X.startSum[i + a] - X.startSum[i + 1] + X.openSum[i + a] - X.openSum[i])
	);
}

/**
 * Measures the length model of a pair from aligned rows (character counts of both sides, rows
 * with both sides non-empty): `c` = total ratio, `s2` = mean squared deviation per source char.
 */
export function calibrateLength(pairs: ReadonlyArray<[number, number]>): LengthModel {
	const used = pairs.filter(([x, y]) => x > 0 && y > 0);
	if (used.length === 0) return { c: 1, s2: 4 };
	const c = used.reduce((s, [, y]) => s + y, 0) / used.reduce((s, [x]) => s + x, 0);
	const s2 = used.reduce((s, [x, y]) => s + (y - c * x) ** 2 / x, 0) / used.length;
	return { c, s2 };
}

/** The full cost of a row (prior, every pair, groups) at absolute positions. */
export function rowCostAt(
	doc: PreparedDoc,
	langs: readonly Lang[],
	start: readonly number[],
	size: readonly number[]
): number {
	let cost = size.length === 3 ? prior3(size[0], size[1], size[2]) : prior2(size[0], size[1]);
	if (!Number.isFinite(cost)) return cost;
	for (let x = 0; x < langs.length; x++) {
		const X = doc.by[langs[x]]!;
		if (start[x] + size[x] > X.n) return Number.POSITIVE_INFINITY;
		cost += groupCost(X, start[x], size[x]);
		for (let y = x + 1; y < langs.length; y++) {
			const Y = doc.by[langs[y]]!;
			if (start[y] + size[y] > Y.n) return Number.POSITIVE_INFINITY;
			cost += pairCost(doc, X, start[x], size[x], Y, start[y], size[y], lengthModel(X, Y));
		}
	}
	return cost;
}
