/**
 * Reader reports: "this row is wrong", filed by a reader on a row, resolved by a translator.
 * A report names the row it was filed on **and** that row's sentences (`lang:id`), so it can
 * follow them when the row is merged or split later, or rebuilt by a re-import: rows change,
 * sentences mostly stay. Pure: the database stores reports, sync carries them as documents.
 */
import { LANGS, type AlignmentRow, type Lang } from './types';

export const REPORT_REASONS = [
	'wrongMatch',
	'missingTranslation',
	'mistranslation',
	'typo',
	'other'
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportState = 'open' | 'resolved';

export interface ReportResolution {
	/** The translator who resolved it ('' when it was resolved without team sync). */
	by: string;
	at: number;
	reply: string;
}

/** Longest comment or reply kept (a report document stays well under the server's 64 KiB). */
export const REPORT_TEXT_LIMIT = 4000;

export interface Report {
	/** A UUID; the sync document is `report:<id>`. */
	id: string;
	/** The reader who filed it; '' when filed without team sync (claimed when sync starts). */
	author: string;
	articleId: string;
	rowId: string;
	/** The row's sentences when it was reported, as `lang:sentenceId`. */
	sentenceIds: string[];
	reason: ReportReason;
	comment: string;
	createdAt: number;
	state: ReportState;
	resolution?: ReportResolution;
	/** When this device last changed it (or stored a change from the server). */
	updatedAt: number;
}

export function isReportReason(value: unknown): value is ReportReason {
	return typeof value === 'string' && (REPORT_REASONS as readonly string[]).includes(value);
}

/** A row's sentences as a report names them. */
export function rowSentenceIds(row: Pick<AlignmentRow, 'cells'>): string[] {
	return LANGS.flatMap((lang) => row.cells[lang].map((id) => `${lang}:${id}`));
}

/**
 * A new open report on `row`.
 * @example newReport({ id, author: 'rita', articleId, row, reason: 'typo', comment: '', now })
 */
export function newReport(input: {
	id: string;
	author: string;
	articleId: string;
	row: Pick<AlignmentRow, 'id' | 'cells'>;
	reason: ReportReason;
	comment: string;
	now: number;
}): Report {
	return {
		id: input.id,
		author: input.author,
		articleId: input.articleId,
		rowId: input.row.id,
		sentenceIds: rowSentenceIds(input.row),
		reason: input.reason,
		comment: input.comment.trim().slice(0, REPORT_TEXT_LIMIT),
		createdAt: input.now,
		state: 'open',
		updatedAt: input.now
	};
}

export function resolveReport(report: Report, by: string, reply: string, now: number): Report {
	return {
		...report,
		state: 'resolved',
		resolution: { by, at: now, reply: reply.trim().slice(0, REPORT_TEXT_LIMIT) },
		updatedAt: Math.max(now, report.updatedAt + 1)
	};
}

/** Undoes a resolution: open again, as it was filed. */
export function reopenReport(report: Report, now: number): Report {
	const { resolution: _resolution, ...rest } = report;
	return { ...rest, state: 'open', updatedAt: Math.max(now, report.updatedAt + 1) };
}

/**
 * Where a report is now:
 * - `same`: on the row it was filed on (or the one row holding exactly its sentences);
 * - `merged`: all its sentences are now in one row together with others (the row was merged);
 * - `split`: its sentences are now in several rows (the row was split); `index` is the first;
 * - `gone`: neither the row nor any of its sentences is left (`index` -1).
 */
export type ReportPlace = 'same' | 'merged' | 'split' | 'gone';

export interface ReportLocation {
	index: number;
	place: ReportPlace;
}

/** Finds the row a report is about now (see {@link ReportPlace}). */
export function locateReport(
	rows: readonly AlignmentRow[],
	report: Pick<Report, 'rowId' | 'sentenceIds'>
): ReportLocation {
	const wanted = new Set(report.sentenceIds);
	const holding: number[] = [];
	rows.forEach((row, index) => {
		if (rowSentenceIds(row).some((id) => wanted.has(id))) holding.push(index);
	});
	const byId = rows.findIndex((row) => row.id === report.rowId);
	if (holding.length === 0) return byId >= 0 ? { index: byId, place: 'same' } : gone;
	if (holding.length > 1) {
		return { index: holding.includes(byId) ? byId : holding[0], place: 'split' };
	}
	const index = holding[0];
	const held = rowSentenceIds(rows[index]);
	// Every reported sentence is there, with others: merged. Some are missing (a re-import
	// rewrote them, giving new ids): the same row, revised.
	const all = report.sentenceIds.every((id) => held.includes(id));
	const extra = held.some((id) => !wanted.has(id));
	return { index, place: all && extra ? 'merged' : 'same' };
}

const gone: ReportLocation = { index: -1, place: 'gone' };

/** Reports of one article located in its rows: row index → reports on it, and those left over. */
export function reportsByRow(
	rows: readonly AlignmentRow[],
	reports: readonly Report[]
): { byRow: Map<number, Array<{ report: Report; place: ReportPlace }>>; gone: Report[] } {
	const byRow = new Map<number, Array<{ report: Report; place: ReportPlace }>>();
	const left: Report[] = [];
	for (const report of reports) {
		const { index, place } = locateReport(rows, report);
		if (index < 0) left.push(report);
		else byRow.set(index, [...(byRow.get(index) ?? []), { report, place }]);
	}
	return { byRow, gone: left };
}

/**
 * The row of the next open report after row `from`, wrapping around; -1 when none is open.
 * @example nextOpenReportRow(rows, reports, active)
 */
export function nextOpenReportRow(
	rows: readonly AlignmentRow[],
	reports: readonly Report[],
	from: number
): number {
	const indices = [
		...new Set(
			reports
				.filter((r) => r.state === 'open')
				.map((r) => locateReport(rows, r).index)
				.filter((i) => i >= 0)
		)
	].sort((a, b) => a - b);
	if (indices.length === 0) return -1;
	return indices.find((i) => i > from) ?? indices[0];
}

/** Open reports per article, for the library list. */
export function openReportCounts(reports: readonly Report[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const r of reports) {
		if (r.state === 'open') counts.set(r.articleId, (counts.get(r.articleId) ?? 0) + 1);
	}
	return counts;
}

/** The language and sentence id a report points at first, for links (`lang:id`). */
export function firstSentence(
	report: Pick<Report, 'sentenceIds'>
): { lang: Lang; id: string } | undefined {
	const [first] = report.sentenceIds;
	if (!first) return undefined;
	const at = first.indexOf(':');
	return { lang: first.slice(0, at) as Lang, id: first.slice(at + 1) };
}

/** Report ids are UUIDs, like `crypto.randomUUID()` gives. */
export function isReportId(value: unknown): value is string {
	return typeof value === 'string' && /^[0-9a-f-]{8,64}$/i.test(value);
}
