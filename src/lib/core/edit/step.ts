/**
 * An edit as a re-applicable step: the rows it changed (a {@link RowPatch}), the sentence texts
 * it changed, and, for a fresh edit, the operation that made it. Steps are what a write checks
 * against the stored alignment (compare-and-set), what undo/redo keep (a few rows per edit, never
 * a copy of the whole array) and what the database remembers per article.
 *
 * @example
 * const result = applyOp(rows, { kind: 'confirm', row: 2 }, ctx);
 * const step: EditStep = { label: 'edit.op.confirm', rows: diffRows(rows, result.rows), op };
 * stepRows(fresh, step, { seen: rows, ...ctx }); // the same edit on rows another tab changed
 * invertStep(step); // its undo
 */
import type { AlignmentRow, Lang } from '../types';
import { applyOp, type EditContext, type EditLabel, type RowOp } from './ops';
import {
	applyRowPatch,
	diffRows,
	invertRowPatch,
	isEmptyPatch,
	rebaseOp,
	type RowPatch
} from './patch';

/** A sentence's text override before and after (`undefined` = the imported original). */
export interface TextChange {
	lang: Lang;
	sentenceId: string;
	before?: string;
	after?: string;
}

export interface EditStep {
	/** Locale key naming the edit ("Undo merge"). */
	label: EditLabel;
	rows?: RowPatch;
	texts?: TextChange[];
	/** The operation that made `rows`, to re-make it on rows that moved on (fresh edits only). */
	op?: RowOp;
}

/** Why an edit was not applied: the rows or text it was about changed elsewhere. */
export class EditConflictError extends Error {
	override name = 'EditConflictError';
	readonly localeKey = 'db.conflict';
	constructor(readonly label: EditLabel) {
		super(`Edit ${label} no longer applies: the rows or text changed elsewhere`);
	}
}

/** The step that undoes `step` (as a patch only: an undo is never re-made as an operation). */
export function invertStep(step: EditStep): EditStep {
	const inverted: EditStep = { label: step.label };
	if (step.rows) inverted.rows = invertRowPatch(step.rows);
	if (step.texts) {
		inverted.texts = step.texts.map((t) => {
			const change: TextChange = { lang: t.lang, sentenceId: t.sentenceId };
			if (t.after !== undefined) change.before = t.after;
			if (t.before !== undefined) change.after = t.before;
			return change;
		});
	}
	return inverted;
}

/** A step as history keeps it: without the operation (it is only for the first write). */
export function withoutOp(step: EditStep): EditStep {
	const { op: _op, ...rest } = step;
	void _op;
	return rest;
}

export type StepRowsResult = { ok: true; rows: AlignmentRow[]; patch?: RowPatch } | { ok: false };

/**
 * The step's rows applied to `rows`: the patch where its rows are unchanged, else the operation
 * re-made on them (located by row id, from the `seen` rows it was made on). `patch` is what was
 * applied in the end (for undo). `{ ok: false }`: it no longer applies, nothing to write.
 */
export function stepRows(
	rows: readonly AlignmentRow[],
	step: EditStep,
	ctx: EditContext & { seen?: readonly AlignmentRow[] }
): StepRowsResult {
	if (!step.rows || isEmptyPatch(step.rows)) return { ok: true, rows: [...rows] };
	const patched = applyRowPatch(rows, step.rows);
	if (patched.ok) return { ok: true, rows: patched.rows, patch: step.rows };
	if (!step.op || !ctx.seen) return { ok: false };
	const rebased = rebaseOp(step.op, ctx.seen, rows);
	if (!rebased) return { ok: false };
	const result = applyOp(rows, rebased, ctx);
	if (!result.ok) return { ok: false };
	return { ok: true, rows: result.rows, patch: diffRows(rows, result.rows) };
}
