/**
 * Translator edits of an alignment, as pure functions `(rows, args) → result`.
 *
 * Every operation returns new rows and leaves its input alone; rows it does not touch are the
 * same objects in the result, so a UI can diff by identity. When an operation does not apply it
 * returns an {@link EditError} (never throws) and each has a `canX` predicate to disable its
 * button. All of them keep the invariants listed in `rows.ts`.
 *
 * Rules chosen for what a row becomes:
 * - A row whose sentences a translator regrouped by hand (split, shift, split-off) gets score 1
 *   (a person made it), status 'auto' (its content changed, so an earlier confirmation no longer
 *   covers it) and `review: false` (the translator has just looked at it) until confirmed.
 * - Merging keeps the upper row's id, both rows' notes (upper first), confirmed only if both were,
 *   score = min, flagged/review if either was. Missing marks survive only where the merged cell
 *   is still empty.
 * - Splitting: the upper part is the original row (id, notes, flag, missing marks); the lower
 *   part is new and starts clean.
 * - A shift that empties its row removes the row; its notes and flag go to the row that received
 *   the sentence, so nothing is lost.
 * - Confirming clears `review`; marking "translation missing" and notes do not change status.
 */
import { LANGS, type AlignmentRow, type Lang, type Note } from '../types';
import { cleanMissing, emptyCells, sentenceCount, type NewId } from './rows';

export type EditErrorCode =
	| 'rowNotFound'
	| 'noNextRow'
	| 'noPreviousRow'
	| 'badSplit'
	| 'emptyCell'
	| 'onlyLanguage'
	| 'cellNotEmpty'
	| 'alreadyMissing'
	| 'notMissing'
	| 'alreadyConfirmed'
	| 'notConfirmed'
	| 'alreadyFlagged'
	| 'notFlagged'
	| 'noteNotFound'
	| 'emptyNote'
	| 'unchanged'
	| 'sentenceNotFound'
	| 'emptyText';

/** Why an edit does not apply; `key` is the locale key the UI shows. */
export interface EditError {
	ok: false;
	code: EditErrorCode;
	key: `edit.error.${EditErrorCode}`;
}

export type EditResult = { ok: true; rows: AlignmentRow[] } | EditError;

/** What operations that create rows or notes need from the caller. */
export interface EditContext {
	newId: NewId;
	now: number;
}

export type ShiftDirection = 'up' | 'down';

export function editError(code: EditErrorCode): EditError {
	return { ok: false, code, key: `edit.error.${code}` };
}

function ok(rows: AlignmentRow[]): EditResult {
	return { ok: true, rows };
}

/** `rows` with `rows[start .. start + count)` replaced by `items`; other rows keep identity. */
function replace(
	rows: readonly AlignmentRow[],
	start: number,
	count: number,
	...items: AlignmentRow[]
): AlignmentRow[] {
	return [...rows.slice(0, start), ...items, ...rows.slice(start + count)];
}

function rowAt(rows: readonly AlignmentRow[], index: number): AlignmentRow | undefined {
	return Number.isInteger(index) && index >= 0 && index < rows.length ? rows[index] : undefined;
}

function handMade(row: AlignmentRow, cells: Record<Lang, string[]>): AlignmentRow {
	return {
		...row,
		cells,
		status: 'auto',
		score: 1,
		review: false,
		missing: cleanMissing(row.missing, cells)
	};
}

function withCell(row: AlignmentRow, lang: Lang, ids: string[]): Record<Lang, string[]> {
	return { ...row.cells, [lang]: ids };
}

// ---------------------------------------------------------------------------------------------
// Merge

function checkMerge(rows: readonly AlignmentRow[], index: number): EditError | null {
	if (!rowAt(rows, index)) return editError('rowNotFound');
	if (index === rows.length - 1) return editError('noNextRow');
	return null;
}

/**
 * Merges row `index` with the row below into one row (see the module rules).
 * @example mergeWithNext(rows, 2) // rows 2 and 3 become one row with row 2's id
 */
export function mergeWithNext(rows: readonly AlignmentRow[], index: number): EditResult {
	const error = checkMerge(rows, index);
	if (error) return error;
	const upper = rows[index];
	const lower = rows[index + 1];
	const cells = emptyCells();
	for (const lang of LANGS) cells[lang] = [...upper.cells[lang], ...lower.cells[lang]];
	const merged: AlignmentRow = {
		id: upper.id,
		cells,
		status: upper.status === 'confirmed' && lower.status === 'confirmed' ? 'confirmed' : 'auto',
		score: Math.min(upper.score, lower.score),
		flagged: upper.flagged || lower.flagged,
		review: upper.review || lower.review,
		missing: cleanMissing([...upper.missing, ...lower.missing], cells),
		notes: [...upper.notes, ...lower.notes]
	};
	return ok(replace(rows, index, 2, merged));
}

function canMergeWithNext(rows: readonly AlignmentRow[], index: number): boolean {
	return checkMerge(rows, index) === null;
}

/** Merges row `index` with the row above; the merged row keeps the upper row's id. */
export function mergeWithPrevious(rows: readonly AlignmentRow[], index: number): EditResult {
	if (!rowAt(rows, index)) return editError('rowNotFound');
	if (index === 0) return editError('noPreviousRow');
	return mergeWithNext(rows, index - 1);
}

function canMergeWithPrevious(rows: readonly AlignmentRow[], index: number): boolean {
	return rowAt(rows, index) !== undefined && index > 0;
}

// ---------------------------------------------------------------------------------------------
// Split

/** How many sentences of each language stay in the upper row. */
export type SplitKeep = Record<Lang, number>;

function checkSplit(
	rows: readonly AlignmentRow[],
	index: number,
	keep: SplitKeep
): EditError | null {
	const row = rowAt(rows, index);
	if (!row) return editError('rowNotFound');
	if (sentenceCount(row) < 2) return editError('badSplit');
	let upper = 0;
	for (const lang of LANGS) {
		const k = keep[lang];
		if (!Number.isInteger(k) || k < 0 || k > row.cells[lang].length) return editError('badSplit');
		upper += k;
	}
	// Both parts must hold a sentence, or the split would just make an empty row.
	if (upper === 0 || upper === sentenceCount(row)) return editError('badSplit');
	return null;
}

/**
 * Splits row `index` in two: for each language the first `keep[lang]` sentences stay in the upper
 * row, the rest go to a new row below (id from `newId`). Both parts are hand-made rows.
 * @example splitRow(rows, 0, { en: 1, hy: 1, ru: 2 }, newId)
 */
export function splitRow(
	rows: readonly AlignmentRow[],
	index: number,
	keep: SplitKeep,
	newId: NewId
): EditResult {
	const error = checkSplit(rows, index, keep);
	if (error) return error;
	const row = rows[index];
	const top = emptyCells();
	const bottom = emptyCells();
	for (const lang of LANGS) {
		top[lang] = row.cells[lang].slice(0, keep[lang]);
		bottom[lang] = row.cells[lang].slice(keep[lang]);
	}
	const lower: AlignmentRow = {
		id: newId(),
		cells: bottom,
		status: 'auto',
		score: 1,
		flagged: false,
		review: false,
		missing: [],
		notes: []
	};
	return ok(replace(rows, index, 1, handMade(row, top), lower));
}

function canSplitRow(rows: readonly AlignmentRow[], index: number, keep: SplitKeep): boolean {
	return checkSplit(rows, index, keep) === null;
}

// ---------------------------------------------------------------------------------------------
// Shift one sentence to the neighbouring row

function checkShift(
	rows: readonly AlignmentRow[],
	index: number,
	lang: Lang,
	direction: ShiftDirection
): EditError | null {
	const row = rowAt(rows, index);
	if (!row) return editError('rowNotFound');
	if (direction === 'up' && index === 0) return editError('noPreviousRow');
	if (direction === 'down' && index === rows.length - 1) return editError('noNextRow');
	if (row.cells[lang].length === 0) return editError('emptyCell');
	return null;
}

/**
 * Moves one sentence of `lang` across a row boundary: `'up'` moves the cell's first sentence to
 * the end of the previous row's cell, `'down'` moves its last sentence to the start of the next
 * row's cell (only these keep document order). Both rows become hand-made; if the source row is
 * left with no sentences it disappears and its notes and flag go to the receiving row.
 */
export function shiftSentence(
	rows: readonly AlignmentRow[],
	index: number,
	lang: Lang,
	direction: ShiftDirection
): EditResult {
	const error = checkShift(rows, index, lang, direction);
	if (error) return error;
	const source = rows[index];
	const up = direction === 'up';
	const targetIndex = up ? index - 1 : index + 1;
	const target = rows[targetIndex];
	const cell = source.cells[lang];
	const moved = up ? cell[0] : cell[cell.length - 1];
	const rest = up ? cell.slice(1) : cell.slice(0, -1);
	const received = up ? [...target.cells[lang], moved] : [moved, ...target.cells[lang]];

	let newTarget = handMade(target, withCell(target, lang, received));
	const sourceCells = withCell(source, lang, rest);
	if (sentenceCount({ cells: sourceCells }) === 0) {
		newTarget = {
			...newTarget,
			notes: up ? [...target.notes, ...source.notes] : [...source.notes, ...target.notes],
			flagged: target.flagged || source.flagged
		};
		return ok(replace(rows, Math.min(index, targetIndex), 2, newTarget));
	}
	const newSource = handMade(source, sourceCells);
	return ok(
		up
			? replace(rows, targetIndex, 2, newTarget, newSource)
			: replace(rows, index, 2, newSource, newTarget)
	);
}

function canShiftSentence(
	rows: readonly AlignmentRow[],
	index: number,
	lang: Lang,
	direction: ShiftDirection
): boolean {
	return checkShift(rows, index, lang, direction) === null;
}

// ---------------------------------------------------------------------------------------------
// Translation missing

function checkSplitOff(rows: readonly AlignmentRow[], index: number, lang: Lang): EditError | null {
	const row = rowAt(rows, index);
	if (!row) return editError('rowNotFound');
	if (row.cells[lang].length === 0) return editError('emptyCell');
	if (row.cells[lang].length === sentenceCount(row)) return editError('onlyLanguage');
	return null;
}

/**
 * "Insert an empty cell": the sentences of `lang` leave row `index` for a new row of their own,
 * placed right `'after'` (default) or `'before'` it; the row left behind is not marked missing.
 * For when, say, the Russian sentence in a row translates nothing in the English and Armenian.
 * The row becomes hand-made; the new row (id from `newId`) starts clean.
 */
export function splitOffCell(
	rows: readonly AlignmentRow[],
	index: number,
	lang: Lang,
	newId: NewId,
	where: 'before' | 'after' = 'after'
): EditResult {
	const error = checkSplitOff(rows, index, lang);
	if (error) return error;
	const row = rows[index];
	const cells = emptyCells();
	cells[lang] = row.cells[lang];
	const alone: AlignmentRow = {
		id: newId(),
		cells,
		status: 'auto',
		score: 1,
		flagged: false,
		review: false,
		missing: [],
		notes: []
	};
	// The row left behind is not marked as missing the language: whether its translation is
	// really missing or still elsewhere is the translator's call ("Mark … missing").
	const rest = handMade(row, withCell(row, lang, []));
	return ok(
		where === 'before' ? replace(rows, index, 1, alone, rest) : replace(rows, index, 1, rest, alone)
	);
}

function canSplitOffCell(rows: readonly AlignmentRow[], index: number, lang: Lang): boolean {
	return checkSplitOff(rows, index, lang) === null;
}

function checkMissing(
	rows: readonly AlignmentRow[],
	index: number,
	lang: Lang,
	mark: boolean
): EditError | null {
	const row = rowAt(rows, index);
	if (!row) return editError('rowNotFound');
	if (mark && row.cells[lang].length > 0) return editError('cellNotEmpty');
	if (mark && row.missing.includes(lang)) return editError('alreadyMissing');
	if (!mark && !row.missing.includes(lang)) return editError('notMissing');
	return null;
}

/** Marks the (empty) `lang` cell of a row as "translation missing". Status is unchanged. */
export function markMissing(rows: readonly AlignmentRow[], index: number, lang: Lang): EditResult {
	const error = checkMissing(rows, index, lang, true);
	if (error) return error;
	const row = rows[index];
	const missing = cleanMissing([...row.missing, lang], row.cells);
	return ok(replace(rows, index, 1, { ...row, missing }));
}

function canMarkMissing(rows: readonly AlignmentRow[], index: number, lang: Lang): boolean {
	return checkMissing(rows, index, lang, true) === null;
}

export function unmarkMissing(
	rows: readonly AlignmentRow[],
	index: number,
	lang: Lang
): EditResult {
	const error = checkMissing(rows, index, lang, false);
	if (error) return error;
	const row = rows[index];
	const missing = row.missing.filter((l) => l !== lang);
	return ok(replace(rows, index, 1, { ...row, missing }));
}

function canUnmarkMissing(rows: readonly AlignmentRow[], index: number, lang: Lang): boolean {
	return checkMissing(rows, index, lang, false) === null;
}

// ---------------------------------------------------------------------------------------------
// Confirm and flag

function checkStatus(
	rows: readonly AlignmentRow[],
	index: number,
	confirm: boolean
): EditError | null {
	const row = rowAt(rows, index);
	if (!row) return editError('rowNotFound');
	if (confirm && row.status === 'confirmed') return editError('alreadyConfirmed');
	if (!confirm && row.status !== 'confirmed') return editError('notConfirmed');
	return null;
}

/** Confirms a row; a confirmed row no longer needs review. */
export function confirmRow(rows: readonly AlignmentRow[], index: number): EditResult {
	const error = checkStatus(rows, index, true);
	if (error) return error;
	return ok(replace(rows, index, 1, { ...rows[index], status: 'confirmed', review: false }));
}

function canConfirmRow(rows: readonly AlignmentRow[], index: number): boolean {
	return checkStatus(rows, index, true) === null;
}

export function unconfirmRow(rows: readonly AlignmentRow[], index: number): EditResult {
	const error = checkStatus(rows, index, false);
	if (error) return error;
	return ok(replace(rows, index, 1, { ...rows[index], status: 'auto' }));
}

function canUnconfirmRow(rows: readonly AlignmentRow[], index: number): boolean {
	return checkStatus(rows, index, false) === null;
}

function checkFlag(rows: readonly AlignmentRow[], index: number, flag: boolean): EditError | null {
	const row = rowAt(rows, index);
	if (!row) return editError('rowNotFound');
	if (flag && row.flagged) return editError('alreadyFlagged');
	if (!flag && !row.flagged) return editError('notFlagged');
	return null;
}

export function flagRow(rows: readonly AlignmentRow[], index: number): EditResult {
	const error = checkFlag(rows, index, true);
	if (error) return error;
	return ok(replace(rows, index, 1, { ...rows[index], flagged: true }));
}

function canFlagRow(rows: readonly AlignmentRow[], index: number): boolean {
	return checkFlag(rows, index, true) === null;
}

export function unflagRow(rows: readonly AlignmentRow[], index: number): EditResult {
	const error = checkFlag(rows, index, false);
	if (error) return error;
	return ok(replace(rows, index, 1, { ...rows[index], flagged: false }));
}

function canUnflagRow(rows: readonly AlignmentRow[], index: number): boolean {
	return checkFlag(rows, index, false) === null;
}

// ---------------------------------------------------------------------------------------------
// Notes

function checkNote(
	rows: readonly AlignmentRow[],
	index: number,
	noteId: string | null,
	text: string | null
): EditError | null {
	const row = rowAt(rows, index);
	if (!row) return editError('rowNotFound');
	const note = noteId === null ? undefined : row.notes.find((n) => n.id === noteId);
	if (noteId !== null && !note) return editError('noteNotFound');
	if (text !== null && text.trim() === '') return editError('emptyNote');
	if (note && text !== null && note.text === text) return editError('unchanged');
	return null;
}

/** Adds a note (text kept verbatim; blank text is refused) at the end of a row's notes. */
export function addNote(
	rows: readonly AlignmentRow[],
	index: number,
	text: string,
	{ newId, now }: EditContext
): EditResult {
	const error = checkNote(rows, index, null, text);
	if (error) return error;
	const row = rows[index];
	const note: Note = { id: newId(), text, createdAt: now, updatedAt: now };
	return ok(replace(rows, index, 1, { ...row, notes: [...row.notes, note] }));
}

/** Without `text`: whether the row exists to take a note. */
function canAddNote(rows: readonly AlignmentRow[], index: number, text?: string): boolean {
	return checkNote(rows, index, null, text ?? null) === null;
}

/** Replaces a note's text and bumps its `updatedAt`; blank or identical text is refused. */
export function editNote(
	rows: readonly AlignmentRow[],
	index: number,
	noteId: string,
	text: string,
	now: number
): EditResult {
	const error = checkNote(rows, index, noteId, text);
	if (error) return error;
	const row = rows[index];
	const notes = row.notes.map((n) => (n.id === noteId ? { ...n, text, updatedAt: now } : n));
	return ok(replace(rows, index, 1, { ...row, notes }));
}

/** Without `text`: whether the note exists on that row. */
function canEditNote(
	rows: readonly AlignmentRow[],
	index: number,
	noteId: string,
	text?: string
): boolean {
	return checkNote(rows, index, noteId, text ?? null) === null;
}

export function deleteNote(
	rows: readonly AlignmentRow[],
	index: number,
	noteId: string
): EditResult {
	const error = checkNote(rows, index, noteId, null);
	if (error) return error;
	const row = rows[index];
	return ok(replace(rows, index, 1, { ...row, notes: row.notes.filter((n) => n.id !== noteId) }));
}

function canDeleteNote(rows: readonly AlignmentRow[], index: number, noteId: string): boolean {
	return checkNote(rows, index, noteId, null) === null;
}

// ---------------------------------------------------------------------------------------------
// Operations as data: one entry point for the editor session, history labels and tests

export type RowOp =
	| { kind: 'mergeNext'; row: number }
	| { kind: 'mergePrevious'; row: number }
	| { kind: 'split'; row: number; keep: SplitKeep }
	| { kind: 'shift'; row: number; lang: Lang; direction: ShiftDirection }
	| { kind: 'splitOff'; row: number; lang: Lang; where?: 'before' | 'after' }
	| { kind: 'markMissing'; row: number; lang: Lang }
	| { kind: 'unmarkMissing'; row: number; lang: Lang }
	| { kind: 'confirm'; row: number }
	| { kind: 'unconfirm'; row: number }
	| { kind: 'flag'; row: number }
	| { kind: 'unflag'; row: number }
	| { kind: 'addNote'; row: number; text: string }
	| { kind: 'editNote'; row: number; noteId: string; text: string }
	| { kind: 'deleteNote'; row: number; noteId: string };

/** Locale keys for "Undo …" labels; text edits and re-imports have theirs too. */
export type EditLabel =
	| 'edit.op.merge'
	| 'edit.op.split'
	| 'edit.op.shift'
	| 'edit.op.splitOff'
	| 'edit.op.markMissing'
	| 'edit.op.unmarkMissing'
	| 'edit.op.confirm'
	| 'edit.op.unconfirm'
	| 'edit.op.flag'
	| 'edit.op.unflag'
	| 'edit.op.addNote'
	| 'edit.op.editNote'
	| 'edit.op.deleteNote'
	| 'edit.op.reviseText'
	| 'edit.op.revertText'
	| 'edit.op.reimport'
	| 'edit.op.realign';

export function opLabel(op: RowOp): EditLabel {
	switch (op.kind) {
		case 'mergeNext':
		case 'mergePrevious':
			return 'edit.op.merge';
		default:
			return `edit.op.${op.kind}`;
	}
}

type OpOf<K extends RowOp['kind']> = Extract<RowOp, { kind: K }>;

/** Each operation kind once: how to apply it and whether it applies, side by side. */
const OPS: {
	[K in RowOp['kind']]: {
		apply(rows: readonly AlignmentRow[], op: OpOf<K>, ctx: EditContext): EditResult;
		can(rows: readonly AlignmentRow[], op: OpOf<K>): boolean;
	};
} = {
	mergeNext: {
		apply: (r, op) => mergeWithNext(r, op.row),
		can: (r, op) => canMergeWithNext(r, op.row)
	},
	mergePrevious: {
		apply: (r, op) => mergeWithPrevious(r, op.row),
		can: (r, op) => canMergeWithPrevious(r, op.row)
	},
	split: {
		apply: (r, op, ctx) => splitRow(r, op.row, op.keep, ctx.newId),
		can: (r, op) => canSplitRow(r, op.row, op.keep)
	},
	shift: {
		apply: (r, op) => shiftSentence(r, op.row, op.lang, op.direction),
		can: (r, op) => canShiftSentence(r, op.row, op.lang, op.direction)
	},
	splitOff: {
		apply: (r, op, ctx) => splitOffCell(r, op.row, op.lang, ctx.newId, op.where),
		can: (r, op) => canSplitOffCell(r, op.row, op.lang)
	},
	markMissing: {
		apply: (r, op) => markMissing(r, op.row, op.lang),
		can: (r, op) => canMarkMissing(r, op.row, op.lang)
	},
	unmarkMissing: {
		apply: (r, op) => unmarkMissing(r, op.row, op.lang),
		can: (r, op) => canUnmarkMissing(r, op.row, op.lang)
	},
	confirm: { apply: (r, op) => confirmRow(r, op.row), can: (r, op) => canConfirmRow(r, op.row) },
	unconfirm: {
		apply: (r, op) => unconfirmRow(r, op.row),
		can: (r, op) => canUnconfirmRow(r, op.row)
	},
	flag: { apply: (r, op) => flagRow(r, op.row), can: (r, op) => canFlagRow(r, op.row) },
	unflag: { apply: (r, op) => unflagRow(r, op.row), can: (r, op) => canUnflagRow(r, op.row) },
	addNote: {
		apply: (r, op, ctx) => addNote(r, op.row, op.text, ctx),
		can: (r, op) => canAddNote(r, op.row, op.text)
	},
	editNote: {
		apply: (r, op, ctx) => editNote(r, op.row, op.noteId, op.text, ctx.now),
		can: (r, op) => canEditNote(r, op.row, op.noteId, op.text)
	},
	deleteNote: {
		apply: (r, op) => deleteNote(r, op.row, op.noteId),
		can: (r, op) => canDeleteNote(r, op.row, op.noteId)
	}
};

/** Applies an operation given as data. */
export function applyOp(rows: readonly AlignmentRow[], op: RowOp, ctx: EditContext): EditResult {
	return (OPS[op.kind] as (typeof OPS)['confirm']).apply(rows, op as never, ctx);
}

/** Whether {@link applyOp} would succeed, without needing ids or a clock. */
export function canApply(rows: readonly AlignmentRow[], op: RowOp): boolean {
	return (OPS[op.kind] as (typeof OPS)['confirm']).can(rows, op as never);
}
