import { describe, expect, it } from 'vitest';
import {
	canRedo,
	canUndo,
	confirmRow,
	createHistory,
	mergeWithNext,
	record,
	redo,
	redoLabel,
	undo,
	undoLabel
} from '../../src/lib/core/edit';
import { rows, show } from './edit-fixtures';

const start = rows('e1 | h1 | r1', 'e2 | h2 | r2', 'e3 | h3 | r3');
const merged = mergeWithNext(start, 0);
const confirmed = merged.ok ? confirmRow(merged.rows, 1) : merged;
if (!merged.ok || !confirmed.ok) throw new Error('fixture edits must apply');

describe('undo and redo', () => {
	it('starts with nothing to undo or redo', () => {
		const h = createHistory(start);
		expect([canUndo(h), canRedo(h), undoLabel(h), redoLabel(h)]).toEqual([
			false,
			false,
			undefined,
			undefined
		]);
	});

	it('undoes the last edit and names it for the "Undo merge" button', () => {
		let h = record(createHistory(start), 'edit.op.merge', merged.rows);
		expect(undoLabel(h)).toBe('edit.op.merge');
		h = undo(h);
		expect(h.present).toBe(start);
		expect(redoLabel(h)).toBe('edit.op.merge');
		h = redo(h);
		expect(show(h.present)).toEqual(['e1 e2 | h1 h2 | r1 r2', 'e3 | h3 | r3']);
	});

	it('walks back and forth over several edits in order', () => {
		let h = createHistory(start);
		h = record(h, 'edit.op.merge', merged.rows);
		h = record(h, 'edit.op.confirm', confirmed.rows);
		h = undo(h);
		expect(h.present).toBe(merged.rows);
		expect([undoLabel(h), redoLabel(h)]).toEqual(['edit.op.merge', 'edit.op.confirm']);
		h = undo(h);
		expect(h.present).toBe(start);
		h = redo(redo(h));
		expect(h.present).toBe(confirmed.rows);
	});

	it('forgets what could be redone once a new edit is made', () => {
		let h = record(createHistory(start), 'edit.op.merge', merged.rows);
		h = undo(h);
		h = record(h, 'edit.op.confirm', confirmed.rows);
		expect(canRedo(h)).toBe(false);
		expect(undo(h).present).toBe(start);
	});

	it('does nothing when there is nothing to undo or redo', () => {
		const h = createHistory(start);
		expect(undo(h)).toBe(h);
		expect(redo(h)).toBe(h);
	});

	it('does not record an edit that changed nothing', () => {
		const h = createHistory(start);
		expect(record(h, 'edit.op.flag', start)).toBe(h);
	});

	it('keeps only the most recent edits beyond its depth', () => {
		let h = createHistory(0, 3);
		for (let n = 1; n <= 5; n++) h = record(h, 'edit.op.flag', n);
		expect(h.past.map((e) => e.after)).toEqual([3, 4, 5]);
		while (canUndo(h)) h = undo(h);
		expect(h.present).toBe(2);
	});

	it('holds 500 edits by default', () => {
		let h = createHistory(0);
		for (let n = 1; n <= 600; n++) h = record(h, 'edit.op.flag', n);
		expect(h.past).toHaveLength(500);
	});
});

describe('one stack for row and text edits', () => {
	it('undoes text edits and row edits in order when the state holds both', () => {
		let h = createHistory({ rows: start, text: 'Old.' });
		h = record(h, 'edit.op.reviseText', { rows: start, text: 'New.' });
		h = record(h, 'edit.op.merge', { rows: merged.rows, text: 'New.' });
		h = undo(h);
		expect(h.present).toEqual({ rows: start, text: 'New.' });
		h = undo(h);
		expect(h.present).toEqual({ rows: start, text: 'Old.' });
		expect(redoLabel(h)).toBe('edit.op.reviseText');
	});
});
