import { describe, expect, it } from 'vitest';
import {
	addNote,
	applyOp,
	canApply,
	checkRows,
	confirmRow,
	deleteNote,
	editNote,
	flagRow,
	markMissing,
	mergeWithNext,
	mergeWithPrevious,
	opLabel,
	shiftSentence,
	splitOffCell,
	splitRow,
	unconfirmRow,
	unflagRow,
	unmarkMissing,
	type EditResult,
	type RowOp
} from '../../src/lib/core/edit';
import type { AlignmentRow } from '../../src/lib/core/types';
import { counter, idsOf, note, row, rows, show } from './edit-fixtures';

/** The rows of a successful edit; fails the test with the error code otherwise. */
function done(result: EditResult): AlignmentRow[] {
	if (!result.ok) throw new Error(`edit refused: ${result.code}`);
	return result.rows;
}

function sample(): AlignmentRow[] {
	return [
		row('e1 | h1 | r1', { status: 'confirmed', score: 0.9, notes: [note('a')] }),
		row('e2 | h2 h3 | r2', { score: 0.4, review: true, notes: [note('b')] }),
		row('e3 | - | r3', { missing: ['hy'], flagged: true }),
		row('e4 | h4 | r4')
	];
}

describe('merging rows', () => {
	it('puts both rows’ sentences in one row, upper first, keeping the upper id', () => {
		const out = done(mergeWithNext(sample(), 1));
		expect(show(out)).toEqual(['e1 | h1 | r1', 'e2 e3 | h2 h3 | r2 r3', 'e4 | h4 | r4']);
		expect(out[1].id).toBe('row:e2');
	});

	it('keeps the notes of both rows and the lowest score', () => {
		const merged = done(mergeWithNext(sample(), 0))[0];
		expect(merged.notes.map((n) => n.id)).toEqual(['a', 'b']);
		expect(merged.score).toBe(0.4);
		expect(merged.review).toBe(true);
	});

	it('is confirmed only when both rows were confirmed', () => {
		const both = [
			row('e1 | h1 | r1', { status: 'confirmed' }),
			row('e2 | h2 | r2', { status: 'confirmed' })
		];
		expect(done(mergeWithNext(both, 0))[0].status).toBe('confirmed');
		expect(done(mergeWithNext(sample(), 0))[0].status).toBe('auto');
	});

	it('keeps a flag from either row and drops a missing mark the other row fills', () => {
		const out = done(mergeWithNext(sample(), 2));
		expect(out[2].flagged).toBe(true);
		expect(out[2].missing).toEqual([]);
		const stillMissing = [row('e1 | - | r1', { missing: ['hy'] }), row('e2 | - | r2')];
		expect(done(mergeWithNext(stillMissing, 0))[0].missing).toEqual(['hy']);
	});

	it('merges with the previous row the same way', () => {
		expect(done(mergeWithPrevious(sample(), 2))).toEqual(done(mergeWithNext(sample(), 1)));
	});

	it('leaves the other rows as the same objects and the input untouched', () => {
		const before = sample();
		const copy = structuredClone(before);
		const out = done(mergeWithNext(before, 1));
		expect(out[0]).toBe(before[0]);
		expect(out[2]).toBe(before[3]);
		expect(before).toEqual(copy);
	});

	it('refuses to merge past either end', () => {
		const list = sample();
		expect(mergeWithNext(list, 3)).toEqual({
			ok: false,
			code: 'noNextRow',
			key: 'edit.error.noNextRow'
		});
		expect(mergeWithPrevious(list, 0)).toMatchObject({ ok: false, code: 'noPreviousRow' });
		expect(mergeWithNext(list, 7)).toMatchObject({ ok: false, code: 'rowNotFound' });
		expect(mergeWithNext(list, 1.5)).toMatchObject({ ok: false, code: 'rowNotFound' });
		expect([
			canApply(list, { kind: 'mergeNext', row: 3 }),
			canApply(list, { kind: 'mergePrevious', row: 0 })
		]).toEqual([false, false]);
		expect([
			canApply(list, { kind: 'mergeNext', row: 2 }),
			canApply(list, { kind: 'mergePrevious', row: 3 })
		]).toEqual([true, true]);
	});
});

describe('splitting a row', () => {
	it('keeps the chosen number of sentences per language in the upper row', () => {
		const list = rows('e1 e2 | h1 h2 h3 | r1');
		const out = done(splitRow(list, 0, { en: 1, hy: 2, ru: 1 }, counter()));
		expect(show(out)).toEqual(['e1 | h1 h2 | r1', 'e2 | h3 | -']);
	});

	it('makes two hand-made rows: the upper is the original row, the lower is new and clean', () => {
		const list = [
			row('e1 e2 | h1 h2 | -', {
				status: 'confirmed',
				score: 0.3,
				review: true,
				flagged: true,
				missing: ['ru'],
				notes: [note('a')]
			})
		];
		const [upper, lower] = done(splitRow(list, 0, { en: 1, hy: 1, ru: 0 }, counter('x')));
		expect(upper).toMatchObject({
			id: list[0].id,
			status: 'auto',
			score: 1,
			review: false,
			flagged: true,
			missing: ['ru']
		});
		expect(upper.notes).toEqual([note('a')]);
		expect(lower).toEqual({
			id: 'x1',
			cells: { en: ['e2'], hy: ['h2'], ru: [] },
			status: 'auto',
			score: 1,
			flagged: false,
			review: false,
			missing: [],
			notes: []
		});
	});

	it('lets a whole language go down', () => {
		const out = done(splitRow(rows('e1 | h1 | r1'), 0, { en: 1, hy: 1, ru: 0 }, counter()));
		expect(show(out)).toEqual(['e1 | h1 | -', '- | - | r1']);
	});

	it('refuses splits that would leave a part empty or keep more than the cell has', () => {
		const list = rows('e1 e2 | h1 | -', 'e3 | - | -');
		const newId = counter();
		for (const keep of [
			{ en: 0, hy: 0, ru: 0 },
			{ en: 2, hy: 1, ru: 0 },
			{ en: 3, hy: 0, ru: 0 },
			{ en: -1, hy: 1, ru: 0 },
			{ en: 0.5, hy: 1, ru: 0 }
		]) {
			expect(splitRow(list, 0, keep, newId)).toMatchObject({ ok: false, code: 'badSplit' });
			expect(canApply(list, { kind: 'split', row: 0, keep })).toBe(false);
		}
		expect(canApply(list, { kind: 'split', row: 0, keep: { en: 1, hy: 1, ru: 0 } })).toBe(true);
		expect(canApply(list, { kind: 'split', row: 1, keep: { en: 1, hy: 0, ru: 0 } })).toBe(false);
		expect(splitRow(list, 5, { en: 1, hy: 0, ru: 0 }, newId)).toMatchObject({
			code: 'rowNotFound'
		});
	});
});

describe('moving a sentence to the neighbouring row', () => {
	it('moves the first sentence of a cell up to the end of the previous row’s cell', () => {
		const list = rows('e1 | h1 | r1', 'e2 | h2 h3 | r2');
		const out = done(shiftSentence(list, 1, 'hy', 'up'));
		expect(show(out)).toEqual(['e1 | h1 h2 | r1', 'e2 | h3 | r2']);
		expect(out.map((r) => [r.status, r.score])).toEqual([
			['auto', 1],
			['auto', 1]
		]);
	});

	it('moves the last sentence of a cell down to the start of the next row’s cell', () => {
		const list = rows('e1 e2 | h1 | r1', 'e3 | h2 | r2', 'e4 | h4 | r4');
		const out = done(shiftSentence(list, 0, 'en', 'down'));
		expect(show(out)).toEqual(['e1 | h1 | r1', 'e2 e3 | h2 | r2', 'e4 | h4 | r4']);
		expect(out[2]).toBe(list[2]);
	});

	it('removes a row left empty and gives its notes and flag to the receiving row', () => {
		const list = [
			row('e1 | h1 | r1', { notes: [note('a')] }),
			row('- | - | r2', { notes: [note('b')], flagged: true }),
			row('e3 | h3 | r3', { notes: [note('c')] })
		];
		const up = done(shiftSentence(list, 1, 'ru', 'up'));
		expect(show(up)).toEqual(['e1 | h1 | r1 r2', 'e3 | h3 | r3']);
		expect(up[0].notes.map((n) => n.id)).toEqual(['a', 'b']);
		expect(up[0].flagged).toBe(true);
		const down = done(shiftSentence(list, 1, 'ru', 'down'));
		expect(show(down)).toEqual(['e1 | h1 | r1', 'e3 | h3 | r2 r3']);
		expect(down[1].notes.map((n) => n.id)).toEqual(['b', 'c']);
		expect(down[1].id).toBe('row:e3');
	});

	it('clears a "translation missing" mark on the cell that receives the sentence', () => {
		const list = [row('e1 | - | r1', { missing: ['hy'] }), row('e2 | h1 h2 | r2')];
		expect(done(shiftSentence(list, 1, 'hy', 'up'))[0].missing).toEqual([]);
	});

	it('refuses to move past either end or out of an empty cell', () => {
		const list = rows('e1 | - | r1', 'e2 | h2 | r2');
		expect(shiftSentence(list, 0, 'en', 'up')).toMatchObject({ code: 'noPreviousRow' });
		expect(shiftSentence(list, 1, 'en', 'down')).toMatchObject({ code: 'noNextRow' });
		expect(shiftSentence(list, 0, 'hy', 'down')).toMatchObject({ code: 'emptyCell' });
		expect(canApply(list, { kind: 'shift', row: 0, lang: 'hy', direction: 'down' })).toBe(false);
		expect(canApply(list, { kind: 'shift', row: 1, lang: 'hy', direction: 'up' })).toBe(true);
	});
});

describe('translation missing', () => {
	it('splits a language off into a new row below, leaving "missing" to the translator', () => {
		const list = rows('e1 | h1 | r1 r2', 'e3 | h3 | r3');
		const out = done(splitOffCell(list, 0, 'ru', counter('m')));
		expect(show(out)).toEqual(['e1 | h1 | -', '- | - | r1 r2', 'e3 | h3 | r3']);
		expect(out[0]).toMatchObject({ id: 'row:e1', missing: [], status: 'auto', score: 1 });
		expect(out[1]).toMatchObject({ id: 'm1', missing: [], notes: [] });
		expect(out[2]).toBe(list[1]);
	});

	it('can put the split-off sentences above instead', () => {
		const out = done(splitOffCell(rows('e1 | h1 | r1'), 0, 'en', counter(), 'before'));
		expect(show(out)).toEqual(['e1 | - | -', '- | h1 | r1']);
		expect(out[1].missing).toEqual([]);
	});

	it('refuses when the cell is empty or is all the row has', () => {
		const list = rows('e1 | - | -', 'e2 | h2 | -');
		expect(splitOffCell(list, 0, 'en', counter())).toMatchObject({ code: 'onlyLanguage' });
		expect(splitOffCell(list, 1, 'ru', counter())).toMatchObject({ code: 'emptyCell' });
		expect(canApply(list, { kind: 'splitOff', row: 1, lang: 'hy' })).toBe(true);
	});

	it('marks and unmarks an empty cell without touching the row’s status', () => {
		const list = [row('e1 | - | r1', { status: 'confirmed' })];
		const marked = done(markMissing(list, 0, 'hy'));
		expect(marked[0]).toMatchObject({ missing: ['hy'], status: 'confirmed' });
		expect(markMissing(marked, 0, 'hy')).toMatchObject({ code: 'alreadyMissing' });
		expect(markMissing(list, 0, 'en')).toMatchObject({ code: 'cellNotEmpty' });
		expect(canApply(list, { kind: 'markMissing', row: 0, lang: 'en' })).toBe(false);
		expect(done(unmarkMissing(marked, 0, 'hy'))[0].missing).toEqual([]);
		expect(unmarkMissing(list, 0, 'hy')).toMatchObject({ code: 'notMissing' });
		expect([
			canApply(marked, { kind: 'unmarkMissing', row: 0, lang: 'hy' }),
			canApply(list, { kind: 'unmarkMissing', row: 0, lang: 'hy' })
		]).toEqual([true, false]);
	});

	it('keeps marks in column order', () => {
		const list = [row('e1 | - | -', { missing: ['ru'] })];
		expect(done(markMissing(list, 0, 'hy'))[0].missing).toEqual(['hy', 'ru']);
	});
});

describe('confirming and flagging', () => {
	it('confirms a row, which then no longer needs review', () => {
		const out = done(confirmRow(sample(), 1));
		expect(out[1]).toMatchObject({ status: 'confirmed', review: false });
		expect(done(unconfirmRow(out, 1))[1].status).toBe('auto');
	});

	it('refuses to confirm twice or unconfirm an unconfirmed row', () => {
		const list = sample();
		expect(confirmRow(list, 0)).toMatchObject({ code: 'alreadyConfirmed' });
		expect(unconfirmRow(list, 1)).toMatchObject({ code: 'notConfirmed' });
		expect([
			canApply(list, { kind: 'confirm', row: 0 }),
			canApply(list, { kind: 'confirm', row: 1 })
		]).toEqual([false, true]);
		expect([
			canApply(list, { kind: 'unconfirm', row: 0 }),
			canApply(list, { kind: 'unconfirm', row: 1 })
		]).toEqual([true, false]);
	});

	it('flags and unflags', () => {
		const list = sample();
		expect(done(flagRow(list, 0))[0].flagged).toBe(true);
		expect(done(unflagRow(list, 2))[2].flagged).toBe(false);
		expect(flagRow(list, 2)).toMatchObject({ code: 'alreadyFlagged' });
		expect(unflagRow(list, 0)).toMatchObject({ code: 'notFlagged' });
		expect([
			canApply(list, { kind: 'flag', row: 0 }),
			canApply(list, { kind: 'unflag', row: 0 })
		]).toEqual([true, false]);
	});
});

describe('notes', () => {
	const ctx = { newId: counter('note'), now: 500 };

	it('adds a note with its own id and time', () => {
		const out = done(addNote(sample(), 0, 'Check the date.', ctx));
		expect(out[0].notes[1]).toEqual({
			id: 'note1',
			text: 'Check the date.',
			createdAt: 500,
			updatedAt: 500
		});
		expect(out[0].status).toBe('confirmed');
	});

	it('edits a note’s text and keeps when it was written', () => {
		const out = done(editNote(sample(), 1, 'b', 'New text', 900));
		expect(out[1].notes).toEqual([{ id: 'b', text: 'New text', createdAt: 1, updatedAt: 900 }]);
	});

	it('deletes a note', () => {
		expect(done(deleteNote(sample(), 0, 'a'))[0].notes).toEqual([]);
	});

	it('refuses blank text, unchanged text and unknown notes', () => {
		const list = sample();
		expect(addNote(list, 0, '  \n', ctx)).toMatchObject({ code: 'emptyNote' });
		expect(editNote(list, 0, 'a', 'note a', 2)).toMatchObject({ code: 'unchanged' });
		expect(editNote(list, 0, 'b', 'x', 2)).toMatchObject({ code: 'noteNotFound' });
		expect(deleteNote(list, 1, 'a')).toMatchObject({ code: 'noteNotFound' });
		expect(addNote(list, 9, 'x', ctx)).toMatchObject({ code: 'rowNotFound' });
		expect([
			canApply(list, { kind: 'addNote', row: 0, text: 'x' }),
			canApply(list, { kind: 'addNote', row: 0, text: ' ' })
		]).toEqual([true, false]);
		expect([
			canApply(list, { kind: 'editNote', row: 0, noteId: 'a', text: 'changed' }),
			canApply(list, { kind: 'editNote', row: 0, noteId: 'a', text: 'note a' })
		]).toEqual([true, false]);
		expect([
			canApply(list, { kind: 'deleteNote', row: 0, noteId: 'a' }),
			canApply(list, { kind: 'deleteNote', row: 0, noteId: 'b' })
		]).toEqual([true, false]);
	});
});

describe('operations as data', () => {
	const ctx = { newId: counter('op'), now: 1 };
	const ops: Array<[RowOp, string]> = [
		[{ kind: 'mergeNext', row: 0 }, 'edit.op.merge'],
		[{ kind: 'mergePrevious', row: 1 }, 'edit.op.merge'],
		[{ kind: 'split', row: 1, keep: { en: 1, hy: 1, ru: 1 } }, 'edit.op.split'],
		[{ kind: 'shift', row: 1, lang: 'hy', direction: 'up' }, 'edit.op.shift'],
		[{ kind: 'splitOff', row: 1, lang: 'ru' }, 'edit.op.splitOff'],
		[{ kind: 'markMissing', row: 3, lang: 'en' }, 'edit.op.markMissing'],
		[{ kind: 'unmarkMissing', row: 2, lang: 'hy' }, 'edit.op.unmarkMissing'],
		[{ kind: 'confirm', row: 1 }, 'edit.op.confirm'],
		[{ kind: 'unconfirm', row: 0 }, 'edit.op.unconfirm'],
		[{ kind: 'flag', row: 0 }, 'edit.op.flag'],
		[{ kind: 'unflag', row: 2 }, 'edit.op.unflag'],
		[{ kind: 'addNote', row: 0, text: 'x' }, 'edit.op.addNote'],
		[{ kind: 'editNote', row: 0, noteId: 'a', text: 'y' }, 'edit.op.editNote'],
		[{ kind: 'deleteNote', row: 1, noteId: 'b' }, 'edit.op.deleteNote']
	];

	it.each(ops)('%o has the undo label %s and agrees with its predicate', (op, label) => {
		const list = sample();
		expect(opLabel(op)).toBe(label);
		const result = applyOp(list, op, ctx);
		expect(result.ok).toBe(canApply(list, op));
	});

	it('every applicable operation keeps the alignment sound', () => {
		const list = sample();
		const ids = idsOf(list);
		for (const [op] of ops) {
			const result = applyOp(list, op, ctx);
			if (result.ok) expect(checkRows(result.rows, ids)).toEqual([]);
		}
	});
});
