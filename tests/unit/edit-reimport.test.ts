import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryEdits, checkRows, mapReimport } from '../../src/lib/core/edit';
import type { Alignment, AlignmentRow, Rendering } from '../../src/lib/core/types';
import { arbAlignment, counter, idsOf, layout, makeRendering, note, row } from './edit-fixtures';

/**
 * An English rendering and an alignment whose rows are given with English sentence *texts*
 * (`'Alpha. Beta. | h1 | r1'`), so expectations read like the article.
 */
function setup(texts: string[], specs: Array<[string, Partial<AlignmentRow>?]>) {
	const rendering = makeRendering('en', texts);
	const idOf = new Map(rendering.sentences.map((s) => [textOf(rendering, s.id), s.id]));
	const rows = specs.map(([spec, extra]) => {
		const [en, ...rest] = spec.split('|');
		const enIds = en.trim() === '-' ? [] : splitSentences(en).map((t) => idOf.get(t) ?? `?${t}`);
		const r = row(`x | ${rest.join('|')}`, extra);
		return {
			...r,
			id: extra?.id ?? `row:${r.cells.hy[0] ?? r.cells.ru[0] ?? enIds[0]}`,
			cells: { ...r.cells, en: enIds }
		};
	});
	const alignment: Alignment = {
		articleId: 'art',
		rows,
		orphanNotes: [],
		basis: { en: 1, hy: 1, ru: 1 },
		updatedAt: 1
	};
	return { rendering, alignment };
}

function splitSentences(text: string): string[] {
	return text.match(/[^.]+\./g)?.map((s) => s.trim()) ?? [];
}

function textOf(
	rendering: Rendering | { original: string; sentences: Rendering['sentences'] },
	id: string
) {
	const s = rendering.sentences.find((x) => x.id === id);
	return s ? rendering.original.slice(s.start, s.end) : `?${id}`;
}

/** Rows as `'English texts | hy ids | ru ids'`, English resolved in the new text. */
function view(
	rows: readonly AlignmentRow[],
	next: { original: string; sentences: Rendering['sentences'] }
) {
	return rows.map((r) =>
		[
			r.cells.en.length ? r.cells.en.map((id) => textOf(next, id)).join(' ') : '-',
			r.cells.hy.join(' ') || '-',
			r.cells.ru.join(' ') || '-'
		].join(' | ')
	);
}

const opts = { newId: counter('new'), now: 99 };

const base = () =>
	setup(
		['Alpha.', 'Beta.', 'Gamma.', 'Delta.', 'Epsilon.'],
		[
			['Alpha. | h1 | r1', { status: 'confirmed', notes: [note('a')] }],
			['Beta. Gamma. | h2 | r2', { status: 'confirmed', notes: [note('b')] }],
			['Delta. | - | -', { notes: [note('d', 'Check Delta')] }],
			['Epsilon. | h3 | r3', { status: 'confirmed' }]
		]
	);

describe('re-importing a newer version of a rendering', () => {
	it('keeps everything as it was when the text did not change', () => {
		const old = base();
		const next = layout(['Alpha.', 'Beta.', 'Gamma.', 'Delta.', 'Epsilon.']);
		const { alignment, report } = mapReimport(old, next, opts);
		alignment.rows.forEach((r, i) => expect(r).toBe(old.alignment.rows[i]));
		expect(report).toEqual({ kept: 5, changed: 0, added: 0, removed: 0, orphanedNotes: 0 });
		expect(alignment).toMatchObject({ basis: { en: 2, hy: 1, ru: 1 }, updatedAt: 99 });
	});

	it('marks a row with a rewritten sentence for review and keeps its notes', () => {
		const old = base();
		const next = layout(['Alpha.', 'Beta.', 'Gamma corrected.', 'Delta.', 'Epsilon.']);
		const { alignment, report } = mapReimport(old, next, opts);
		expect(view(alignment.rows, next)).toEqual([
			'Alpha. | h1 | r1',
			'Beta. Gamma corrected. | h2 | r2',
			'Delta. | - | -',
			'Epsilon. | h3 | r3'
		]);
		expect(alignment.rows[1]).toMatchObject({ id: 'row:h2', status: 'auto', review: true });
		expect(alignment.rows[1].notes).toEqual([note('b')]);
		expect(alignment.rows[0]).toBe(old.alignment.rows[0]);
		expect(alignment.rows[3]).toBe(old.alignment.rows[3]);
		expect(report).toMatchObject({ kept: 4, changed: 1, added: 0, removed: 0 });
	});

	it('takes a removed sentence out of its row; the row keeps its other sentences and notes', () => {
		const old = base();
		const next = layout(['Beta.', 'Gamma.', 'Delta.', 'Epsilon.']);
		const { alignment, report } = mapReimport(old, next, opts);
		expect(view(alignment.rows, next)[0]).toBe('- | h1 | r1');
		expect(alignment.rows[0]).toMatchObject({ status: 'auto', review: true, notes: [note('a')] });
		expect(report).toMatchObject({ removed: 1, orphanedNotes: 0 });
		expect(alignment.orphanNotes).toEqual([]);
	});

	it('keeps the notes of a row that disappears as orphan notes with the text they were about', () => {
		const old = base();
		const next = layout(['Alpha.', 'Beta.', 'Gamma.', 'Epsilon.']);
		const { alignment, report } = mapReimport(old, next, opts);
		expect(view(alignment.rows, next)).toEqual([
			'Alpha. | h1 | r1',
			'Beta. Gamma. | h2 | r2',
			'Epsilon. | h3 | r3'
		]);
		expect(alignment.orphanNotes).toEqual([
			{ ...note('d', 'Check Delta'), formerText: 'Delta.', lang: 'en' }
		]);
		expect(report).toMatchObject({ removed: 1, orphanedNotes: 1 });
	});

	it('keeps earlier orphan notes', () => {
		const old = base();
		const earlier = { ...note('z'), formerText: 'Old.', lang: 'ru' as const };
		old.alignment.orphanNotes = [earlier];
		const next = layout(['Alpha.', 'Beta.', 'Gamma.', 'Epsilon.']);
		expect(mapReimport(old, next, opts).alignment.orphanNotes[0]).toBe(earlier);
	});

	it('gives a sentence inserted between rows a new row marked for review', () => {
		const old = base();
		const next = layout([
			'Alpha.',
			'Beta.',
			'Gamma.',
			'Inserted one.',
			'Inserted two.',
			'Delta.',
			'Epsilon.'
		]);
		const { alignment, report } = mapReimport(old, next, { newId: counter('n'), now: 2 });
		expect(view(alignment.rows, next)).toEqual([
			'Alpha. | h1 | r1',
			'Beta. Gamma. | h2 | r2',
			'Inserted one. Inserted two. | - | -',
			'Delta. | - | -',
			'Epsilon. | h3 | r3'
		]);
		expect(alignment.rows[2]).toMatchObject({
			id: 'n1',
			status: 'auto',
			review: true,
			score: 0,
			notes: []
		});
		expect(alignment.rows[1]).toBe(old.alignment.rows[1]);
		expect(report).toMatchObject({ kept: 5, added: 2 });
	});

	it('puts a sentence inserted inside a row into that row and marks it for review', () => {
		const old = base();
		const next = layout(['Alpha.', 'Beta.', 'New middle.', 'Gamma.', 'Delta.', 'Epsilon.']);
		const { alignment } = mapReimport(old, next, opts);
		expect(view(alignment.rows, next)[1]).toBe('Beta. New middle. Gamma. | h2 | r2');
		expect(alignment.rows[1]).toMatchObject({ status: 'auto', review: true });
	});

	it('keeps a sentence rewritten as two in its row', () => {
		const old = base();
		const next = layout([
			'Alpha.',
			'Beta.',
			'Gamma.',
			'Delta first part.',
			'Delta second part.',
			'Epsilon.'
		]);
		const { alignment, report } = mapReimport(old, next, opts);
		expect(view(alignment.rows, next)[2]).toBe('Delta first part. Delta second part. | - | -');
		expect(alignment.rows[2].notes).toEqual([note('d', 'Check Delta')]);
		expect(report).toMatchObject({ changed: 1, added: 1 });
	});

	it('puts sentences added at the very start in a new first row', () => {
		const old = base();
		const next = layout(['Preface.', 'Alpha.', 'Beta.', 'Gamma.', 'Delta.', 'Epsilon.']);
		const { alignment } = mapReimport(old, next, { newId: counter('p'), now: 2 });
		expect(view(alignment.rows, next)[0]).toBe('Preface. | - | -');
		expect(alignment.rows[0].id).toBe('p1');
		expect(alignment.rows[1]).toBe(old.alignment.rows[0]);
	});

	it('keeps a row’s confirmation when only its sentence id moved (an identical sentence was added earlier)', () => {
		const old = setup(
			['Then.', 'Yes.'],
			[
				['Then. | h1 | r1', { status: 'confirmed' }],
				['Yes. | h2 | r2', { status: 'confirmed', notes: [note('y')] }]
			]
		);
		const next = layout(['Yes.', 'Then.', 'Yes.']);
		const { alignment, report } = mapReimport(old, next, opts);
		expect(view(alignment.rows, next)).toEqual([
			'Yes. | - | -',
			'Then. | h1 | r1',
			'Yes. | h2 | r2'
		]);
		expect(alignment.rows[2].cells.en).toEqual([next.sentences[2].id]);
		expect(alignment.rows[2].cells.en).not.toEqual(old.alignment.rows[1].cells.en);
		expect(alignment.rows[2]).toMatchObject({
			status: 'confirmed',
			review: false,
			notes: [note('y')]
		});
		expect(report).toMatchObject({ kept: 2, added: 1 });
	});

	it('honours an explicit new version for the basis', () => {
		const { alignment } = mapReimport(base(), { ...layout(['Alpha.']), version: 7 }, opts);
		expect(alignment.basis.en).toBe(7);
	});

	it('places a whole new text when the language had no sentences aligned yet', () => {
		const old = setup([], [['- | h1 | r1']]);
		const next = layout(['One.', 'Two.']);
		const { alignment } = mapReimport(old, next, { newId: counter('w'), now: 1 });
		expect(view(alignment.rows, next)).toEqual(['- | h1 | r1', 'One. Two. | - | -']);
	});
});

describe('carrying text corrections over', () => {
	it('keeps corrections of unchanged sentences and hands back the others', () => {
		const old = makeRendering('en', ['Alpha.', 'Beta.', 'Gamma.']);
		old.sentences[0] = { ...old.sentences[0], text: 'Alpha!' };
		old.sentences[1] = { ...old.sentences[1], text: 'Beta!' };
		const next = layout(['Alpha.', 'Beta rewritten.', 'Gamma.']);
		const { sentences, notCarried } = carryEdits(old, {
			original: next.original,
			sentences: next.sentences
		});
		expect(sentences.map((s) => s.text)).toEqual(['Alpha!', undefined, undefined]);
		expect(notCarried).toEqual([
			{ sentenceId: old.sentences[1].id, formerText: 'Beta.', text: 'Beta!' }
		]);
	});
});

describe('any re-import', () => {
	const words = fc.constantFrom('A.', 'B.', 'C.', 'D.', 'E.', 'F.');
	const scenario = arbAlignment.chain((rows) =>
		fc.record({
			rows: fc.constant(rows),
			oldTexts: fc.array(words, {
				minLength: idsOf(rows).en.length,
				maxLength: idsOf(rows).en.length
			}),
			newTexts: fc.array(words, { maxLength: 9 })
		})
	);

	function run({
		rows,
		oldTexts,
		newTexts
	}: {
		rows: AlignmentRow[];
		oldTexts: string[];
		newTexts: string[];
	}) {
		const rendering = makeRendering('en', oldTexts);
		const rename = new Map(idsOf(rows).en.map((id, i) => [id, rendering.sentences[i].id]));
		const oldRows = rows.map((r) => ({
			...r,
			cells: { ...r.cells, en: r.cells.en.map((id) => rename.get(id)!) }
		}));
		const alignment: Alignment = {
			articleId: 'art',
			rows: oldRows,
			orphanNotes: [],
			basis: {},
			updatedAt: 0
		};
		const next = layout(newTexts);
		const result = mapReimport({ rendering, alignment }, next, { newId: counter('q'), now: 1 });
		return { rendering, oldRows, next, ...result };
	}

	it('holds every new sentence exactly once, in order, and leaves other languages alone', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const { oldRows, next, alignment, report } = run(s);
				const ids = { ...idsOf(oldRows), en: next.sentences.map((x) => x.id) };
				expect(checkRows(alignment.rows, ids)).toEqual([]);
				const others = (list: AlignmentRow[]) =>
					list
						.filter((r) => r.cells.hy.length + r.cells.ru.length > 0)
						.map((r) => [r.id, r.cells.hy, r.cells.ru]);
				expect(others(alignment.rows)).toEqual(others(oldRows));
				expect(report.kept + report.changed + report.removed).toBe(s.oldTexts.length);
				expect(report.kept + report.changed + report.added).toBe(s.newTexts.length);
			}),
			{ numRuns: 400 }
		);
	});

	it('never drops a note', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const { oldRows, alignment, report } = run(s);
				const before = oldRows.flatMap((r) => r.notes.map((n) => n.id)).sort();
				const after = [...alignment.rows.flatMap((r) => r.notes), ...alignment.orphanNotes]
					.map((n) => n.id)
					.sort();
				expect(after).toEqual(before);
				expect(alignment.orphanNotes).toHaveLength(report.orphanedNotes);
			}),
			{ numRuns: 400 }
		);
	});

	it('marks for review exactly the rows whose English text changed', () => {
		fc.assert(
			fc.property(scenario, (s) => {
				const { rendering, oldRows, next, alignment } = run(s);
				const oldById = new Map(oldRows.map((r) => [r.id, r]));
				const texts = (
					list: string[],
					source: { original: string; sentences: Rendering['sentences'] }
				) => list.map((id) => textOf(source, id)).join(' ');
				const nextSource = next;
				for (const r of alignment.rows) {
					const old = oldById.get(r.id);
					if (!old) {
						expect(r).toMatchObject({ review: true, status: 'auto' });
						continue;
					}
					const changed = texts(old.cells.en, rendering) !== texts(r.cells.en, nextSource);
					if (changed) expect(r).toMatchObject({ review: true, status: 'auto' });
					else expect([r.status, r.review, r.notes]).toEqual([old.status, old.review, old.notes]);
				}
			}),
			{ numRuns: 400 }
		);
	});
});
