/**
 * Keeps stored alignments in step with renderings: aligns articles that have none, and
 * re-aligns the unconfirmed stretches of articles whose renderings changed, with confirmed rows
 * as anchors (never silently discarding a translator's work). The aligner runs in a worker.
 */
import {
	REVIEW_THRESHOLD,
	anchorsFromRows,
	mergeRealigned,
	rowsFromIndexRows
} from '$lib/core/edit';
import { alignUnitsOf } from '$lib/core/rendering';
import { LANGS, type Alignment, type IndexRow, type Lang } from '$lib/core/types';
import { articleIds, getArticle, isAlignmentCurrent, saveAlignmentUnlessChanged } from '$lib/db';
import type { AlignRequest, AlignResponse } from '$lib/workers/align.worker';
import AlignWorker from '$lib/workers/align.worker?worker';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
	number,
	{
		resolve: (rows: IndexRow[]) => void;
		reject: (e: Error) => void;
		timer: ReturnType<typeof setTimeout>;
	}
>();

/**
 * The worker itself failed (crashed, sent something unreadable, or took far longer than the
 * input can need): not the text. The page shows the locale key and offers to try again.
 */
export class AlignerStoppedError extends Error {
	override name = 'AlignerStoppedError';
	readonly localeKey = 'data.align.stopped';
	constructor(
		readonly reason: 'crash' | 'unreadable' | 'timeout',
		message: string
	) {
		super(message);
	}
}

/**
 * How long one alignment may take before the worker counts as hung: a minute, plus 20 ms per
 * sentence (10,000 sentences in each of three languages align in well under a minute on a
 * phone; this only catches a worker that will never answer).
 */
export function alignTimeout(units: AlignRequest['units']): number {
	const count = Object.values(units).reduce((n, list) => n + (list?.length ?? 0), 0);
	return 60_000 + 20 * count;
}

/** Rejects every pending job and drops the worker: the next job starts a fresh one. */
function failAll(error: AlignerStoppedError): void {
	worker?.terminate();
	worker = undefined;
	for (const job of pending.values()) {
		clearTimeout(job.timer);
		job.reject(error);
	}
	pending.clear();
}

function getWorker(): Worker {
	if (!worker) {
		worker = new AlignWorker();
		worker.onmessage = (event: MessageEvent<AlignResponse>) => {
			const job = pending.get(event.data.id);
			if (!job) return;
			pending.delete(event.data.id);
			clearTimeout(job.timer);
			if ('error' in event.data) {
				// Keep the locale key across the worker boundary so the page can say what went wrong.
				job.reject(Object.assign(new Error(event.data.error), { localeKey: event.data.localeKey }));
			} else job.resolve(event.data.rows);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			failAll(new AlignerStoppedError('crash', event.message || 'The aligner stopped'));
		};
		worker.onmessageerror = () =>
			failAll(new AlignerStoppedError('unreadable', 'The aligner sent an unreadable message'));
	}
	return worker;
}

export function runAligner(
	units: AlignRequest['units'],
	anchors: IndexRow[] = []
): Promise<IndexRow[]> {
	const id = nextId++;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => failAll(new AlignerStoppedError('timeout', 'The aligner did not answer in time')),
			alignTimeout(units)
		);
		pending.set(id, { resolve, reject, timer });
		try {
			getWorker().postMessage({ id, units, anchors } satisfies AlignRequest);
		} catch (error) {
			failAll(
				new AlignerStoppedError('crash', error instanceof Error ? error.message : String(error))
			);
		}
	});
}

/**
 * Aligns one article when its stored alignment is missing or outdated (always with `force`).
 * Confirmed rows are anchors and come back unchanged; only the stretches between them are
 * recomputed, and notes of replaced rows move to the rows now holding their sentences.
 */
export async function alignArticle(
	articleId: string,
	{ force = false } = {}
): Promise<Alignment | undefined> {
	const data = await getArticle(articleId);
	if (!data) return undefined;
	const present = LANGS.filter((l) => data.renderings[l]);
	if (present.length < 2) return undefined;
	const renderings = present.map((l) => data.renderings[l]!);
	if (!force && data.alignment && isAlignmentCurrent(data.alignment, renderings)) {
		return data.alignment;
	}
	const idsByLang = Object.fromEntries(
		LANGS.map((l) => [l, data.renderings[l]?.sentences.map((s) => s.id) ?? []])
	) as Record<Lang, string[]>;
	const units = Object.fromEntries(present.map((l) => [l, alignUnitsOf(data.renderings[l]!)]));
	const anchors = data.alignment ? anchorsFromRows(data.alignment.rows, idsByLang) : [];
	// Counted by the start-up test: two tabs opened at once must not align an article twice.
	performance.mark('triptych:align-article', { detail: articleId });
	const indexRows = await runAligner(units, anchors);
	const rows = data.alignment
		? mergeRealigned(data.alignment.rows, indexRows, idsByLang, {
				threshold: REVIEW_THRESHOLD,
				newId: newRowId
			})
		: rowsFromIndexRows(indexRows, idsByLang, REVIEW_THRESHOLD, newRowId);
	const alignment: Alignment = {
		articleId,
		rows,
		orphanNotes: data.alignment?.orphanNotes ?? [],
		basis: Object.fromEntries(renderings.map((r) => [r.lang, r.version])),
		updatedAt: Date.now()
	};
	// Another tab (or the translator) may have saved while the worker ran: never overwrite
	// newer work.
	return saveAlignmentUnlessChanged(alignment, data.alignment);
}

/**
 * Brings every article's alignment up to date, one at a time. One article that fails (its
 * worker crashed) does not keep the others unaligned: the first error is thrown at the end.
 */
export async function alignOutdated(): Promise<void> {
	let failure: unknown;
	const failed: string[] = [];
	for (const id of await articleIds()) {
		try {
			await alignArticle(id);
		} catch (error) {
			failure ??= error;
			failed.push(id);
		}
	}
	// An article the reader already re-aligned by hand ("Try again") is no longer a problem.
	if (failure !== undefined && (await anyOutdated(failed))) throw failure;
}

async function anyOutdated(ids: string[]): Promise<boolean> {
	for (const id of ids) {
		const data = await getArticle(id);
		if (!data) continue;
		const renderings = LANGS.flatMap((l) => data.renderings[l] ?? []);
		if (renderings.length < 2) continue;
		if (!data.alignment || !isAlignmentCurrent(data.alignment, renderings)) return true;
	}
	return false;
}

export function newRowId(): string {
	return `r-${crypto.randomUUID()}`;
}
