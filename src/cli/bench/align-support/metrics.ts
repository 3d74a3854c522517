/**
 * Alignment quality against a reference. Link F1 counts, for every pair of languages, the
 * sentence pairs two rows put together (a sentence whose row has nothing in the other language
 * is linked to "nothing", so dropped and extra sentences count too). Exact-row F1 counts rows
 * that match a reference row in every language.
 */
import { LANGS, type IndexRow, type Lang } from '../../../lib/core/types';

export interface F1 {
	precision: number;
	recall: number;
	f1: number;
}

function langsOf(rows: readonly IndexRow[]): Lang[] {
	return LANGS.filter((l) => rows.some((r) => r[l] !== undefined));
}

function f1(hits: number, predicted: number, expected: number): F1 {
	const precision = predicted ? hits / predicted : expected ? 0 : 1;
	const recall = expected ? hits / expected : predicted ? 0 : 1;
	const sum = precision + recall;
	return { precision, recall, f1: sum ? (2 * precision * recall) / sum : 0 };
}

/** The links of a set of rows, as strings such as `en3-hy4` or `en3-hy_`. */
export function links(
	rows: readonly IndexRow[],
	langs: readonly Lang[] = langsOf(rows)
): Set<string> {
	const out = new Set<string>();
	for (const row of rows) {
		for (let x = 0; x < langs.length; x++) {
			for (let y = x + 1; y < langs.length; y++) {
				const a = row[langs[x]] ?? [];
				const b = row[langs[y]] ?? [];
				const ax = a.length ? a.map(String) : ['_'];
				const by = b.length ? b.map(String) : ['_'];
				if (!a.length && !b.length) continue;
				for (const i of ax) for (const j of by) out.add(`${langs[x]}${i}-${langs[y]}${j}`);
			}
		}
	}
	return out;
}

/** Link precision, recall and F1 of `predicted` against `reference`. */
export function linkF1(
	predicted: readonly IndexRow[],
	reference: readonly IndexRow[],
	langs: readonly Lang[] = langsOf(reference)
): F1 {
	const p = links(predicted, langs);
	const g = links(reference, langs);
	let hits = 0;
	for (const link of p) if (g.has(link)) hits++;
	return f1(hits, p.size, g.size);
}

function rowKey(row: IndexRow, langs: readonly Lang[]): string {
	return langs.map((l) => `${l}:${(row[l] ?? []).join(',')}`).join('|');
}

/** Exact-row precision, recall and F1 of `predicted` against `reference`. */
export function rowF1(
	predicted: readonly IndexRow[],
	reference: readonly IndexRow[],
	langs: readonly Lang[] = langsOf(reference)
): F1 {
	const g = new Set(reference.map((r) => rowKey(r, langs)));
	let hits = 0;
	for (const row of predicted) if (g.has(rowKey(row, langs))) hits++;
	return f1(hits, predicted.length, reference.length);
}

/**
 * Whether rows are a valid alignment of documents with the given sizes: every unit exactly once,
 * in order. Returns a description of the first problem, or `undefined`.
 */
export function checkRows(
	rows: readonly IndexRow[],
	sizes: Partial<Record<Lang, number>>
): string | undefined {
	for (const lang of LANGS) {
		const size = sizes[lang];
		if (size === undefined) continue;
		let next = 0;
		for (const row of rows) {
			for (const u of row[lang] ?? []) {
				if (u !== next) return `${lang}: expected unit ${next}, got ${u}`;
				next++;
			}
		}
		if (next !== size) return `${lang}: ${next} of ${size} units aligned`;
	}
	if (rows.some((r) => LANGS.every((l) => (r[l] ?? []).length === 0))) return 'empty row';
	return undefined;
}

/**
 * Reference rows for a subset of languages: each row restricted to `langs`, rows left empty
 * dropped, and rows with the same number of sentences in every language split into 1-1 rows
 * (a three-way 2-2-1 row is, between the first two languages, two 1-1 rows: translators keep
 * sentence order), as are rows with sentences in one language only.
 */
export function projectRows(rows: readonly IndexRow[], langs: readonly Lang[]): IndexRow[] {
	const out: IndexRow[] = [];
	for (const row of rows) {
		const cells = langs.map((l) => row[l] ?? []);
		if (cells.every((c) => c.length === 0)) continue;
		const filled = cells.filter((c) => c.length > 0);
		const n = filled[0].length;
		// n-n rows, and rows with only one language, are n rows between these languages.
		const split =
			n > 1 &&
			filled.every((c) => c.length === n) &&
			(filled.length === 1 || filled.length === cells.length);
		for (let k = 0; k < (split ? n : 1); k++) {
			const part: IndexRow = { score: row.score };
			langs.forEach(
				(l, x) => (part[l] = !split ? [...cells[x]] : cells[x].length ? [cells[x][k]] : [])
			);
			out.push(part);
		}
	}
	return out;
}
