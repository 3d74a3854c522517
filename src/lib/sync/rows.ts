/**
 * Between the app's alignment (one rows array per article) and the server's row documents (one
 * per row, ordered by a fractional key). Writing only the rows that changed is what lets two
 * devices edit different rows of one article without ever touching the same document.
 */
import type { AlignmentRow } from '../core/types';
import { rowDocId, type DeletedDoc, type RowDoc } from './docs';
import { ORDER_KEY_SOFT_LIMIT, keysBetween } from './order';

/** Who writes, stamped on every document put. */
export interface Stamp {
	updatedBy: string;
	updatedAt: number;
	device: string;
}

export interface RowWrites {
	put: RowDoc[];
	deleted: DeletedDoc[];
}

export function docToRow(doc: RowDoc): AlignmentRow {
	return {
		id: doc.rowId,
		cells: { en: [...doc.cells.en], hy: [...doc.cells.hy], ru: [...doc.cells.ru] },
		status: doc.status,
		score: doc.score,
		flagged: doc.flagged,
		review: doc.review,
		missing: [...doc.missing],
		notes: doc.notes.map((note) => ({ ...note }))
	};
}

const byOrder = (a: RowDoc, b: RowDoc) =>
	a.order < b.order
		? -1
		: a.order > b.order
			? 1
			: a.rowId < b.rowId
				? -1
				: a.rowId > b.rowId
					? 1
					: 0;

/** The article's rows in order: by order key, ties (two devices inserted at one place) by id. */
export function docsToRows(docs: readonly RowDoc[]): AlignmentRow[] {
	return docs
		.filter((doc) => !doc._deleted)
		.sort(byOrder)
		.map(docToRow);
}

/** What a row says, in a fixed field order, to tell whether a document needs writing. */
export function rowContent(row: AlignmentRow | RowDoc): string {
	return JSON.stringify([
		row.cells.en,
		row.cells.hy,
		row.cells.ru,
		row.status,
		row.score,
		row.flagged,
		row.review,
		row.missing,
		row.notes.map((n) => [n.id, n.text, n.createdAt, n.updatedAt])
	]);
}

/** Indices (into `keys`) of a longest strictly increasing subsequence, in order. */
function longestIncreasing(keys: readonly string[]): number[] {
	const tails: number[] = [];
	const previous = new Array<number>(keys.length).fill(-1);
	keys.forEach((key, i) => {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (keys[tails[mid]] < key) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) previous[i] = tails[lo - 1];
		tails[lo] = i;
	});
	const out: number[] = [];
	for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) out.push(i);
	return out.reverse();
}

/**
 * Order keys for `rows`: a row that keeps its id keeps its key as long as keys stay in row order
 * (the most rows possible keep theirs); new or moved rows get keys between their neighbours'.
 * Should keys grow too long (thousands of inserts at one spot), every row is re-keyed evenly.
 */
export function orderKeys(rows: readonly AlignmentRow[], previous: ReadonlyMap<string, string>) {
	const known = rows.flatMap((row, i) => (previous.has(row.id) ? [i] : []));
	const kept = new Set(
		longestIncreasing(known.map((i) => previous.get(rows[i].id)!)).map((k) => known[k])
	);
	const keys: string[] = new Array(rows.length);
	let i = 0;
	while (i < rows.length) {
		if (kept.has(i)) {
			keys[i] = previous.get(rows[i].id)!;
			i++;
			continue;
		}
		let end = i;
		while (end < rows.length && !kept.has(end)) end++;
		const before = i > 0 ? keys[i - 1] : null;
		const after = end < rows.length ? previous.get(rows[end].id)! : null;
		keysBetween(before, after, end - i).forEach((key, k) => (keys[i + k] = key));
		i = end;
	}
	if (keys.some((key) => key.length > ORDER_KEY_SOFT_LIMIT))
		return keysBetween(null, null, rows.length);
	return keys;
}

/**
 * The documents to write so the server holds `rows` for the article: rows whose content or place
 * changed (with the previous document's `_rev`), and a deletion for every previous row gone.
 * Rows that did not change are not written at all.
 *
 * @example rowsToDocs('a1', rows, await rowDocsOf('a1'), { updatedBy: 'tom', updatedAt: now, device })
 */
export function rowsToDocs(
	articleId: string,
	rows: readonly AlignmentRow[],
	previousDocs: readonly RowDoc[],
	stamp: Stamp
): RowWrites {
	const live = previousDocs.filter((doc) => !doc._deleted && doc.articleId === articleId);
	const byRowId = new Map(live.map((doc) => [doc.rowId, doc]));
	const keys = orderKeys(rows, new Map(live.map((doc) => [doc.rowId, doc.order])));
	const put: RowDoc[] = [];
	rows.forEach((row, i) => {
		const old = byRowId.get(row.id);
		if (old && old.order === keys[i] && rowContent(old) === rowContent(row)) return;
		const doc: RowDoc = {
			_id: rowDocId(articleId, row.id),
			type: 'row',
			articleId,
			rowId: row.id,
			order: keys[i],
			cells: { en: [...row.cells.en], hy: [...row.cells.hy], ru: [...row.cells.ru] },
			status: row.status,
			score: row.score,
			flagged: row.flagged,
			review: row.review,
			missing: [...row.missing],
			notes: row.notes.map((note) => ({ ...note })),
			...stamp
		};
		if (old?._rev) doc._rev = old._rev;
		put.push(doc);
	});
	const stay = new Set(rows.map((row) => row.id));
	const deleted: DeletedDoc[] = live
		.filter((doc) => !stay.has(doc.rowId))
		.map((doc) => ({ _id: doc._id, ...(doc._rev ? { _rev: doc._rev } : {}), _deleted: true }));
	return { put, deleted };
}
