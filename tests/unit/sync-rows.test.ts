import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp } from '../../src/lib/core/edit';
import {
	docsToRows,
	isOrderKey,
	keyBetween,
	keysBetween,
	rowsToDocs,
	type RowDoc
} from '../../src/lib/sync';
import { arbAlignment, counter, rows } from './edit-fixtures';
import type { RowOp } from '../../src/lib/core/edit';

const stamp = { updatedBy: 'tom', updatedAt: 1, device: 'laptop' };

/** What the server would hold after `writes`: previous docs with puts and deletions applied. */
function apply(previous: RowDoc[], writes: ReturnType<typeof rowsToDocs>): RowDoc[] {
	const byId = new Map(previous.map((doc) => [doc._id, doc]));
	for (const doc of writes.put) byId.set(doc._id, { ...doc, _rev: `${doc._id}@${Math.random()}` });
	for (const doc of writes.deleted) byId.delete(doc._id);
	return [...byId.values()];
}

describe('order keys', () => {
	it('always finds a key strictly between two keys, however often one inserts at a spot', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(), { maxLength: 60 }), (spots) => {
				const keys = [keyBetween(null, null)];
				for (const spot of spots) {
					const at = spot % (keys.length + 1);
					const key = keyBetween(keys[at - 1] ?? null, keys[at] ?? null);
					keys.splice(at, 0, key);
				}
				expect(keys.every(isOrderKey)).toBe(true);
				expect([...keys].sort()).toEqual(keys);
				expect(new Set(keys).size).toBe(keys.length);
			})
		);
	});

	it('keeps keys short when many rows are numbered at once', () => {
		const keys = keysBetween(null, null, 5000);
		expect([...keys].sort()).toEqual(keys);
		expect(new Set(keys).size).toBe(5000);
		expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(4);
	});
});

describe('rows to documents and back', () => {
	const start = rows('e1 | h1 | r1', 'e2 | h2 | r2', 'e3 | h3 | r3', 'e4 | - | r4');

	it('gives back the same rows in the same order', () => {
		const docs = apply([], rowsToDocs('a1', start, [], stamp));
		expect(docs.map((d) => d._id)).toContain('row:a1:row:e1');
		const shuffled = [...docs].reverse();
		expect(docsToRows(shuffled)).toEqual(start);
	});

	it('writes only the row that changed when a note is added', () => {
		const docs = apply([], rowsToDocs('a1', start, [], stamp));
		const edited = start.map((row, i) =>
			i === 2 ? { ...row, notes: [{ id: 'n1', text: 'check', createdAt: 2, updatedAt: 2 }] } : row
		);
		const writes = rowsToDocs('a1', edited, docs, stamp);
		expect(writes.put.map((d) => d.rowId)).toEqual(['row:e3']);
		expect(writes.put[0]._rev).toBe(docs.find((d) => d.rowId === 'row:e3')!._rev);
		expect(writes.deleted).toEqual([]);
	});

	it('merging two rows writes the kept row and deletes the other, renumbering nothing', () => {
		const docs = apply([], rowsToDocs('a1', start, [], stamp));
		const result = applyOp(start, { kind: 'mergeNext', row: 1 }, { newId: () => 'x', now: 2 });
		if (!result.ok) throw new Error(result.code);
		const merged = result.rows;
		const writes = rowsToDocs('a1', merged, docs, stamp);
		expect(writes.put.map((d) => d.rowId)).toEqual(['row:e2']);
		expect(writes.deleted.map((d) => d._id)).toEqual(['row:a1:row:e3']);
		expect(docsToRows(apply(docs, writes))).toEqual(merged);
	});

	it('gives a row split off a key between its neighbours, leaving theirs as they were', () => {
		const docs = apply([], rowsToDocs('a1', rows('e1 e2 | h1 | r1', 'e3 | h2 | r2'), [], stamp));
		const split = rows('e1 | h1 | r1', 'e2 | - | -', 'e3 | h2 | r2');
		split[1].id = 'new';
		const writes = rowsToDocs('a1', split, docs, stamp);
		const keyOf = (rowId: string) => docs.find((d) => d.rowId === rowId)!.order;
		const added = writes.put.find((d) => d.rowId === 'new')!;
		expect(added.order > keyOf('row:e1') && added.order < keyOf('row:e3')).toBe(true);
		expect(writes.put.find((d) => d.rowId === 'row:e1')!.order).toBe(keyOf('row:e1'));
		expect(writes.put.some((d) => d.rowId === 'row:e3')).toBe(false);
		expect(docsToRows(apply(docs, writes))).toEqual(split);
	});

	it('orders rows two devices inserted at the same place by id, the same on every device', () => {
		const a = {
			...rowsToDocs('a1', rows('e1 | h1 | r1'), [], stamp).put[0],
			rowId: 'b',
			order: 'V'
		};
		const b = { ...a, rowId: 'a', cells: { en: ['e2'], hy: [], ru: [] } };
		expect(docsToRows([a, b]).map((r) => r.id)).toEqual(['a', 'b']);
		expect(docsToRows([b, a]).map((r) => r.id)).toEqual(['a', 'b']);
	});
});

describe('any sequence of edits written as documents', () => {
	const arbStep = fc.record({
		kind: fc.constantFrom('mergeNext', 'split', 'confirm', 'addNote', 'splitOff'),
		at: fc.double({ min: 0, max: 0.999, noNaN: true })
	});

	it('reads back as the same rows, writes only rows that changed, never re-keys a kept row', () => {
		fc.assert(
			fc.property(arbAlignment, fc.array(arbStep, { maxLength: 15 }), (start, steps) => {
				const ctx = { newId: counter('n'), now: 9 };
				let current = start;
				let server = apply([], rowsToDocs('a1', current, [], stamp));
				for (const step of steps) {
					const row = Math.floor(step.at * current.length);
					const op: RowOp =
						step.kind === 'split'
							? { kind: 'split', row, keep: { en: 1, hy: 1, ru: 1 } }
							: step.kind === 'splitOff'
								? { kind: 'splitOff', row, lang: 'ru' }
								: step.kind === 'addNote'
									? { kind: 'addNote', row, text: 'note' }
									: { kind: step.kind as 'mergeNext' | 'confirm', row };
					const result = applyOp(current, op, ctx);
					if (!result.ok) continue;
					const writes = rowsToDocs('a1', result.rows, server, stamp);
					const before = new Map(server.map((d) => [d.rowId, d]));
					for (const doc of writes.put) {
						const old = before.get(doc.rowId);
						if (old) expect(old.order).toBe(doc.order);
					}
					const untouched = result.rows.filter(
						(r) => before.has(r.id) && !writes.put.some((d) => d.rowId === r.id)
					);
					server = apply(server, writes);
					current = result.rows;
					expect(docsToRows(server)).toEqual(current);
					for (const r of untouched) {
						expect(current.find((c) => c.id === r.id)).toEqual(docsToRows([before.get(r.id)!])[0]);
					}
				}
			}),
			{ numRuns: 60 }
		);
	});
});
