/**
 * The public aligner: units of two or three renderings in, monotonic and complete rows of unit
 * indices out, each with a confidence. Confirmed rows come in as anchors and go out unchanged;
 * only the stretches between them are aligned.
 */
import { LANGS, type IndexRow, type Lang } from '../types';
import {
	alignThree,
	alignTwo,
	composedGuide,
	guidePath,
	PairPath,
	threeWayCorridor,
	type PathRow,
	type Range,
	type RowCost
} from './dp';
import { AlignError } from './errors';
import { prepareDoc, type AlignUnit, type PreparedDoc } from './features';
import { learnLexicon, NEWS_LEXICON, type Lexicon } from './lexicon';
import { REVIEW_THRESHOLD, stretchConfidences } from './confidence';
import { rowCostAt } from './scoring';

export interface AlignOptions {
	/**
	 * Rows that must appear unchanged (confirmed by a translator), as unit indices. Cells of
	 * languages not being aligned must be empty or absent.
	 */
	anchors?: readonly IndexRow[];
	/** The lexicon to use; defaults to the bundled news lexicon (extend it with learned entries). */
	lexicon?: Lexicon;
	/**
	 * Learn more lexicon entries from the anchors' sentences (default: when there are at least
	 * {@link LEARN_FROM_ANCHORS} anchors): a translator's confirmed rows teach the article's own
	 * vocabulary to the stretches between them.
	 */
	learn?: boolean;
}

/** Anchors needed before words are learned from them: fewer give too little evidence. */
export const LEARN_FROM_ANCHORS = 8;

/**
 * Aligns the sentences (units) of two or three renderings of one article.
 *
 * Every unit of every given language lands in exactly one row, rows are in document order, and
 * each row holds 0-3 units per language. Rows carry all given languages (an empty cell is `[]`)
 * and a confidence `score` in [0, 1]; rows under {@link REVIEW_THRESHOLD} deserve a look.
 *
 * @example
 * alignUnits({ en: [{ text: 'Hello.' }], ru: [{ text: 'Привет.' }] })
 * // → [{ en: [0], ru: [0], score: 1 }]
 */
export function alignUnits(
	units: Partial<Record<Lang, readonly AlignUnit[]>>,
	options: AlignOptions = {}
): IndexRow[] {
	const langs = LANGS.filter((l) => units[l] !== undefined);
	if (langs.length < 2) {
		throw new AlignError('too-few-languages', 'Alignment needs at least two renderings');
	}
	const sizes = Object.fromEntries(langs.map((l) => [l, units[l]!.length])) as Record<Lang, number>;
	const anchors = orderAnchors(options.anchors ?? [], langs, sizes);
	let lexicon = options.lexicon ?? NEWS_LEXICON;
	if (options.learn ?? anchors.length >= LEARN_FROM_ANCHORS) {
		const confirmed = anchors.map((a) =>
			Object.fromEntries(langs.map((l) => [l, (a[l] ?? []).map((u) => units[l]![u].text)]))
		);
		lexicon = lexicon.extend(learnLexicon(confirmed, { base: lexicon }));
	}
	const doc = prepareDoc(units, langs, lexicon);
	const pos = Object.fromEntries(langs.map((l) => [l, 0])) as Record<Lang, number>;
	const out: IndexRow[] = [];
	let free: IndexRow[] | undefined;
	anchors.forEach((anchor, a) => {
		const cut = {} as Record<Lang, number>;
		for (const lang of langs) {
			const cell = anchor[lang] ?? [];
			if (cell.length > 0) {
				cut[lang] = cell[0];
				continue;
			}
			// A language the anchor has no unit in: cut where an anchor-free alignment puts the
			// anchor's other units, within what the neighbouring anchors allow.
			free ??= alignStretch(doc, langs, fullRanges(langs, sizes));
			const limit = anchors.slice(a + 1).find((x) => (x[lang]?.length ?? 0) > 0)?.[lang]?.[0];
			cut[lang] = clamp(freePosition(free, anchor, langs, lang), pos[lang], limit ?? sizes[lang]);
		}
		out.push(...alignStretch(doc, langs, rangesBetween(langs, pos, cut)));
		// The anchor as given, in the shape of every other row (all aligned languages, no others).
		const kept = {} as IndexRow;
		for (const lang of langs) {
			kept[lang] = [...(anchor[lang] ?? [])];
			pos[lang] = kept[lang]!.length ? kept[lang]![kept[lang]!.length - 1] + 1 : cut[lang];
		}
		kept.score = anchor.score;
		out.push(kept);
	});
	out.push(...alignStretch(doc, langs, rangesBetween(langs, pos, sizes)));
	return out;
}

export { REVIEW_THRESHOLD };

/** Whether a row should be shown for review. */
export function needsReview(row: IndexRow): boolean {
	return row.score < REVIEW_THRESHOLD;
}

function clamp(x: number, lo: number, hi: number): number {
	return Math.max(lo, Math.min(hi, x));
}

function fullRanges(langs: Lang[], sizes: Record<Lang, number>): Record<Lang, Range> {
	return Object.fromEntries(langs.map((l) => [l, { start: 0, end: sizes[l] }])) as Record<
		Lang,
		Range
	>;
}

function rangesBetween(
	langs: Lang[],
	from: Record<Lang, number>,
	to: Record<Lang, number>
): Record<Lang, Range> {
	return Object.fromEntries(langs.map((l) => [l, { start: from[l], end: to[l] }])) as Record<
		Lang,
		Range
	>;
}

/** In `free`, the number of `lang` units before the row holding the anchor's first unit. */
function freePosition(free: IndexRow[], anchor: IndexRow, langs: Lang[], lang: Lang): number {
	const by = langs.find((l) => (anchor[l]?.length ?? 0) > 0)!;
	const unit = anchor[by]![0];
	let count = 0;
	for (const row of free) {
		if (row[by]!.includes(unit)) break;
		count += row[lang]!.length;
	}
	return count;
}

/**
 * Checks anchors and sorts them into document order. Anchors with no unit in the given
 * languages constrain nothing and are dropped.
 */
function orderAnchors(
	anchors: readonly IndexRow[],
	langs: Lang[],
	sizes: Record<Lang, number>
): IndexRow[] {
	const invalid = (why: string) => new AlignError('invalid-anchor', `Invalid anchor: ${why}`);
	const kept: IndexRow[] = [];
	for (const anchor of anchors) {
		for (const lang of LANGS) {
			const cell = anchor[lang] ?? [];
			if (!langs.includes(lang)) {
				if (cell.length) throw invalid(`${lang} is not being aligned`);
				continue;
			}
			cell.forEach((u, k) => {
				if (!Number.isInteger(u) || u < 0 || u >= sizes[lang])
					throw invalid(`${lang} ${u} out of range`);
				if (k > 0 && u !== cell[k - 1] + 1) throw invalid(`${lang} units not contiguous`);
			});
		}
		if (langs.some((l) => (anchor[l]?.length ?? 0) > 0)) kept.push(anchor);
	}
	// Document order is a partial order: anchors sharing a language are ordered by it, the rest
	// only through others. Sort topologically, taking the anchor earliest in relative position
	// whenever several could come next; a cycle means anchors cross.
	const where = (row: IndexRow) => {
		const lang = langs.find((l) => (row[l]?.length ?? 0) > 0)!;
		return row[lang]![0] / Math.max(1, sizes[lang]);
	};
	const after: number[][] = kept.map(() => []);
	const before = kept.map(() => 0);
	for (const lang of langs) {
		const chain = kept
			.map((a, k) => k)
			.filter((k) => (kept[k][lang]?.length ?? 0) > 0)
			.sort((x, y) => kept[x][lang]![0] - kept[y][lang]![0]);
		for (let c = 1; c < chain.length; c++) {
			after[chain[c - 1]].push(chain[c]);
			before[chain[c]]++;
		}
	}
	const ready = kept.map((_, k) => k).filter((k) => before[k] === 0);
	const ordered: IndexRow[] = [];
	while (ready.length) {
		ready.sort((x, y) => where(kept[y]) - where(kept[x]));
		const k = ready.pop()!;
		ordered.push(kept[k]);
		for (const next of after[k]) if (--before[next] === 0) ready.push(next);
	}
	if (ordered.length < kept.length) throw invalid('anchors cross');
	const last = Object.fromEntries(langs.map((l) => [l, -1])) as Record<Lang, number>;
	for (const anchor of ordered) {
		for (const lang of langs) {
			const cell = anchor[lang] ?? [];
			if (!cell.length) continue;
			if (cell[0] <= last[lang]) throw invalid(`anchors overlap or cross in ${lang}`);
			last[lang] = cell[cell.length - 1];
		}
	}
	return ordered;
}

/** Aligns one stretch between anchors (or the whole document). */
function alignStretch(doc: PreparedDoc, langs: Lang[], ranges: Record<Lang, Range>): IndexRow[] {
	const active = langs.filter((l) => ranges[l].end > ranges[l].start);
	let path: PathRow[];
	let rowCost: RowCost = (start, size) => rowCostAt(doc, langs, start, size);
	let own: { eh: PathRow[]; er: PathRow[]; hr: PathRow[] } | undefined;
	if (active.length === 0) return [];
	if (active.length === 1) {
		const n = ranges[active[0]].end - ranges[active[0]].start;
		path = Array.from({ length: n }, () => ({ counts: [1], cost: 0 }));
	} else if (active.length === 2) {
		const [x, y] = active;
		path = alignTwo(doc, doc.by[x]!, ranges[x], doc.by[y]!, ranges[y]);
	} else {
		const [e, h, r] = active;
		// Each pair on its own (the joint search rewards agreeing with them), from length-only
		// guides the joint search's corridor is made of too.
		const [E, H, R] = [doc.by[e]!, doc.by[h]!, doc.by[r]!];
		const guides = {
			eh: guidePath(E, ranges[e], H, ranges[h]),
			er: guidePath(E, ranges[e], R, ranges[r])
		};
		const corridor = threeWayCorridor(doc, E, ranges[e], H, ranges[h], R, ranges[r], guides);
		const eh = alignTwo(doc, E, ranges[e], H, ranges[h], guides.eh, corridor.tables.eh);
		const er = alignTwo(doc, E, ranges[e], R, ranges[r], guides.er, corridor.tables.er);
		const n = ranges[e].end - ranges[e].start;
		const hrGuide = composedGuide(eh, er, n);
		own = { eh, er, hr: alignTwo(doc, H, ranges[h], R, ranges[r], hrGuide, corridor.tables.hr) };
		const three = alignThree(doc, E, ranges[e], H, ranges[h], R, ranges[r], own, guides, corridor);
		path = three.rows;
		rowCost = three.rowCost;
	}
	const counts = path.map((row) =>
		langs.map((l) => (active.includes(l) ? row.counts[active.indexOf(l)] : 0))
	);
	const scores = stretchConfidences(
		rowCost,
		langs,
		langs.map((l) => ranges[l].start),
		counts
	);
	if (own) {
		// A second opinion: each pair aligned on its own. Where a row, seen through a pair, is
		// not what that pair's own alignment has, two models of the same text disagree and the
		// row cannot be trusted whatever its local margin. Local margins miss wrong stretches
		// whose every row lacks a cheap one-step alternative; disagreement catches most of them.
		const disagree = new Int8Array(counts.length);
		for (let x = 0; x < 3; x++) {
			for (let y = x + 1; y < 3; y++) {
				const X = active[x];
				const Y = active[y];
				const [xs, ys] = [ranges[X].start, ranges[Y].start];
				const path = x === 0 ? (y === 1 ? own.eh : own.er) : own.hr;
				const theirs = new PairPath(path, ranges[X].end - xs, ranges[Y].end - ys);
				const [cx, cy] = [langs.indexOf(X), langs.indexOf(Y)];
				let i = 0;
				let j = 0;
				counts.forEach((c, r) => {
					const [a, b] = [c[cx], c[cy]];
					if ((a > 0 || b > 0) && !theirs.has(i, a, j, b)) disagree[r] = 1;
					i += a;
					j += b;
				});
			}
		}
		disagree.forEach((d, r) => {
			if (d) scores[r] *= DISAGREEMENT;
		});
	}
	const at = langs.map((l) => ranges[l].start);
	return counts.map((sizes, r) => {
		const row = {} as IndexRow;
		for (let x = 0; x < langs.length; x++) {
			const cell: number[] = [];
			for (let u = 0; u < sizes[x]; u++) cell.push(at[x] + u);
			row[langs[x]] = cell;
			at[x] += sizes[x];
		}
		row.score = round3(scores[r]);
		return row;
	});
}

/** Confidence factor of a three-way row that a pair's own alignment contradicts. */
const DISAGREEMENT = 0.45;

function round3(x: number): number {
	return Math.round(x * 1000) / 1000;
}
