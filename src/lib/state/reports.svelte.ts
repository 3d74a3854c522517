/**
 * Readers' reports as the UI sees them: who "I" am (the sync user, or nobody yet on a device that
 * never synced), the reports of the open article located on its rows, filing one, and a
 * translator's resolve (undoable) and reopen. Reports are written to the device first; the sync
 * bridge carries them to the server whenever sync is on.
 */
import {
	firstSentence,
	newReport,
	nextOpenReportRow,
	openReportCounts,
	reopenReport,
	reportsByRow,
	resolveReport,
	type Report,
	type ReportPlace,
	type ReportReason
} from '$lib/core/reports';
import type { AlignmentRow } from '$lib/core/types';
import { getReport, putReport } from '$lib/db';
import { liveArticleReports, liveReports } from '$lib/db/live.svelte';
import { errorKey } from './errors';
import { notices } from './notices.svelte';
import { sync } from './sync.svelte';

/** The name reports are filed and resolved under: the sync user, '' without sync. */
export function reportUser(): string {
	return sync.active ? sync.user : '';
}

/** A report this user filed: under their sync name, or on this device before any sync. */
export function isMine(report: Report): boolean {
	return report.author === '' || (!!sync.user && report.author === sync.user);
}

/** Translators resolve reports; without team sync this device is its own translator. */
export function canResolve(): boolean {
	return !sync.active || sync.translator;
}

export interface RowReport {
	report: Report;
	place: ReportPlace;
}

/** Stores a report; a failure becomes a localised notice and changes nothing. */
async function save(report: Report): Promise<boolean> {
	try {
		await putReport(report);
		return true;
	} catch (error) {
		console.error('Saving a report failed', error);
		notices.show({
			key: errorKey(error) === 'error.quota' ? 'error.quota' : 'report.error',
			tone: 'error'
		});
		return false;
	}
}

/** Resolves a report with an optional reply; the notice offers "Undo" (reopens it). */
export async function resolve(report: Report, reply: string): Promise<void> {
	const resolved = resolveReport(report, reportUser(), reply, Date.now());
	if (!(await save(resolved))) return;
	notices.show({
		key: 'report.resolved',
		action: {
			label: 'edit.undo',
			run: async () => {
				const current = (await getReport(report.id)) ?? resolved;
				await save(reopenReport(current, Date.now()));
			}
		}
	});
}

export async function reopen(report: Report): Promise<void> {
	await save(reopenReport(report, Date.now()));
}

/** The open article's reports, located on its rows, and the report dialog. */
export class ArticleReports {
	#articleId: () => string;
	#rows: () => readonly AlignmentRow[];
	#live: ReturnType<typeof liveArticleReports>;
	/** The row index the report dialog is open for. */
	dialogRow = $state<number | null>(null);

	constructor(articleId: () => string, rows: () => readonly AlignmentRow[]) {
		this.#articleId = articleId;
		this.#rows = rows;
		this.#live = liveArticleReports(articleId);
		sync.load(); // who "I" am; never inside a derived value (it sets state)
	}

	list: Report[] = $derived.by(() => this.#live.current ?? []);
	#located = $derived.by(() => reportsByRow(this.#rows(), this.list));
	openCount = $derived(this.list.filter((r) => r.state === 'open').length);
	/** Reports whose row and sentences are all gone (a re-import removed them). */
	gone = $derived(this.#located.gone);

	/** The reports shown on row `index`: every one in translator mode, the reader's own otherwise. */
	onRow(index: number, editing: boolean): RowReport[] {
		const here = this.#located.byRow.get(index) ?? [];
		return editing ? here : here.filter((r) => isMine(r.report));
	}

	next(from: number): number {
		return nextOpenReportRow(this.#rows(), this.list, from);
	}

	open(index: number): void {
		if (this.#rows()[index]) this.dialogRow = index;
	}

	close(): void {
		this.dialogRow = null;
	}

	/** Files a report on the row the dialog is open for. Returns whether it was stored. */
	async file(reason: ReportReason, comment: string): Promise<boolean> {
		const row = this.dialogRow === null ? undefined : this.#rows()[this.dialogRow];
		if (!row) return false;
		const report = newReport({
			id: crypto.randomUUID(),
			author: reportUser(),
			articleId: this.#articleId(),
			row,
			reason,
			comment,
			now: Date.now()
		});
		if (!(await save(report))) return false;
		this.dialogRow = null;
		notices.show({ key: 'report.saved' });
		return true;
	}
}

/**
 * Every report on this device, for the reports page and the library: the user's own, the open
 * ones (a translator's queue), and the open count per article the library shows — every open
 * report to translators, a reader's own to a reader.
 */
export class LibraryReports {
	#live = liveReports();

	constructor() {
		sync.load(); // who "I" am; never inside a derived value (it sets state)
	}

	list: Report[] = $derived.by(() => this.#live.current ?? []);
	get isLoading(): boolean {
		return this.#live.isLoading;
	}
	mine: Report[] = $derived.by(() => this.list.filter(isMine));
	open: Report[] = $derived.by(() => this.list.filter((r) => r.state === 'open'));
	#counted = $derived.by(() => (canResolve() ? this.open : this.open.filter(isMine)));
	#counts = $derived.by(() => openReportCounts(this.#counted));
	/** Open reports counted for the library (see the class comment) on these articles. */
	totalOf(articleIds: readonly string[]): number {
		return articleIds.reduce((sum, id) => sum + this.count(id), 0);
	}
	count(articleId: string): number {
		return this.#counts.get(articleId) ?? 0;
	}
}

/** Where a report's row is: the article opened at its first sentence (translator mode if asked). */
export function reportHref(base: string, report: Report, editing: boolean): string {
	const first = firstSentence(report);
	const params = new URLSearchParams({ id: report.articleId });
	if (first) params.set('s', `${first.lang}:${first.id}`);
	if (editing) params.set('edit', '1');
	return `${base}?${params}`;
}
