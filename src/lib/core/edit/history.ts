/**
 * Undo/redo for a translator's session, as snapshots: each entry keeps the state before and after
 * one edit. Edits return new state and leave untouched parts shared, so a snapshot costs about one
 * array of references, and undo gives back exactly the earlier state (the same objects).
 *
 * The state type is the caller's: rows alone, or `{ rows, renderings }` so text edits undo in the
 * same stack as row edits. The history is an immutable value (pure functions, fits `$state.raw`);
 * {@link EditHistory} wraps it for callers that prefer an object.
 *
 * @example
 * let h = createHistory(rows);
 * const r = mergeWithNext(h.present, 3);
 * if (r.ok) h = record(h, 'edit.op.merge', r.rows);
 * h = undo(h); // h.present === rows; undoLabel(h) === undefined, redoLabel(h) === 'edit.op.merge'
 */
import type { EditLabel } from './ops';

export const DEFAULT_HISTORY_DEPTH = 500;

export interface HistoryEntry<T> {
	/** Locale key naming the edit, for "Undo merge" / "Redo merge". */
	label: EditLabel;
	before: T;
	after: T;
}

export interface History<T> {
	readonly present: T;
	/** Oldest first; the last entry is the one `undo` reverts. */
	readonly past: readonly HistoryEntry<T>[];
	/** Nearest first; the first entry is the one `redo` re-applies. */
	readonly future: readonly HistoryEntry<T>[];
	readonly depth: number;
}

export function createHistory<T>(present: T, depth = DEFAULT_HISTORY_DEPTH): History<T> {
	return { present, past: [], future: [], depth: Math.max(0, Math.floor(depth)) };
}

/**
 * Records an edit that turned `present` into `after`. A new edit clears redo; beyond `depth`
 * the oldest entries are forgotten. Recording the same state (`after === present`) is a no-op.
 */
export function record<T>(history: History<T>, label: EditLabel, after: T): History<T> {
	if (after === history.present) return history;
	const entry: HistoryEntry<T> = { label, before: history.present, after };
	const past = [...history.past, entry];
	return {
		present: after,
		past: past.length > history.depth ? past.slice(past.length - history.depth) : past,
		future: [],
		depth: history.depth
	};
}

export function canUndo<T>(history: History<T>): boolean {
	return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
	return history.future.length > 0;
}

/** Label of the edit `undo` would revert, if any. */
export function undoLabel<T>(history: History<T>): EditLabel | undefined {
	return history.past[history.past.length - 1]?.label;
}

export function redoLabel<T>(history: History<T>): EditLabel | undefined {
	return history.future[0]?.label;
}

/** Steps back one edit; returns the history unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
	const entry = history.past[history.past.length - 1];
	if (!entry) return history;
	return {
		present: entry.before,
		past: history.past.slice(0, -1),
		future: [entry, ...history.future],
		depth: history.depth
	};
}

export function redo<T>(history: History<T>): History<T> {
	const entry = history.future[0];
	if (!entry) return history;
	return {
		present: entry.after,
		past: [...history.past, entry],
		future: history.future.slice(1),
		depth: history.depth
	};
}
