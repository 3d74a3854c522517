/**
 * Edits as small, re-applicable changes instead of snapshots.
 *
 * A {@link RowPatch} says "this stretch of rows, exactly as it was, became that stretch". It is
 * what undo keeps (a few rows per edit, not a copy of a 2,000-row array) and what a write checks
 * against the stored alignment: a patch applies only where its `before` rows are still there,
 * unchanged, so an edit made from a stale view never overwrites somebody else's work. When the
 * patch no longer applies, the edit is re-made as an operation on the fresh rows
 * ({@link rebaseOp}), located by row id rather than by position.
 *
 * @example
 * const result = mergeWithNext(rows, 3);
 * const patch = diffRows(rows, result.rows); // { at: 3, before: [r3, r4], after: [r3'] }
 * applyRowPatch(fresh, patch);               // ok where r3 and r4 are still as they were
 * applyRowPatch(next, invertRowPatch(patch)); // undo
 */
import type { AlignmentRow } from '../types';
import type { RowOp } from './ops';

export interface RowPatch {
	/** Where the stretch started when the patch was made: a hint, rows are found by id. */
	at: number;
	before: AlignmentRow[];
	after: AlignmentRow[];
}

export type PatchResult = { ok: true; rows: AlignmentRow[] } | { ok: false };

/** Two rows are the same when every field is: id, cells, status, score, flags and notes. */
export function rowsEqual(a: AlignmentRow, b: AlignmentRow): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The smallest stretch that turns `from` into `to`, found by trimming the common head and tail
 * (rows untouched by an edit keep their identity, so this is linear and cheap).
 */
export function diffRows(from: readonly AlignmentRow[], to: readonly AlignmentRow[]): RowPatch {
	let head = 0;
	const shorter = Math.min(from.length, to.length);
	while (head < shorter && rowsEqual(from[head], to[head])) head++;
	let tail = 0;
	while (tail < shorter - head && rowsEqual(from[from.length - 1 - tail], to[to.length - 1 - tail]))
		tail++;
	return {
		at: head,
		before: from.slice(head, from.length - tail),
		after: to.slice(head, to.length - tail)
	};
}

export function isEmptyPatch(patch: RowPatch): boolean {
	return patch.before.length === 0 && patch.after.length === 0;
}

export function invertRowPatch(patch: RowPatch): RowPatch {
	return { at: patch.at, before: patch.after, after: patch.before };
}

/** Index where `before` stands, unchanged and contiguous, in `rows`; -1 when it does not. */
function locate(rows: readonly AlignmentRow[], patch: RowPatch): number {
	if (patch.before.length === 0) {
		// A pure insertion: at its position, between the same neighbours (used by no edit today).
		return patch.at <= rows.length ? patch.at : -1;
	}
	const first = patch.before[0];
	let start = rows[patch.at]?.id === first.id ? patch.at : -1;
	if (start < 0) start = rows.findIndex((row) => row.id === first.id);
	if (start < 0 || start + patch.before.length > rows.length) return -1;
	for (let i = 0; i < patch.before.length; i++) {
		if (!rowsEqual(rows[start + i], patch.before[i])) return -1;
	}
	return start;
}

/**
 * Applies `patch` to `rows` when its `before` stretch is there unchanged; rows outside the
 * stretch keep their identity. `{ ok: false }` means the rows moved on: nothing is applied.
 */
export function applyRowPatch(rows: readonly AlignmentRow[], patch: RowPatch): PatchResult {
	if (isEmptyPatch(patch)) return { ok: true, rows: [...rows] };
	const start = locate(rows, patch);
	if (start < 0) return { ok: false };
	return {
		ok: true,
		rows: [...rows.slice(0, start), ...patch.after, ...rows.slice(start + patch.before.length)]
	};
}

/**
 * Re-targets an operation made on `seen` rows to `fresh` rows: the same row by id, and, for
 * merges, the same neighbour. `undefined` when the rows it was about are gone or were regrouped,
 * so the caller tells the user instead of editing a row they did not look at.
 */
export function rebaseOp(
	op: RowOp,
	seen: readonly AlignmentRow[],
	fresh: readonly AlignmentRow[]
): RowOp | undefined {
	const row = seen[op.row];
	const index = row ? fresh.findIndex((candidate) => candidate.id === row.id) : -1;
	if (index < 0) return undefined;
	// Notes and flags are about the row; everything else is about the sentences the translator
	// saw in it (and in the neighbour a merge or shift involves), which must still be there.
	if (!ROW_LEVEL.has(op.kind) && !sameCells(row, fresh[index])) return undefined;
	const step = NEIGHBOUR[op.kind]?.(op) ?? 0;
	if (step !== 0) {
		const before = seen[op.row + step];
		const after = fresh[index + step];
		if (!before || !after || before.id !== after.id || !sameCells(before, after)) return undefined;
	}
	return { ...op, row: index };
}

const ROW_LEVEL = new Set<RowOp['kind']>(['flag', 'unflag', 'addNote', 'editNote', 'deleteNote']);

const NEIGHBOUR: Partial<Record<RowOp['kind'], (op: RowOp) => number>> = {
	mergeNext: () => 1,
	mergePrevious: () => -1,
	shift: (op) => (op.kind === 'shift' && op.direction === 'up' ? -1 : 1)
};

function sameCells(a: AlignmentRow, b: AlignmentRow): boolean {
	return JSON.stringify(a.cells) === JSON.stringify(b.cells);
}
