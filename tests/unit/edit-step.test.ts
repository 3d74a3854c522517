import { describe, expect, it } from 'vitest';
import {
	applyOp,
	diffRows,
	invertStep,
	opLabel,
	stepRows,
	withoutOp,
	type EditStep,
	type RowOp
} from '../../src/lib/core/edit';
import type { AlignmentRow } from '../../src/lib/core/types';
import { rows, show } from './edit-fixtures';

const start = rows('e1 | h1 | r1', 'e2 | h2 | r2', 'e3 | h3 | r3', 'e4 | h4 | r4');
const ctx = { newId: () => 'new', now: 5 };

function stepOf(seen: readonly AlignmentRow[], op: RowOp): EditStep {
	const result = applyOp(seen, op, ctx);
	if (!result.ok) throw new Error('fixture edit must apply');
	return { label: opLabel(op), rows: diffRows(seen, result.rows), op };
}

function must(result: ReturnType<typeof stepRows>) {
	if (!result.ok) throw new Error('step must apply');
	return result;
}

describe('edit steps', () => {
	it('apply their patch where the rows they touched are unchanged', () => {
		const confirmed = must(stepRows(start, stepOf(start, { kind: 'confirm', row: 3 }), ctx));
		const other = must(stepRows(start, stepOf(start, { kind: 'confirm', row: 0 }), ctx));
		const both = must(stepRows(other.rows, stepOf(start, { kind: 'confirm', row: 3 }), ctx));
		expect(both.rows.map((r) => r.status)).toEqual(['confirmed', 'auto', 'auto', 'confirmed']);
		expect(confirmed.patch).toEqual(stepOf(start, { kind: 'confirm', row: 3 }).rows);
	});

	it('find their rows by id when rows before them were merged', () => {
		const merged = must(stepRows(start, stepOf(start, { kind: 'mergeNext', row: 0 }), ctx)).rows;
		const stale = withoutOp(stepOf(start, { kind: 'addNote', row: 2, text: 'n' }));
		const { rows: fresh } = must(stepRows(merged, stale, ctx));
		expect(show(fresh)).toEqual(['e1 e2 | h1 h2 | r1 r2', 'e3 | h3 | r3', 'e4 | h4 | r4']);
		expect(fresh[1].notes.map((n) => n.text)).toEqual(['n']);
	});

	it('re-make their operation on a row another edit changed, keeping that edit', () => {
		const confirmed = must(stepRows(start, stepOf(start, { kind: 'confirm', row: 2 }), ctx)).rows;
		const stale = stepOf(start, { kind: 'addNote', row: 2, text: 'n' });
		// The patch's row is no longer as it was (now confirmed): only the operation applies.
		expect(stepRows(confirmed, withoutOp(stale), ctx).ok).toBe(false);
		const { rows: fresh, patch } = must(stepRows(confirmed, stale, { ...ctx, seen: start }));
		expect(fresh[2]).toMatchObject({ status: 'confirmed', notes: [{ text: 'n' }] });
		expect(patch?.before).toEqual([confirmed[2]]);
	});

	it('refuse an edit of rows another edit regrouped', () => {
		const merged = must(stepRows(start, stepOf(start, { kind: 'mergeNext', row: 1 }), ctx)).rows;
		const stale = stepOf(start, { kind: 'confirm', row: 2 });
		expect(stepRows(merged, stale, { ...ctx, seen: start })).toEqual({ ok: false });
	});

	it('invert to their undo, texts included', () => {
		const step = stepOf(start, { kind: 'flag', row: 2 });
		const flagged = must(stepRows(start, step, ctx)).rows;
		expect(must(stepRows(flagged, invertStep(step), ctx)).rows).toEqual(start);
		const text: EditStep = {
			label: 'edit.op.reviseText',
			texts: [{ lang: 'en', sentenceId: 's1', after: 'Fixed.' }]
		};
		expect(invertStep(text).texts).toEqual([{ lang: 'en', sentenceId: 's1', before: 'Fixed.' }]);
		expect(invertStep(invertStep(text))).toEqual(text);
	});
});
