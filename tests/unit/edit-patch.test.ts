import { describe, expect, it } from 'vitest';
import {
	applyOp,
	applyRowPatch,
	confirmRow,
	diffRows,
	invertRowPatch,
	mergeWithNext,
	rebaseOp,
	splitRow,
	type RowOp
} from '../../src/lib/core/edit';
import { rows, show } from './edit-fixtures';

const start = rows('e1 | h1 | r1', 'e2 | h2 | r2', 'e3 | h3 | r3', 'e4 | h4 | r4');
const ctx = { newId: () => 'new', now: 5 };

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error('fixture edit must apply');
	return result as Extract<T, { ok: true }>;
}

describe('row patches', () => {
	it('keep only the rows an edit touched', () => {
		const merged = must(mergeWithNext(start, 1)).rows;
		const patch = diffRows(start, merged);
		expect(patch.at).toBe(1);
		expect(show(patch.before)).toEqual(['e2 | h2 | r2', 'e3 | h3 | r3']);
		expect(show(patch.after)).toEqual(['e2 e3 | h2 h3 | r2 r3']);
	});

	it('replay an edit and undo it exactly', () => {
		const merged = must(mergeWithNext(start, 1)).rows;
		const patch = diffRows(start, merged);
		expect(must(applyRowPatch(start, patch)).rows).toEqual(merged);
		expect(must(applyRowPatch(merged, invertRowPatch(patch))).rows).toEqual(start);
	});

	it('apply on rows another tab changed elsewhere, and keep that change', () => {
		const mine = diffRows(start, must(mergeWithNext(start, 1)).rows);
		const theirs = must(confirmRow(start, 3)).rows;
		const both = must(applyRowPatch(theirs, mine)).rows;
		expect(show(both)).toEqual(['e1 | h1 | r1', 'e2 e3 | h2 h3 | r2 r3', 'e4 | h4 | r4']);
		expect(both[2].status).toBe('confirmed');
	});

	it('find their stretch by row id when rows above were split or merged', () => {
		const mine = diffRows(start, must(confirmRow(start, 3)).rows);
		const theirs = must(mergeWithNext(start, 0)).rows;
		const both = must(applyRowPatch(theirs, mine)).rows;
		expect(show(both)).toEqual(['e1 e2 | h1 h2 | r1 r2', 'e3 | h3 | r3', 'e4 | h4 | r4']);
		expect(both[2].status).toBe('confirmed');
	});

	it('refuse to apply over a row that changed since, instead of overwriting it', () => {
		const mine = diffRows(start, must(mergeWithNext(start, 1)).rows);
		const theirs = must(confirmRow(start, 2)).rows;
		expect(applyRowPatch(theirs, mine).ok).toBe(false);
		const undo = invertRowPatch(mine);
		expect(applyRowPatch(theirs, undo).ok).toBe(false);
	});
});

describe('re-making an operation on fresh rows', () => {
	it('targets the same row by id after rows above it changed', () => {
		const theirs = must(mergeWithNext(start, 0)).rows;
		const op: RowOp = { kind: 'confirm', row: 3 };
		const rebased = rebaseOp(op, start, theirs);
		expect(rebased).toEqual({ kind: 'confirm', row: 2 });
		const result = must(applyOp(theirs, rebased!, ctx)).rows;
		expect(result[2].status).toBe('confirmed');
	});

	it('gives up when the sentences the translator saw were regrouped', () => {
		const theirs = must(mergeWithNext(start, 1)).rows;
		expect(rebaseOp({ kind: 'confirm', row: 1 }, start, theirs)).toBeUndefined();
		expect(rebaseOp({ kind: 'mergeNext', row: 0 }, start, theirs)).toBeUndefined();
		expect(
			rebaseOp({ kind: 'split', row: 2, keep: { en: 0, hy: 0, ru: 0 } }, start, theirs)
		).toBeUndefined();
	});

	it('still adds a note to a row whose sentences changed', () => {
		const split = must(
			splitRow(rows('e1 e2 | h1 h2 | r1 r2'), 0, { en: 1, hy: 1, ru: 1 }, () => 'x')
		).rows;
		const seen = rows('e1 e2 | h1 h2 | r1 r2');
		const rebased = rebaseOp({ kind: 'addNote', row: 0, text: 'check' }, seen, split);
		expect(rebased).toEqual({ kind: 'addNote', row: 0, text: 'check' });
	});
});
