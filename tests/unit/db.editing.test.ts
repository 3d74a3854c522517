import { describe, expect, it } from 'vitest';
import {
	EditConflictError,
	applyOp,
	diffRows,
	invertStep,
	opLabel,
	type EditStep,
	type RowOp
} from '../../src/lib/core/edit';
import type { AlignmentRow } from '../../src/lib/core/types';
import { applyStep, getHistory } from '../../src/lib/db/editing';
import { getArticle } from '../../src/lib/db/library';
import { upgradedV1Db } from '../helpers/db-v1';

const CSTO = '002_8b8535d9ee745d2b';
const ctx = { newId: () => `r-test-${Math.random()}`, now: 1 };

/** The step a tab makes from the rows it sees. */
function stepOf(seen: readonly AlignmentRow[], op: RowOp): EditStep {
	const result = applyOp(seen, op, ctx);
	if (!result.ok) throw new Error(`${op.kind} does not apply`);
	return { label: opLabel(op), rows: diffRows(seen, result.rows), op };
}

async function stored(db: Awaited<ReturnType<typeof upgradedV1Db>>) {
	return (await getArticle(db, CSTO))!.alignment!;
}

describe('writing edits as compare-and-set steps', () => {
	it('keeps both of two edits made at once on different rows from the same rows', async () => {
		const db = await upgradedV1Db();
		const seen = await stored(db);
		const a = stepOf(seen.rows, { kind: 'confirm', row: 5 });
		const b = stepOf(seen.rows, { kind: 'confirm', row: 8 });
		await Promise.all([
			applyStep(db, CSTO, a, { rev: seen.rev, seen: seen.rows }),
			applyStep(db, CSTO, b, { rev: seen.rev, seen: seen.rows })
		]);
		const now = await stored(db);
		expect(now.rev).toBe(seen.rev + 2);
		expect(now.rows[5].status).toBe('confirmed');
		expect(now.rows[8].status).toBe('confirmed');
		expect((await db.summaries.get(CSTO))?.confirmed).toBe(3);
	});

	it('gives every write a newer version, even two in one millisecond or with the clock set back', async () => {
		const db = await upgradedV1Db();
		const versions: number[] = [];
		for (const [row, now] of [
			[5, 2_000_000_000_000],
			[6, 2_000_000_000_000],
			[7, 1_999_999_999_000]
		]) {
			const seen = await stored(db);
			await applyStep(db, CSTO, stepOf(seen.rows, { kind: 'confirm', row }), {
				rev: seen.rev,
				seen: seen.rows,
				now
			});
			versions.push((await db.articles.get(CSTO))!.updatedAt);
		}
		// The sync bridge sends an article whose updatedAt differs from the one it last sent: a
		// repeated value would leave an edit unsent.
		expect(versions).toEqual([2_000_000_000_000, 2_000_000_000_001, 2_000_000_000_002]);
	});

	it('re-makes an operation by row id when rows before it moved', async () => {
		const db = await upgradedV1Db();
		const seen = await stored(db);
		await applyStep(db, CSTO, stepOf(seen.rows, { kind: 'mergeNext', row: 3 }), {
			rev: seen.rev,
			seen: seen.rows
		});
		// Stale view: the note is made on row 10 as it was before the merge.
		const note = stepOf(seen.rows, { kind: 'addNote', row: 10, text: 'stale but fine' });
		const written = await applyStep(db, CSTO, note, { rev: seen.rev, seen: seen.rows });
		const now = await stored(db);
		const row = now.rows.find((r) => r.id === seen.rows[10].id)!;
		expect(row.notes.map((n) => n.text)).toEqual(['stale but fine']);
		expect(now.rows.length).toBe(seen.rows.length - 1);
		expect(written.step.rows?.before[0].id).toBe(seen.rows[10].id);
	});

	it('refuses, writing nothing, an edit of rows another tab regrouped', async () => {
		const db = await upgradedV1Db();
		const seen = await stored(db);
		await applyStep(db, CSTO, stepOf(seen.rows, { kind: 'mergeNext', row: 3 }), {
			rev: seen.rev,
			seen: seen.rows
		});
		const after = await stored(db);
		const stale = stepOf(seen.rows, { kind: 'confirm', row: 4 });
		await expect(
			applyStep(db, CSTO, stale, { rev: seen.rev, seen: seen.rows })
		).rejects.toBeInstanceOf(EditConflictError);
		expect(await stored(db)).toEqual(after);
	});

	it('undoes its own step after another tab edited other rows, and keeps its history', async () => {
		const db = await upgradedV1Db();
		const seen = await stored(db);
		const mine = await applyStep(db, CSTO, stepOf(seen.rows, { kind: 'flag', row: 9 }), {
			rev: seen.rev,
			seen: seen.rows,
			history: (applied) => ({ past: [applied], future: [] })
		});
		expect((await getHistory(db, CSTO)).past).toEqual([mine.step]);
		const other = await stored(db);
		await applyStep(db, CSTO, stepOf(other.rows, { kind: 'confirm', row: 12 }), {
			rev: other.rev,
			seen: other.rows
		});
		await applyStep(db, CSTO, invertStep(mine.step), { rev: seen.rev });
		const now = await stored(db);
		expect(now.rows[9].flagged).toBe(false);
		expect(now.rows[12].status).toBe('confirmed');
	});

	it('applies a text change only over the text it saw', async () => {
		const db = await upgradedV1Db();
		const { renderings, alignment } = (await getArticle(db, CSTO))!;
		const sentence = renderings.en!.sentences.find((s) => s.text !== undefined)!;
		const step: EditStep = {
			label: 'edit.op.reviseText',
			texts: [{ lang: 'en', sentenceId: sentence.id, before: 'something else', after: 'x' }]
		};
		await expect(applyStep(db, CSTO, step, { rev: alignment!.rev })).rejects.toBeInstanceOf(
			EditConflictError
		);
		step.texts![0].before = sentence.text;
		step.texts![0].after = 'Soldiers guard a bakery.';
		await applyStep(db, CSTO, step, { rev: alignment!.rev });
		const now = (await getArticle(db, CSTO))!.renderings.en!;
		expect(now.sentences.find((s) => s.id === sentence.id)?.text).toBe('Soldiers guard a bakery.');
	});
});
