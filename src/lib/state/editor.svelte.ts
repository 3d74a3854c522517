/**
 * One translator session on one article: applies row operations and text edits, keeps undo/redo
 * across all of them, and saves every change to IndexedDB at once. When the stored alignment
 * changes from outside (another tab, a re-alignment), the session starts a fresh history from
 * it rather than undoing into a state it never saw.
 */
import {
	applyOp,
	canApply,
	createHistory,
	opLabel,
	record,
	redo,
	undo,
	canUndo,
	canRedo,
	undoLabel,
	redoLabel,
	type EditLabel,
	type History,
	type RowOp
} from '$lib/core/edit';
import type { Lang } from '$lib/core/types';
import { textKey, writeSnapshot, type EditorSnapshot } from '$lib/db';

export class EditorSession {
	#articleId: string;
	#history = $state.raw<History<EditorSnapshot>>(createHistory({ rows: [], texts: {} }));
	/** `updatedAt` of the alignment this session last wrote or adopted. */
	#version = 0;
	/** `updatedAt` of every write this session queued: their echoes are not outside changes. */
	#written = new Set<number>();
	#queue: Promise<unknown> = Promise.resolve();
	/** What the database holds (as far as this session knows): a refused write goes back to it. */
	#stored: EditorSnapshot = { rows: [], texts: {} };
	error = $state<unknown>(undefined);

	constructor(articleId: string) {
		this.#articleId = articleId;
	}

	get present(): EditorSnapshot {
		return this.#history.present;
	}
	get canUndo(): boolean {
		return canUndo(this.#history);
	}
	get canRedo(): boolean {
		return canRedo(this.#history);
	}
	get undoLabel(): EditLabel | undefined {
		return undoLabel(this.#history);
	}
	get redoLabel(): EditLabel | undefined {
		return redoLabel(this.#history);
	}

	/** Adopts the stored state when it changed from outside this session. */
	sync(stored: EditorSnapshot, updatedAt: number): void {
		if (updatedAt === this.#version) return;
		// A late echo of an earlier write of ours, arriving after a newer one was queued.
		if (this.#written.has(updatedAt)) return;
		this.#version = updatedAt;
		this.#stored = stored;
		this.#history = createHistory(stored);
	}

	can(op: RowOp): boolean {
		return canApply(this.present.rows, op);
	}

	/** Applies a row operation; false when it does not apply here (the UI disables it anyway). */
	apply(op: RowOp): boolean {
		const result = applyOp(this.present.rows, op, {
			newId: () => `r-${crypto.randomUUID()}`,
			now: Date.now()
		});
		if (!result.ok) return false;
		this.#commit(opLabel(op), { ...this.present, rows: result.rows });
		return true;
	}

	/** Sets a sentence's current text (`undefined` = back to the imported original). */
	editText(lang: Lang, sentenceId: string, text: string | undefined, label: EditLabel): void {
		const key = textKey(lang, sentenceId);
		const texts = { ...this.present.texts };
		if (text === undefined) delete texts[key];
		else texts[key] = text;
		this.#commit(label, { ...this.present, texts });
	}

	undo(): void {
		if (!this.canUndo) return;
		const from = this.present;
		this.#history = undo(this.#history);
		this.#save(from, this.present);
	}

	redo(): void {
		if (!this.canRedo) return;
		const from = this.present;
		this.#history = redo(this.#history);
		this.#save(from, this.present);
	}

	#commit(label: EditLabel, next: EditorSnapshot) {
		const from = this.present;
		this.#history = record(this.#history, label, next);
		this.#save(from, next);
	}

	/** Writes are queued so they land in the order the translator made them. */
	#save(from: EditorSnapshot, to: EditorSnapshot) {
		const now = Math.max(Date.now(), this.#version + 1);
		this.#version = now;
		this.#written.add(now);
		this.#queue = this.#queue
			.then(() => writeSnapshot(this.#articleId, from, to, now))
			.then(() => {
				this.#stored = to;
				this.error = undefined;
			})
			.catch((error: unknown) => {
				console.error('Saving an edit failed', error);
				this.error = error;
				// Nothing was written (one transaction): show what is stored, not the lost edit.
				this.#history = createHistory(this.#stored);
			});
	}

	/** Resolves once every queued write has landed (tests and page unload). */
	flush(): Promise<unknown> {
		return this.#queue;
	}
}
