/**
 * Re-importing a newer version of one rendering without losing the translator's work.
 *
 * Old and new sentences are matched with `diffArrays` over their original texts. Within a changed
 * stretch, removed and added sentences are paired in order ("changed": the sentence was
 * rewritten); what is left over was removed or added. Then, for the re-imported language only:
 * - a kept sentence stays in its row; rows holding only kept sentences keep status and notes
 *   (the same object when even the ids are unchanged);
 * - a changed sentence takes its old sentence's place; a removed one leaves its row;
 * - an added sentence in a stretch that also rewrote sentences joins the row of the sentence before
 *   it (it most likely continues that text); one inserted between untouched sentences joins their
 *   row when both are in the same row, otherwise a run of them gets a new row (score 0) between;
 * - every row touched by this is marked `review: true` and set to status 'auto';
 * - a row left with no sentences at all disappears; its notes go to `orphanNotes` with the text of
 *   the sentences they were about. Notes on rows that still have sentences stay put.
 * Other languages' cells are never changed.
 */
import { diffArrays } from 'diff';
import type { Alignment, AlignmentRow, Lang, Rendering, SentenceSpan } from '../types';
import { cleanMissing, sentenceCount, type NewId } from './rows';

export interface ReimportReport {
	/** Sentences found unchanged in the new text. */
	kept: number;
	/** Sentences rewritten in place (old sentence paired with a new one). */
	changed: number;
	added: number;
	removed: number;
	/** Notes moved to `orphanNotes` because their row disappeared. */
	orphanedNotes: number;
}

export interface ReimportInput {
	original: string;
	/** Absolute spans into `original`, ids from `sentenceIds`. */
	sentences: SentenceSpan[];
	/** The new rendering version; defaults to the old version + 1. */
	version?: number;
}

export interface ReimportOptions {
	newId: NewId;
	now: number;
}

type Match =
	| { kind: 'kept' | 'changed'; old: number; next: number; hunk: number }
	| { kind: 'added'; next: number; hunk: number; rewrites: boolean }
	| { kind: 'removed'; old: number; hunk: number };

/** Pairs old and new sentences by text; `hunk` numbers each changed stretch. */
function matchSentences(oldTexts: string[], newTexts: string[]): Match[] {
	const matches: Match[] = [];
	let o = 0;
	let n = 0;
	let hunk = 0;
	let removed: number[] = [];
	let added: number[] = [];
	const flush = () => {
		const pairs = Math.min(removed.length, added.length);
		for (let k = 0; k < pairs; k++) {
			matches.push({ kind: 'changed', old: removed[k], next: added[k], hunk });
		}
		for (const old of removed.slice(pairs)) matches.push({ kind: 'removed', old, hunk });
		for (const next of added.slice(pairs)) {
			matches.push({ kind: 'added', next, hunk, rewrites: pairs > 0 });
		}
		removed = [];
		added = [];
		hunk++;
	};
	for (const change of diffArrays(oldTexts, newTexts)) {
		const count = change.value.length;
		if (change.removed) {
			for (let k = 0; k < count; k++) removed.push(o++);
		} else if (change.added) {
			for (let k = 0; k < count; k++) added.push(n++);
		} else {
			flush();
			for (let k = 0; k < count; k++) matches.push({ kind: 'kept', old: o++, next: n++, hunk });
		}
	}
	flush();
	return matches;
}

function texts(original: string, sentences: readonly SentenceSpan[]): string[] {
	return sentences.map((s) => original.slice(s.start, s.end));
}

/**
 * Maps the old alignment onto a new version of one rendering (see the module rules).
 * @example
 * const { alignment, report } = mapReimport(
 *   { rendering: oldRu, alignment },
 *   { original: newText, sentences: newSpans },
 *   { newId, now: Date.now() }
 * );
 */
export function mapReimport(
	old: { rendering: Rendering; alignment: Alignment },
	next: ReimportInput,
	{ newId, now }: ReimportOptions
): { alignment: Alignment; report: ReimportReport } {
	const lang: Lang = old.rendering.lang;
	const oldSentences = old.rendering.sentences;
	const oldTexts = texts(old.rendering.original, oldSentences);
	const matches = matchSentences(oldTexts, texts(next.original, next.sentences));
	const rows = old.alignment.rows;

	const rowOfOld = new Map<string, number>();
	rows.forEach((row, r) => row.cells[lang].forEach((id) => rowOfOld.set(id, r)));
	const oldTextById = new Map(oldSentences.map((s, i) => [s.id, oldTexts[i]]));

	// Row of each new sentence in the old rows, or undefined while unplaced.
	const rowOfNext: Array<number | undefined> = new Array(next.sentences.length);
	const touched = new Set<number>();
	const report: ReimportReport = { kept: 0, changed: 0, added: 0, removed: 0, orphanedNotes: 0 };
	for (const m of matches) {
		if (m.kind === 'added') {
			report.added++;
			continue;
		}
		const r = rowOfOld.get(oldSentences[m.old].id);
		if (m.kind === 'kept') report.kept++;
		if (m.kind === 'changed') report.changed++;
		if (m.kind === 'removed') report.removed++;
		if (m.kind !== 'removed') rowOfNext[m.next] = r;
		if (m.kind !== 'kept' && r !== undefined) touched.add(r);
	}
	// Ids in the alignment that the old rendering does not have: stale, so their rows are touched.
	const known = new Set(oldSentences.map((s) => s.id));
	rows.forEach((row, r) => {
		if (row.cells[lang].some((id) => !known.has(id))) touched.add(r);
	});

	const before = new Map<number, string[][]>(); // new rows to insert before old row r
	const after = new Map<number, string[][]>(); // ... and after it
	placeAdded(matches, rowOfNext, next.sentences, touched, rows.length, before, after);

	const cells = rows.map((): string[] => []);
	next.sentences.forEach((s, i) => {
		const r = rowOfNext[i];
		if (r !== undefined) cells[r].push(s.id);
	});

	const out: AlignmentRow[] = [];
	const orphans: Alignment['orphanNotes'] = [];
	const newRow = (ids: string[]): AlignmentRow => ({
		id: newId(),
		cells: { en: [], hy: [], ru: [], [lang]: ids },
		status: 'auto',
		score: 0,
		flagged: false,
		review: true,
		missing: [],
		notes: []
	});
	rows.forEach((row, r) => {
		for (const ids of before.get(r) ?? []) out.push(newRow(ids));
		const updated = rebuildRow(row, lang, cells[r], touched.has(r));
		if (updated) out.push(updated);
		else {
			const formerText = row.cells[lang].map((id) => oldTextById.get(id) ?? '').join(' ');
			for (const note of row.notes) orphans.push({ ...note, formerText, lang });
			report.orphanedNotes += row.notes.length;
		}
		for (const ids of after.get(r) ?? []) out.push(newRow(ids));
	});
	for (const ids of after.get(-1) ?? []) out.push(newRow(ids));

	return {
		alignment: {
			...old.alignment,
			rows: out,
			orphanNotes: [...old.alignment.orphanNotes, ...orphans],
			basis: { ...old.alignment.basis, [lang]: next.version ?? old.rendering.version + 1 },
			updatedAt: now
		},
		report
	};
}

/** The row with its `lang` cell replaced; undefined when it is left with no sentences. */
function rebuildRow(
	row: AlignmentRow,
	lang: Lang,
	ids: string[],
	touched: boolean
): AlignmentRow | undefined {
	const cells = { ...row.cells, [lang]: ids };
	if (sentenceCount({ cells }) === 0) return undefined;
	const sameIds =
		ids.length === row.cells[lang].length && ids.every((id, i) => row.cells[lang][i] === id);
	if (sameIds && !touched) return row;
	const updated: AlignmentRow = { ...row, cells, missing: cleanMissing(row.missing, cells) };
	return touched ? { ...updated, status: 'auto', review: true } : updated;
}

/**
 * Decides where added sentences go: into an existing row (`rowOfNext`, marking it touched) or
 * into new rows listed in `before`/`after` an old row (`after.get(-1)`: at the very end).
 */
function placeAdded(
	matches: readonly Match[],
	rowOfNext: Array<number | undefined>,
	sentences: readonly SentenceSpan[],
	touched: Set<number>,
	rowCount: number,
	before: Map<number, string[][]>,
	after: Map<number, string[][]>
): void {
	const isAdded = new Set<number>();
	const rewrites = new Set<number>();
	for (const m of matches) {
		if (m.kind !== 'added') continue;
		isAdded.add(m.next);
		if (m.rewrites) rewrites.add(m.next);
	}
	// A sentence the old alignment never placed (corrupt input) is treated as added.
	for (let i = 0; i < sentences.length; i++) if (rowOfNext[i] === undefined) isAdded.add(i);

	const push = (map: Map<number, string[][]>, key: number, ids: string[]) =>
		map.set(key, [...(map.get(key) ?? []), ids]);

	let i = 0;
	while (i < sentences.length) {
		if (!isAdded.has(i)) {
			i++;
			continue;
		}
		const prev = i > 0 ? rowOfNext[i - 1] : undefined;
		if (rewrites.has(i) && prev !== undefined) {
			rowOfNext[i] = prev;
			touched.add(prev);
			i++;
			continue;
		}
		let end = i;
		while (end < sentences.length && isAdded.has(end) && !rewrites.has(end)) end++;
		const nextRow = end < sentences.length ? rowOfNext[end] : undefined;
		if (prev !== undefined && prev === nextRow) {
			for (let k = i; k < end; k++) rowOfNext[k] = prev;
			touched.add(prev);
		} else {
			const ids = sentences.slice(i, end).map((s) => s.id);
			if (prev !== undefined) push(after, prev, ids);
			else if (nextRow !== undefined) push(before, nextRow, ids);
			else push(after, rowCount === 0 ? -1 : rowCount - 1, ids);
		}
		i = end;
	}
}

export interface UncarriedEdit {
	/** The old sentence's id. */
	sentenceId: string;
	/** Its imported text, and the translator's correction of it. */
	formerText: string;
	text: string;
}

/**
 * Carries text corrections into the new sentences: an edited sentence found unchanged in the new
 * text keeps its corrected `text`. A correction of a sentence that was rewritten or removed no
 * longer fits the new wording, so it is not applied but returned in `notCarried` for the UI to
 * show next to the re-import report.
 */
export function carryEdits(
	oldRendering: Rendering,
	next: ReimportInput
): { sentences: SentenceSpan[]; notCarried: UncarriedEdit[] } {
	const oldTexts = texts(oldRendering.original, oldRendering.sentences);
	const sentences = next.sentences.slice();
	const notCarried: UncarriedEdit[] = [];
	for (const m of matchSentences(oldTexts, texts(next.original, next.sentences))) {
		if (m.kind === 'added') continue;
		const text = oldRendering.sentences[m.old].text;
		if (text === undefined) continue;
		if (m.kind === 'kept') sentences[m.next] = { ...sentences[m.next], text };
		else
			notCarried.push({
				sentenceId: oldRendering.sentences[m.old].id,
				formerText: oldTexts[m.old],
				text
			});
	}
	return { sentences, notCarried };
}
