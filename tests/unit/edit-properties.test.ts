/**
 * Random translator sessions: whatever sequence of edits is made, the alignment stays sound,
 * notes are never lost, the input is never mutated, and undo gives back exactly what was there.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyOp,
	canApply,
	checkRows,
	createHistory,
	mergeWithNext,
	opLabel,
	record,
	redo,
	shiftSentence,
	splitRow,
	undo,
	type RowOp
} from '../../src/lib/core/edit';
import { LANGS, type AlignmentRow, type Lang } from '../../src/lib/core/types';
import { allNoteIds, arbAlignment, counter, idsOf, show } from './edit-fixtures';

const KINDS = [
	'mergeNext',
	'mergePrevious',
	'split',
	'shift',
	'splitOff',
	'markMissing',
	'unmarkMissing',
	'confirm',
	'unconfirm',
	'flag',
	'unflag',
	'addNote',
	'editNote',
	'deleteNote'
] as const;

/** An operation described independently of the rows, resolved against them when applied. */
const arbOpSpec = fc.record({
	kind: fc.constantFrom(...KINDS),
	// Up to 1.1 so some operations aim past the last row and must be refused.
	at: fc.double({ min: 0, max: 1.1, noNaN: true }),
	lang: fc.constantFrom<Lang>(...LANGS),
	up: fc.boolean(),
	before: fc.boolean(),
	keep: fc.tuple(fc.nat(4), fc.nat(4), fc.nat(4)),
	pick: fc.nat(),
	text: fc.constantFrom('', ' ', 'Check', 'Re-check the name')
});
type OpSpec = typeof arbOpSpec extends fc.Arbitrary<infer T> ? T : never;

function resolve(spec: OpSpec, list: readonly AlignmentRow[]): RowOp {
	const row = Math.floor(spec.at * list.length);
	const target = list[row];
	const noteId = target?.notes.length ? target.notes[spec.pick % target.notes.length].id : 'none';
	switch (spec.kind) {
		case 'split': {
			const [en, hy, ru] = spec.keep;
			const keep = target
				? {
						en: en % (target.cells.en.length + 1),
						hy: hy % (target.cells.hy.length + 1),
						ru: ru % (target.cells.ru.length + 1)
					}
				: { en, hy, ru };
			return { kind: 'split', row, keep };
		}
		case 'shift':
			return { kind: 'shift', row, lang: spec.lang, direction: spec.up ? 'up' : 'down' };
		case 'splitOff':
			return { kind: 'splitOff', row, lang: spec.lang, where: spec.before ? 'before' : 'after' };
		case 'markMissing':
		case 'unmarkMissing':
			return { kind: spec.kind, row, lang: spec.lang };
		case 'addNote':
			return { kind: 'addNote', row, text: spec.text };
		case 'editNote':
			return { kind: 'editNote', row, noteId, text: spec.text };
		case 'deleteNote':
			return { kind: 'deleteNote', row, noteId };
		default:
			return { kind: spec.kind, row };
	}
}

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

const session = fc.record({ start: arbAlignment, specs: fc.array(arbOpSpec, { maxLength: 40 }) });

describe('any sequence of edits', () => {
	it('keeps every sentence in exactly one row, in order, with no empty rows', () => {
		fc.assert(
			fc.property(session, ({ start, specs }) => {
				const ids = idsOf(start);
				const ctx = { newId: counter('g'), now: 7 };
				let list = deepFreeze(start);
				expect(checkRows(list, ids)).toEqual([]);
				for (const spec of specs) {
					const op = resolve(spec, list);
					const result = applyOp(list, op, ctx);
					expect(result.ok).toBe(canApply(list, op));
					if (!result.ok) {
						expect(result.key).toBe(`edit.error.${result.code}`);
						continue;
					}
					expect(checkRows(result.rows, ids)).toEqual([]);
					list = deepFreeze(result.rows);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('never loses or duplicates a note except by adding or deleting one', () => {
		fc.assert(
			fc.property(session, ({ start, specs }) => {
				const ctx = { newId: counter('g'), now: 7 };
				let list = start;
				for (const spec of specs) {
					const op = resolve(spec, list);
					const result = applyOp(list, op, ctx);
					if (!result.ok) continue;
					const before = allNoteIds(list);
					const after = allNoteIds(result.rows);
					if (op.kind === 'addNote') expect(after.length).toBe(before.length + 1);
					else if (op.kind === 'deleteNote')
						expect(after).toEqual(before.filter((id) => id !== op.noteId));
					else expect(after).toEqual(before);
					list = result.rows;
				}
				expect(new Set(allNoteIds(list)).size).toBe(allNoteIds(list).length);
			}),
			{ numRuns: 300 }
		);
	});

	it('replaces at most the two rows it works on; every other row is the same object', () => {
		fc.assert(
			fc.property(arbAlignment, arbOpSpec, (list, spec) => {
				const result = applyOp(list, resolve(spec, list), { newId: counter(), now: 1 });
				const old = new Set(list);
				const fresh = result.ok ? result.rows.filter((r) => !old.has(r)).length : 0;
				expect(fresh).toBeLessThanOrEqual(2);
				if (result.ok) expect(result.rows.length - fresh).toBeGreaterThanOrEqual(list.length - 2);
			}),
			{ numRuns: 500 }
		);
	});

	it('undoes back to exactly the starting rows and redoes to exactly the last ones', () => {
		fc.assert(
			fc.property(session, ({ start, specs }) => {
				const ctx = { newId: counter('g'), now: 7 };
				let history = createHistory(start);
				const seen: AlignmentRow[][] = [start];
				for (const spec of specs) {
					const op = resolve(spec, history.present);
					const result = applyOp(history.present, op, ctx);
					if (!result.ok) continue;
					history = record(history, opLabel(op), result.rows);
					seen.push(result.rows);
				}
				const last = history.present;
				for (let k = seen.length - 2; k >= 0; k--) {
					history = undo(history);
					expect(history.present).toBe(seen[k]);
				}
				expect(history.present).toBe(start);
				while (history.future.length) history = redo(history);
				expect(history.present).toBe(last);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('edits that undo each other', () => {
	it('merging the two halves of a split gives back the row’s sentences', () => {
		fc.assert(
			fc.property(
				arbAlignment,
				fc.nat(),
				fc.tuple(fc.nat(), fc.nat(), fc.nat()),
				(list, at, [a, b, c]) => {
					const index = at % list.length;
					const cells = list[index].cells;
					const keep = {
						en: a % (cells.en.length + 1),
						hy: b % (cells.hy.length + 1),
						ru: c % (cells.ru.length + 1)
					};
					const split = splitRow(list, index, keep, counter());
					if (!split.ok) {
						expect(split.code).toBe('badSplit');
						return;
					}
					const merged = mergeWithNext(split.rows, index);
					expect(merged.ok && show(merged.rows)).toEqual(show(list));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('moving a sentence up and back down restores the cells when no row vanished', () => {
		fc.assert(
			fc.property(arbAlignment, fc.nat(), fc.constantFrom<Lang>(...LANGS), (list, at, lang) => {
				const index = at % list.length;
				const up = shiftSentence(list, index, lang, 'up');
				if (!up.ok) {
					expect(index === 0 || list[index].cells[lang].length === 0).toBe(true);
					return;
				}
				if (up.rows.length < list.length) {
					expect(show(up.rows)).toHaveLength(list.length - 1);
					return;
				}
				const down = shiftSentence(up.rows, index - 1, lang, 'down');
				expect(down.ok && show(down.rows)).toEqual(show(list));
			}),
			{ numRuns: 300 }
		);
	});
});
