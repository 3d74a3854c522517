/**
 * Persisting translator work. Every edit, undo and redo is an {@link EditStep} written as a
 * compare-and-set on the alignment's `rev`, in one transaction with the texts it changes, their
 * revisions, the article's summary and (when given) the article's undo history: when another tab
 * or device wrote meanwhile, the step is re-applied on the fresh rows, or refused with an
 * {@link EditConflictError} and nothing is written.
 */
import {
	EditConflictError,
	carryEdits,
	mapReimport,
	revertToOriginal,
	reviseSentence,
	stepRows,
	type EditStep,
	type ReimportReport,
	type RevisedSentence,
	type TextChange,
	type UncarriedEdit
} from '$lib/core/edit';
import type { PreparedImport } from '$lib/core/import';
import type { AlignmentRow, Lang, Rendering } from '$lib/core/types';
import { renderingId } from '$lib/core/rendering-record';
import {
	HISTORY_LIMIT,
	joinRendering,
	refreshSummary,
	splitRendering,
	summaryTables,
	touchArticle,
	type HistoryRecord,
	type TriptychDB
} from './schema';

// The undo history's reads live apart (the article page reads it on open, before any edit).
export { getHistory, putHistory } from './history';

const newId = () => `v-${crypto.randomUUID()}`;

export interface StepWrite {
	/** The `rev` of the alignment the step was made on. */
	rev: number;
	/** The rows the step was made on (to re-make its operation on fresh rows). */
	seen?: readonly AlignmentRow[];
	/**
	 * The undo history to store with the edit (bounded here), given the step as applied. Called
	 * inside the transaction, so the stored history always matches what was written.
	 */
	history?: (applied: EditStep) => Omit<HistoryRecord, 'articleId'>;
	now?: number;
}

export interface StepWritten {
	rev: number;
	/** The step as it was applied (its patch re-made when the rows had moved on). */
	step: EditStep;
}

/**
 * Writes one step. Throws {@link EditConflictError} (nothing written) when its rows or texts were
 * changed elsewhere in a way it cannot be re-applied on.
 */
export async function applyStep(
	db: TriptychDB,
	articleId: string,
	step: EditStep,
	write: StepWrite
): Promise<StepWritten> {
	const now = write.now ?? Date.now();
	return db.transaction(
		'rw',
		[...summaryTables(db), db.originals, db.revisions, db.history],
		async () => {
			const stored = await db.alignments.get(articleId);
			if (!stored) throw new Error(`No alignment stored for ${articleId}`);
			// Same rev: nobody wrote since the step was made, its patch applies as it is. Otherwise
			// the patch where its rows are unchanged, else the operation re-made on the fresh rows.
			const rows = stepRows(stored.rows, step, { newId: rowId, now, seen: write.seen });
			if (!rows.ok) throw new EditConflictError(step.label);
			const texts: TextChange[] = [];
			for (const change of step.texts ?? []) {
				texts.push(await writeText(db, articleId, change, step, now));
			}
			const applied: EditStep = { label: step.label };
			if (rows.patch) applied.rows = rows.patch;
			if (texts.length > 0) applied.texts = texts;
			const rev = stored.rev + 1;
			await db.alignments.put({
				...stored,
				rows: rows.patch ? rows.rows : stored.rows,
				updatedAt: now,
				rev
			});
			await touchArticle(db, articleId, now);
			if (write.history) {
				const history = write.history(applied);
				await db.history.put({
					articleId,
					past: history.past.slice(-HISTORY_LIMIT),
					future: history.future.slice(0, HISTORY_LIMIT)
				});
			}
			await refreshSummary(db, articleId);
			return { rev, step: applied };
		}
	);
}

const rowId = () => `r-${crypto.randomUUID()}`;

/** Sets one sentence's text override when it is still what the step saw; returns what was done. */
async function writeText(
	db: TriptychDB,
	articleId: string,
	change: TextChange,
	step: EditStep,
	now: number
): Promise<TextChange> {
	const id = renderingId(articleId, change.lang);
	const [stored, original] = await Promise.all([db.renderings.get(id), db.originals.get(id)]);
	const sentence = stored?.sentences.find((s) => s.id === change.sentenceId);
	if (!stored || !sentence || sentence.text !== change.before) {
		throw new EditConflictError(step.label);
	}
	const rendering = joinRendering(stored, original);
	const result =
		change.after === undefined
			? revertToOriginal(rendering, change.sentenceId, now, newId)
			: reviseSentence(rendering, change.sentenceId, change.after, now, newId);
	if (!result.ok) throw new EditConflictError(step.label);
	const { rendering: next, revision } = result as RevisedSentence;
	await db.renderings.put(splitRendering(next).rendering);
	await db.revisions.add(revision);
	const after = next.sentences.find((s) => s.id === change.sentenceId)?.text;
	const done: TextChange = { lang: change.lang, sentenceId: change.sentenceId };
	if (change.before !== undefined) done.before = change.before;
	if (after !== undefined) done.after = after;
	return done;
}

export interface ReimportResult {
	report?: ReimportReport;
	notCarried: UncarriedEdit[];
}

/**
 * Replaces a rendering with a newer version of the same text (the site updated the article),
 * keeping the translator's work: unchanged sentences keep their rows, status, notes and text
 * corrections; changed rows are marked for review; notes on vanished rows become orphan notes.
 * One transaction; the accepted bundled offer, if any, is removed with it.
 */
export async function reimportRendering(
	db: TriptychDB,
	articleId: string,
	prepared: Pick<
		PreparedImport,
		'text' | 'encoding' | 'originalBytes' | 'sha256' | 'doc' | 'sentences'
	>,
	lang: Lang,
	now = Date.now()
): Promise<ReimportResult> {
	const id = renderingId(articleId, lang);
	return db.transaction('rw', [...summaryTables(db), db.originals, db.offers], async () => {
		const stored = await db.renderings.get(id);
		if (!stored) throw new Error(`No ${lang} rendering in ${articleId}`);
		const old = joinRendering(stored, await db.originals.get(id));
		const version = old.version + 1;
		const next = { original: prepared.text, sentences: prepared.sentences, version };
		const carried = carryEdits(old, next);
		const alignment = await db.alignments.get(articleId);
		let report: ReimportReport | undefined;
		if (alignment) {
			const mapped = mapReimport(
				{ rendering: old, alignment },
				{ ...next, sentences: carried.sentences },
				{ newId: () => `r-${crypto.randomUUID()}`, now }
			);
			report = mapped.report;
			await db.alignments.put({ ...mapped.alignment, updatedAt: now, rev: alignment.rev + 1 });
		}
		const updated: Rendering = {
			...old,
			original: prepared.text,
			encoding: prepared.encoding,
			sha256: prepared.sha256,
			blocks: prepared.doc.blocks,
			sentences: carried.sentences,
			title: prepared.doc.title,
			version,
			userModified: true,
			updatedAt: now
		};
		delete updated.originalBytes;
		if (prepared.originalBytes) updated.originalBytes = prepared.originalBytes;
		delete updated.date;
		if (prepared.doc.date) updated.date = prepared.doc.date;
		const split = splitRendering(updated);
		await db.renderings.put(split.rendering);
		await db.originals.put(split.original);
		await db.offers.delete(id);
		await touchArticle(db, articleId, now);
		await refreshSummary(db, articleId);
		return { report, notCarried: carried.notCarried };
	});
}
