/**
 * Alignment rows as data: the invariants every edit keeps, and the bridge to the aligner
 * (index rows in, anchors out, re-aligned rows merged back around a translator's confirmed work).
 *
 * Invariants (checked by {@link checkRows}):
 * - every sentence id of every language is in exactly one row, in document order per language;
 * - every row holds at least one sentence. A "translation missing" mark always sits on a row that
 *   has sentences in another language: missing only means something relative to what is there,
 *   so a row that would carry nothing but marks is never kept;
 * - `missing` lists only languages whose cell in that row is empty, each once;
 * - row ids and note ids are unique.
 */
import { REVIEW_THRESHOLD } from '../align/confidence';
import { LANGS, type AlignmentRow, type IndexRow, type Lang } from '../types';

/** Below this aligner score a fresh row is marked for review; the aligner owns the scale. */
export { REVIEW_THRESHOLD };

/** Sentence ids per language in document order: what rows index into. */
export type SentenceIdsByLang = Record<Lang, readonly string[]>;

/** A caller-supplied id generator, so ids are deterministic in tests. */
export type NewId = () => string;

export function emptyCells(): Record<Lang, string[]> {
	return { en: [], hy: [], ru: [] };
}

export function sentenceCount(row: Pick<AlignmentRow, 'cells'>): number {
	return row.cells.en.length + row.cells.hy.length + row.cells.ru.length;
}

/** Keeps only marks that still mean something: on an empty cell, once, in column order. */
export function cleanMissing(missing: readonly Lang[], cells: Record<Lang, string[]>): Lang[] {
	return LANGS.filter((lang) => missing.includes(lang) && cells[lang].length === 0);
}

/** Where each sentence id sits: `id → row index`. */
export function rowIndexBySentence(rows: readonly AlignmentRow[]): Map<string, number> {
	const where = new Map<string, number>();
	rows.forEach((row, index) => {
		for (const lang of LANGS) for (const id of row.cells[lang]) where.set(id, index);
	});
	return where;
}

/**
 * Lists every broken invariant (empty when the rows are sound). Used by tests and by callers that
 * want to refuse storing a corrupt alignment.
 */
export function checkRows(rows: readonly AlignmentRow[], ids: SentenceIdsByLang): string[] {
	const problems: string[] = [];
	const rowIds = new Set<string>();
	const noteIds = new Set<string>();
	rows.forEach((row, r) => {
		if (rowIds.has(row.id)) problems.push(`row ${r}: duplicate row id ${row.id}`);
		rowIds.add(row.id);
		if (sentenceCount(row) === 0) problems.push(`row ${r}: no sentences`);
		const clean = cleanMissing(row.missing, row.cells);
		if (clean.length !== row.missing.length || clean.some((l, i) => row.missing[i] !== l)) {
			problems.push(`row ${r}: missing marks [${row.missing}] on non-empty or repeated cells`);
		}
		for (const note of row.notes) {
			if (noteIds.has(note.id)) problems.push(`row ${r}: duplicate note id ${note.id}`);
			noteIds.add(note.id);
		}
	});
	for (const lang of LANGS) {
		const position = new Map(ids[lang].map((id, i) => [id, i]));
		const seen: string[] = [];
		for (const row of rows) seen.push(...row.cells[lang]);
		const indices = seen.map((id) => position.get(id));
		if (indices.some((i) => i === undefined)) problems.push(`${lang}: unknown sentence ids`);
		if (seen.length !== ids[lang].length || indices.some((i, k) => i !== k)) {
			problems.push(`${lang}: sentences not each in one row in document order`);
		}
	}
	return problems;
}

/**
 * Turns the aligner's index rows into alignment rows with fresh ids. A row is marked for review
 * when its score is below `threshold`. The aligner's output is not trusted blindly: indices out of
 * range, repeated or out of document order are dropped, and sentences it left out get rows of
 * their own (score 0, review), so the result always satisfies {@link checkRows}.
 *
 * @example rowsFromIndexRows([{ en: [0], ru: [0, 1], score: 0.9 }], ids, 0.5, newId)
 */
export function rowsFromIndexRows(
	indexRows: readonly IndexRow[],
	ids: SentenceIdsByLang,
	threshold: number,
	newId: NewId
): AlignmentRow[] {
	return mergeRealigned([], indexRows, ids, { threshold, newId });
}

/**
 * The translator's confirmed rows as aligner anchors (score 1), so re-aligning only redoes the
 * rest. Empty cells are kept as empty arrays: "this English sentence has no Russian" is part of
 * what was confirmed. A confirmed row naming a sentence no longer in `ids` is skipped: it cannot
 * anchor anything.
 */
export function anchorsFromRows(rows: readonly AlignmentRow[], ids: SentenceIdsByLang): IndexRow[] {
	const positions = positionMaps(ids);
	const anchors: IndexRow[] = [];
	for (const row of rows) {
		if (row.status !== 'confirmed') continue;
		const anchor: IndexRow = { score: 1 };
		let valid = true;
		for (const lang of LANGS) {
			const indices = row.cells[lang].map((id) => positions[lang].get(id) ?? -1);
			if (indices.includes(-1)) valid = false;
			anchor[lang] = indices;
		}
		if (valid) anchors.push(anchor);
	}
	return anchors;
}

export interface RealignOptions {
	threshold?: number;
	newId: NewId;
}

/** A row under construction: cells plus the score and review the aligner (or we) gave it. */
interface FreeRow {
	cells: Record<Lang, string[]>;
	score: number;
	review: boolean;
	/** How many confirmed rows the aligner had placed before this row: where it would go. */
	hint: number;
	/** Made for sentences the aligner left out. */
	leftOut?: boolean;
}

/**
 * Merges a re-alignment back into the translator's rows.
 * - Confirmed rows stay exactly as they were (same objects: ids, notes, cells), wherever the
 *   aligner put their sentences.
 * - Every other sentence takes the aligner's grouping. Where that grouping would cross a confirmed
 *   row, the offending row is split per language (score 0, review) so order is kept.
 * - An unconfirmed row the aligner reproduced exactly is kept as it was (same object).
 * - Notes, flags and still-valid missing marks of unconfirmed rows that changed move to the new
 *   row holding their former first sentence: re-aligning never drops a translator's note.
 * The aligner's output is cleaned as in {@link rowsFromIndexRows}, so the result is always sound.
 */
export function mergeRealigned(
	oldRows: readonly AlignmentRow[],
	newIndexRows: readonly IndexRow[],
	ids: SentenceIdsByLang,
	{ threshold = REVIEW_THRESHOLD, newId }: RealignOptions
): AlignmentRow[] {
	const positions = positionMaps(ids);
	const confirmed = oldRows.filter((row) => row.status === 'confirmed');
	const fixed = new Map<string, number>();
	confirmed.forEach((row, k) => {
		for (const lang of LANGS) for (const id of row.cells[lang]) fixed.set(id, k);
	});
	const free = freeRowsInOrder(newIndexRows, ids, fixed, threshold);
	const gaps = placeBetween(free, confirmed, positions);

	const reusable = new Map<string, AlignmentRow>();
	for (const row of oldRows) if (row.status !== 'confirmed') reusable.set(cellsKey(row.cells), row);

	const out: AlignmentRow[] = [];
	const reused = new Set<AlignmentRow>();
	gaps.forEach((rowsInGap, g) => {
		for (const row of rowsInGap) {
			const same = reusable.get(cellsKey(row.cells));
			if (same && !reused.has(same)) {
				reused.add(same);
				out.push(same);
			} else {
				out.push({
					id: newId(),
					cells: row.cells,
					status: 'auto',
					score: row.score,
					flagged: false,
					review: row.review || row.score < threshold,
					missing: [],
					notes: []
				});
			}
		}
		if (g < confirmed.length) out.push(confirmed[g]);
	});
	return carryRowWork(
		out,
		oldRows.filter((row) => row.status !== 'confirmed' && !reused.has(row))
	);
}

function positionMaps(ids: SentenceIdsByLang): Record<Lang, Map<string, number>> {
	const maps = {} as Record<Lang, Map<string, number>>;
	for (const lang of LANGS) maps[lang] = new Map(ids[lang].map((id, i) => [id, i]));
	return maps;
}

function cellsKey(cells: Record<Lang, readonly string[]>): string {
	return LANGS.map((lang) => cells[lang].join(',')).join('|');
}

/**
 * The aligner's rows minus the fixed (confirmed) sentences, cleaned so that each cell is a run of
 * consecutive sentences in document order with no confirmed sentence inside it; whatever had to
 * be dropped for that, and whatever the aligner left out, gets rows of its own at its place.
 */
function freeRowsInOrder(
	indexRows: readonly IndexRow[],
	ids: SentenceIdsByLang,
	fixed: Map<string, number>,
	threshold: number
): FreeRow[] {
	const rows: FreeRow[] = [];
	const last: Record<Lang, number> = { en: -1, hy: -1, ru: -1 };
	let passed = 0;
	for (const indexRow of indexRows) {
		const cells = emptyCells();
		const hint = passed;
		for (const lang of LANGS) {
			let previous: number | undefined;
			for (const i of indexRow[lang] ?? []) {
				const id = ids[lang][i];
				// Strictly increasing indices only: drops repeats and out-of-order ones.
				if (id === undefined || !Number.isInteger(i) || i <= last[lang]) continue;
				const k = fixed.get(id);
				// A cell skipping a sentence, or reaching across a confirmed one, stops there.
				if (previous !== undefined && i !== previous + 1) break;
				if (k === undefined && cells[lang].length && fixed.has(ids[lang][previous!])) break;
				last[lang] = previous = i;
				if (k === undefined) cells[lang].push(id);
				else passed = Math.max(passed, k + 1);
			}
		}
		if (sentenceCount({ cells }) > 0) {
			rows.push({ cells, score: indexRow.score, review: indexRow.score < threshold, hint });
		}
	}
	for (const lang of LANGS) insertLeftOut(rows, lang, ids[lang], fixed);
	return rows;
}

/**
 * Gives each run of sentences of `lang` the aligner left out a row of its own, right after the row
 * holding the sentence before it (after other languages' left-out rows already put there).
 */
function insertLeftOut(
	rows: FreeRow[],
	lang: Lang,
	ids: readonly string[],
	fixed: Map<string, number>
): void {
	const covered = new Set(rows.flatMap((row) => row.cells[lang]));
	let last = -1; // index in `rows` of the row holding the latest sentence of `lang` seen so far
	let run: FreeRow | undefined;
	for (const id of ids) {
		if (covered.has(id)) {
			let r = Math.max(last, 0);
			while (!rows[r].cells[lang].includes(id)) r++;
			last = r;
			run = undefined;
		} else if (fixed.has(id)) {
			run = undefined; // a run never reaches across a confirmed sentence
		} else {
			if (!run) {
				let at = last + 1;
				while (at < rows.length && rows[at].leftOut && rows[at].cells[lang].length === 0) at++;
				run = { cells: emptyCells(), score: 0, review: true, hint: rows[at - 1]?.hint ?? 0 };
				run.leftOut = true;
				rows.splice(at, 0, run);
				last = at;
			}
			run.cells[lang].push(id);
		}
	}
}

/**
 * Sorts free rows into the gaps around the confirmed rows: gap g lies before `confirmed[g]`.
 * A sentence can only go in gaps between the confirmed rows holding its neighbours; within that,
 * a row goes where the aligner put it. A free row whose sentences cannot share a gap is split per
 * language.
 */
function placeBetween(
	free: FreeRow[],
	confirmed: readonly AlignmentRow[],
	positions: Record<Lang, Map<string, number>>
): FreeRow[][] {
	const gaps: FreeRow[][] = Array.from({ length: confirmed.length + 1 }, () => []);
	// For each language, the (min, max) sentence position of each confirmed row that has one.
	const bounds = LANGS.map((lang) =>
		confirmed
			.map((row, k) => ({ k, pos: row.cells[lang].map((id) => positions[lang].get(id) ?? -1) }))
			.filter(({ pos }) => pos.length > 0)
			.map(({ k, pos }) => ({ k, min: Math.min(...pos), max: Math.max(...pos) }))
	);
	const range = (lang: Lang, id: string): [number, number] => {
		const p = positions[lang].get(id) ?? -1;
		const b = bounds[LANGS.indexOf(lang)];
		const before = b.filter((x) => x.max < p);
		const after = b.find((x) => x.min > p);
		return [
			before.length ? before[before.length - 1].k + 1 : 0,
			after ? after.k : confirmed.length
		];
	};
	const lastGap: Record<Lang, number> = { en: 0, hy: 0, ru: 0 };
	for (const row of free) {
		let lo = 0;
		let hi = confirmed.length;
		for (const lang of LANGS) {
			for (const id of row.cells[lang]) {
				const [a, b] = range(lang, id);
				lo = Math.max(lo, a, lastGap[lang]);
				hi = Math.min(hi, b);
			}
		}
		if (lo <= hi) {
			const gap = Math.max(lo, Math.min(row.hint, hi));
			gaps[gap].push(row);
			for (const lang of LANGS) if (row.cells[lang].length) lastGap[lang] = gap;
			continue;
		}
		for (const lang of LANGS) {
			if (!row.cells[lang].length) continue;
			// One language's sentences always fit: confirmed rows are in order within a language.
			const [a] = range(lang, row.cells[lang][0]);
			const [, b] = range(lang, row.cells[lang][row.cells[lang].length - 1]);
			const gap = Math.max(a, lastGap[lang], Math.min(row.hint, b));
			const cells = emptyCells();
			cells[lang] = row.cells[lang];
			gaps[gap].push({ cells, score: 0, review: true, hint: row.hint });
			lastGap[lang] = gap;
		}
	}
	return gaps;
}

/** Moves notes, flags and missing marks of replaced rows onto the rows that now hold their text. */
function carryRowWork(out: AlignmentRow[], replaced: readonly AlignmentRow[]): AlignmentRow[] {
	if (out.length === 0) return out;
	const where = rowIndexBySentence(out);
	const result = out.slice();
	for (const old of replaced) {
		if (old.notes.length === 0 && !old.flagged && old.missing.length === 0) continue;
		const first = LANGS.map((lang) => old.cells[lang][0]).find((id) => id !== undefined);
		// A replaced row always had a sentence; row 0 only guards against corrupt input.
		const target = (first !== undefined ? where.get(first) : undefined) ?? 0;
		const row = result[target];
		const missing = cleanMissing([...row.missing, ...old.missing], row.cells);
		result[target] = {
			...row,
			notes: [...row.notes, ...old.notes],
			flagged: row.flagged || old.flagged,
			missing
		};
	}
	return result;
}
