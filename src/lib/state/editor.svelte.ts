/**
 * One translator session on one article. The stored article (the live query the reader holds) is
 * the one source of the rows: the session keeps no copy of them, only
 * - the steps it is writing (shown at once on top of the stored rows until they land), and
 * - its undo/redo history as steps (row patches and text changes, never whole row arrays),
 *   stored per article with each edit so undo survives a reload.
 * Every write is a compare-and-set on the alignment's `rev` (see `applyStep`): an edit made on
 * rows another tab changed meanwhile is re-applied on the fresh rows, or refused with a message
 * and nothing overwritten. An undo that no longer applies is dropped with a message; the other
 * steps keep working.
 */
import type { EditLabel, RowOp } from '$lib/core/edit/ops';
import type { EditStep } from '$lib/core/edit/step';
import type { Alignment, AlignmentRow, Lang, Rendering } from '$lib/core/types';
import { HISTORY_LIMIT, applyStep, getHistory, loadEditing, putHistory } from '$lib/db';
import type * as EditCode from './edit-code';
import { errorKey } from './errors';

/**
 * The editing code, loaded when translator mode is first switched on (the article page creates
 * a session for every article, and most readers never edit). Until it is here the session edits
 * nothing: `ready` is false, `can` says no and `apply` does nothing.
 */
let code = $state.raw<typeof EditCode | undefined>(undefined);
let loading: Promise<typeof EditCode> | undefined;

/** Loads the editing code once; resolves when sessions can edit. */
export function loadEditCode(): Promise<typeof EditCode> {
	loading ??= Promise.all([import('./edit-code'), loadEditing()]).then(
		([loaded]) => (code = loaded),
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/** What the session edits: the live article data (the reader's live query). */
export interface EditorSource {
	alignment?: Alignment;
	renderings: Partial<Record<Lang, Rendering>>;
}

interface Pending {
	step: EditStep;
	/** The `rev` the write produced; the overlay ends once the live data has it. */
	landed?: number;
}

export class EditorSession {
	#articleId: string;
	#source: () => EditorSource;
	#past = $state.raw<EditStep[]>([]);
	#future = $state.raw<EditStep[]>([]);
	#pending = $state.raw<Pending[]>([]);
	#queue: Promise<unknown> = Promise.resolve();
	#touched = false;
	/** The last failure, for the UI: a conflict or a storage error. */
	error = $state<unknown>(undefined);

	constructor(articleId: string, source: () => EditorSource) {
		this.#articleId = articleId;
		this.#source = source;
		if (articleId) {
			void getHistory(articleId)
				.then((stored) => {
					if (this.#touched) return;
					this.#past = stored.past;
					this.#future = stored.future;
				})
				.catch((error: unknown) => console.error('Reading the undo history failed', error));
		}
	}

	/** The rows as the translator sees them: the stored rows plus the steps being written. */
	rows: readonly AlignmentRow[] = $derived.by(() => {
		const alignment = this.#source().alignment;
		let rows: readonly AlignmentRow[] = alignment?.rows ?? [];
		const rev = alignment?.rev ?? 0;
		// Steps are pending only after an edit, so the editing code is here when there are any.
		for (const { step, landed } of this.#pending) {
			if (landed !== undefined && rev >= landed) continue;
			if (!step.rows || !code) continue;
			const patched = code.applyRowPatch(rows, step.rows);
			if (patched.ok) rows = patched.rows;
		}
		return rows;
	});

	/** Whether the editing code is loaded (see {@link loadEditCode}). */
	get ready(): boolean {
		return code !== undefined;
	}

	get present(): { rows: readonly AlignmentRow[] } {
		return { rows: this.rows };
	}
	get canUndo(): boolean {
		return this.#past.length > 0;
	}
	get canRedo(): boolean {
		return this.#future.length > 0;
	}
	get undoLabel(): EditLabel | undefined {
		return this.#past[this.#past.length - 1]?.label;
	}
	get redoLabel(): EditLabel | undefined {
		return this.#future[0]?.label;
	}
	/** Locale key of the last failure (`edit.conflict`, `error.quota`…), if any. */
	get problem(): string | undefined {
		return this.error === undefined ? undefined : errorKey(this.error);
	}

	can(op: RowOp): boolean {
		return code?.canApply(this.rows, op) ?? false;
	}

	/** Applies a row operation; false when it does not apply here (the UI disables it anyway). */
	apply(op: RowOp): boolean {
		if (!code) return false;
		const seen = this.rows;
		const result = code.applyOp(seen, op, {
			newId: () => `r-${crypto.randomUUID()}`,
			now: Date.now()
		});
		if (!result.ok) return false;
		this.#do({ label: code.opLabel(op), rows: code.diffRows(seen, result.rows), op }, seen);
		return true;
	}

	/**
	 * Sets a sentence's current text (`undefined` = back to the imported original). `seen` is the
	 * correction the translator started from (when a form was open a while): if the sentence was
	 * corrected elsewhere since, the write is refused rather than replacing that correction unseen.
	 */
	editText(
		lang: Lang,
		sentenceId: string,
		text: string | undefined,
		label: EditLabel,
		seen?: { text: string | undefined }
	): void {
		const sentence = this.#source().renderings[lang]?.sentences.find((s) => s.id === sentenceId);
		if (!sentence || !code) return;
		const change: EditStep['texts'] & object = [{ lang, sentenceId }];
		const before = seen ? seen.text : sentence.text;
		if (before !== undefined) change[0].before = before;
		if (text !== undefined) change[0].after = text;
		this.#do({ label, texts: change }, this.rows);
	}

	undo(): void {
		const step = this.#past[this.#past.length - 1];
		if (!step || !code) return;
		this.#past = this.#past.slice(0, -1);
		this.#future = [step, ...this.#future].slice(0, HISTORY_LIMIT);
		this.#write(
			code.invertStep(step),
			undefined,
			(ok) => {
				if (!ok) this.#future = this.#future.filter((s) => s !== step);
			},
			'db.undoDropped'
		);
	}

	redo(): void {
		const step = this.#future[0];
		if (!step || !code) return;
		this.#future = this.#future.slice(1);
		this.#past = [...this.#past, step].slice(-HISTORY_LIMIT);
		this.#write(
			step,
			undefined,
			(ok) => {
				if (!ok) this.#past = this.#past.filter((s) => s !== step);
			},
			'db.undoDropped'
		);
	}

	/** A new edit: recorded for undo at once (a new edit clears redo), then written. */
	#do(step: EditStep, seen: readonly AlignmentRow[]) {
		if (!code) return;
		let entry = code.withoutOp(step);
		this.#past = [...this.#past, entry].slice(-HISTORY_LIMIT);
		this.#future = [];
		this.#write(step, seen, (ok, applied) => {
			if (!ok) this.#past = this.#past.filter((s) => s !== entry);
			else if (applied && applied.rows !== entry.rows) {
				// Re-made on rows that had moved on: undo reverts what was really written.
				this.#past = this.#past.map((s) => (s === entry ? applied : s));
				entry = applied;
			}
		});
	}

	/**
	 * Writes are queued so they land in the order the translator made them. `settle` updates the
	 * history inside the write's transaction (so the stored history matches what was written), or
	 * after a refusal.
	 */
	#write(
		step: EditStep,
		seen: readonly AlignmentRow[] | undefined,
		settle: (ok: boolean, applied?: EditStep) => void,
		conflictKey = 'db.conflict'
	) {
		this.#touched = true;
		const pending: Pending = { step };
		const rev = this.#source().alignment?.rev ?? 0;
		this.#pending = [
			...this.#pending.filter((p) => p.landed === undefined || p.landed > rev),
			pending
		];
		const articleId = this.#articleId;
		this.#queue = this.#queue
			.then(() =>
				applyStep(articleId, step, {
					rev,
					seen,
					history: (applied) => {
						settle(true, applied);
						return { past: this.#past, future: this.#future };
					}
				})
			)
			.then((written) => {
				pending.landed = written.rev;
				this.#pending = [...this.#pending];
				this.error = undefined;
			})
			.catch((error: unknown) => {
				this.#pending = this.#pending.filter((p) => p !== pending);
				const conflict = code !== undefined && error instanceof code.EditConflictError;
				if (!conflict) console.error('Saving an edit failed', error);
				settle(false);
				this.error = conflict ? { localeKey: conflictKey, conflict: true } : error;
				void putHistory(articleId, { past: this.#past, future: this.#future }).catch(() => {});
			});
	}

	/** Resolves once every queued write has landed (tests and page unload). */
	flush(): Promise<unknown> {
		return this.#queue;
	}
}
