import { describe, expect, it } from 'vitest';
import { mapReimport, mergeWithNext, mergeWithPrevious, splitRow } from '../../src/lib/core/edit';
import {
	locateReport,
	newReport,
	nextOpenReportRow,
	openReportCounts,
	reopenReport,
	reportsByRow,
	resolveReport,
	type Report
} from '../../src/lib/core/reports';
import type { Alignment, AlignmentRow } from '../../src/lib/core/types';
import { counter, layout, makeRendering, row, rows } from './edit-fixtures';

const article = () => rows('e1 | h1 | r1', 'e2 e3 | h2 | r2', 'e4 | h3 | r3', 'e5 | h4 | r4');

function reportOn(list: readonly AlignmentRow[], index: number, extra: Partial<Report> = {}) {
	return {
		...newReport({
			id: `rep-${index}`,
			author: 'rita',
			articleId: 'art',
			row: list[index],
			reason: 'wrongMatch',
			comment: '  The Russian is the next sentence.  ',
			now: 10
		}),
		...extra
	};
}

function ok(result: ReturnType<typeof mergeWithNext>): AlignmentRow[] {
	if (!result.ok) throw new Error(result.code);
	return result.rows;
}

describe('a new report', () => {
	it('names its row and every sentence of it by language, open, with the comment trimmed', () => {
		const report = reportOn(article(), 1);
		expect(report).toMatchObject({
			rowId: 'row:e2',
			sentenceIds: ['en:e2', 'en:e3', 'hy:h2', 'ru:r2'],
			state: 'open',
			comment: 'The Russian is the next sentence.'
		});
		expect(report.resolution).toBeUndefined();
	});

	it('is resolved with a reply, and reopened exactly as it was filed', () => {
		const filed = reportOn(article(), 1);
		const resolved = resolveReport(filed, 'tom', ' Fixed. ', 20);
		expect(resolved).toMatchObject({
			state: 'resolved',
			resolution: { by: 'tom', at: 20, reply: 'Fixed.' }
		});
		const reopened = reopenReport(resolved, 30);
		expect(reopened).toEqual({ ...filed, updatedAt: 30 });
	});
});

describe('where a report is after the rows changed', () => {
	it('stays on its row while nothing changed', () => {
		const list = article();
		expect(locateReport(list, reportOn(list, 2))).toEqual({ index: 2, place: 'same' });
	});

	it('follows its sentences into the row it was merged into, and says so', () => {
		const list = article();
		const report = reportOn(list, 2);
		// Merged into the row above: the reported row id is gone.
		const merged = ok(mergeWithPrevious(list, 2));
		expect(merged.some((r) => r.id === report.rowId)).toBe(false);
		expect(locateReport(merged, report)).toEqual({ index: 1, place: 'merged' });
		// The row below merged into it: same id, more sentences.
		const below = ok(mergeWithNext(list, 2));
		expect(locateReport(below, report)).toEqual({ index: 2, place: 'merged' });
	});

	it('follows its sentences when the row was split, pointing at its first part', () => {
		const list = article();
		const report = reportOn(list, 1);
		const split = ok(splitRow(list, 1, { en: 1, hy: 1, ru: 1 }, counter('new')));
		expect(split).toHaveLength(5);
		expect(locateReport(split, report)).toEqual({ index: 1, place: 'split' });
		// The row above merged with its first part: the index moves with the sentences.
		const shifted = ok(mergeWithNext(split, 0));
		expect(locateReport(shifted, report)).toEqual({ index: 0, place: 'split' });
	});

	it('is gone only when neither its row nor any of its sentences is left', () => {
		const report = reportOn(article(), 1);
		expect(locateReport(rows('e9 | h9 | r9'), report)).toEqual({ index: -1, place: 'gone' });
	});

	it('groups an article’s reports by row, and finds the next open one, wrapping around', () => {
		const list = article();
		const reports = [
			reportOn(list, 3),
			reportOn(list, 1, { id: 'b' }),
			resolveReport(reportOn(list, 0, { id: 'c' }), 'tom', '', 11),
			{ ...reportOn(list, 0, { id: 'd' }), rowId: 'gone', sentenceIds: ['en:zz'] }
		];
		const { byRow, gone } = reportsByRow(list, reports);
		expect([...byRow.keys()].sort()).toEqual([0, 1, 3]);
		expect(gone.map((r) => r.id)).toEqual(['d']);
		expect(nextOpenReportRow(list, reports, 0)).toBe(1);
		expect(nextOpenReportRow(list, reports, 1)).toBe(3);
		expect(nextOpenReportRow(list, reports, 3)).toBe(1);
		expect(nextOpenReportRow(list, [reports[2]], 0)).toBe(-1);
		expect(openReportCounts([...reports, { ...reports[0], articleId: 'other' }])).toEqual(
			new Map([
				['art', 3],
				['other', 1]
			])
		);
	});
});

describe('reports survive a re-import of a revised rendering, like notes', () => {
	const english = ['Alpha.', 'Beta.', 'Gamma.'];
	function setup() {
		const rendering = makeRendering('en', english);
		const [a, b, c] = rendering.sentences.map((s) => s.id);
		const alignment: Alignment = {
			articleId: 'art',
			rows: [
				row(`${a} | h1 | r1`, { id: 'row1' }),
				row(`${b} | h2 | r2`, { id: 'row2' }),
				row(`${c} | h3 | r3`, { id: 'row3' })
			],
			orphanNotes: [],
			basis: { en: 1, hy: 1, ru: 1 },
			updatedAt: 1
		};
		return { rendering, alignment };
	}

	it('stays on its row when the reported English sentence was rewritten', () => {
		const old = setup();
		const report = reportOn(old.alignment.rows, 1);
		const { alignment } = mapReimport(old, layout(['Alpha.', 'Beta, revised.', 'Gamma.']), {
			newId: counter(),
			now: 2
		});
		// The English sentence has a new id now; the row and its other languages remain.
		expect(alignment.rows[1].cells.en).not.toEqual(old.alignment.rows[1].cells.en);
		expect(locateReport(alignment.rows, report)).toEqual({ index: 1, place: 'same' });
	});

	it('follows the row when sentences were added above it', () => {
		const old = setup();
		const report = reportOn(old.alignment.rows, 2);
		const { alignment } = mapReimport(old, layout(['Intro.', 'Alpha.', 'Beta.', 'Gamma.']), {
			newId: counter(),
			now: 2
		});
		const at = locateReport(alignment.rows, report);
		expect(alignment.rows[at.index].id).toBe('row3');
		expect(at.place).toBe('same');
	});
});
