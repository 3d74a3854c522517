/**
 * The input every exporter takes: alignment rows as sentence texts per language, detached from
 * the database so the CLI, a worker and the page can all build it.
 */
import { reportsByRow, type Report } from '../reports';
import { LANGS, isLang, type Alignment, type Lang, type Rendering, type RowStatus } from '../types';
import { sentenceText } from '../rendering';
import { trimXmlSpace } from './xml';

/** One alignment row as exported: the sentence texts of each language, in document order. */
export interface ExportRow {
	/** The alignment row id; becomes the TMX `tuid`. */
	id: string;
	texts: Partial<Record<Lang, string[]>>;
	status?: RowStatus;
	score?: number;
	flagged?: boolean;
	review?: boolean;
	missing?: Lang[];
	notes?: string[];
	/** Readers' reports on the row (TMX: a `<note>` and `x-report-*` props each). */
	reports?: ExportReport[];
}

/** A reader's report as exported. */
export type ExportReport = Pick<
	Report,
	'id' | 'author' | 'reason' | 'comment' | 'createdAt' | 'state' | 'resolution'
>;

/**
 * What to do with a row that has no text in one of the exported languages.
 * - `keep` (default): write the languages that are present; nothing the translator aligned is
 *   dropped, and export → import → export is lossless.
 * - `skip`: leave the row out, for tools that reject a translation unit without every language.
 *
 * Rows with no text in any exported language are always left out (a TMX `<tu>` needs a `<tuv>`).
 */
export type EmptySides = 'skip' | 'keep';

export const DEFAULT_EMPTY_SIDES: EmptySides = 'keep';

export interface ExportOptions {
	rows: readonly ExportRow[];
	/** Columns / languages to export, in order; defaults to all three. Two make a pair file. */
	langs?: readonly Lang[];
	empty?: EmptySides;
}

/** The language pairs written for tools that only take two languages. */
export const PAIRS = [
	['en', 'hy'],
	['en', 'ru'],
	['hy', 'ru']
] as const satisfies ReadonlyArray<readonly [Lang, Lang]>;

/** `parsePair('en-hy')` → `['en', 'hy']`; `undefined` for anything that is not two languages. */
export function parsePair(value: string): [Lang, Lang] | undefined {
	const [a, b, ...rest] = value.toLowerCase().split(/[-_]/);
	return rest.length === 0 && isLang(a) && isLang(b) && a !== b ? [a, b] : undefined;
}

/** A row ready to write: per exported language the trimmed, non-empty sentences. */
export interface SelectedRow {
	row: ExportRow;
	sentences: Partial<Record<Lang, string[]>>;
	present: Lang[];
}

export function checkLangs(langs: readonly Lang[] | undefined): readonly Lang[] {
	const list = langs ?? LANGS;
	if (list.length === 0 || new Set(list).size !== list.length || !list.every(isLang)) {
		throw new RangeError(`Export languages must be distinct values of ${LANGS.join(', ')}`);
	}
	return list;
}

/**
 * Applies the empty-side rule. Each sentence is cleaned (the TMX writer removes characters XML
 * cannot carry), trimmed of XML white space, and dropped when empty, so a cell is its sentences
 * joined by single spaces with nothing ambiguous at the joins.
 */
export function selectRows(
	rows: readonly ExportRow[],
	langs: readonly Lang[],
	empty: EmptySides = DEFAULT_EMPTY_SIDES,
	clean: (text: string) => string = (text) => text
): SelectedRow[] {
	const out: SelectedRow[] = [];
	for (const row of rows) {
		const sentences: Partial<Record<Lang, string[]>> = {};
		const present: Lang[] = [];
		for (const lang of langs) {
			const list = (row.texts[lang] ?? [])
				.map((s) => trimXmlSpace(clean(s)))
				.filter((s) => s !== '');
			if (list.length > 0) {
				sentences[lang] = list;
				present.push(lang);
			}
		}
		if (present.length === 0 || (empty === 'skip' && present.length < langs.length)) continue;
		out.push({ row, sentences, present });
	}
	return out;
}

/**
 * Builds exporter input from an article's renderings and its alignment. A sentence's text is the
 * translator's correction when there is one, else the slice of the verbatim original.
 *
 * @example toTmx({ rows: rowsFromAlignment(renderings, alignment), langs: ['en', 'hy'] })
 */
export function rowsFromAlignment(
	renderings: readonly Rendering[],
	alignment: Alignment,
	/** The article's reports: each goes on the row now holding its sentences. */
	reports: readonly Report[] = []
): ExportRow[] {
	const located = reportsByRow(
		alignment.rows,
		reports.filter((r) => r.articleId === alignment.articleId)
	).byRow;
	const textById = new Map<Lang, Map<string, string>>();
	for (const r of renderings) {
		if (r.articleId !== alignment.articleId) continue;
		const map = new Map<string, string>();
		for (const s of r.sentences) map.set(s.id, sentenceText(r, s));
		textById.set(r.lang, map);
	}
	return alignment.rows.map((row, index) => {
		const texts: Partial<Record<Lang, string[]>> = {};
		for (const lang of LANGS) {
			const map = textById.get(lang);
			const list = (row.cells[lang] ?? []).flatMap((id) => {
				const text = map?.get(id);
				return text === undefined ? [] : [text];
			});
			if (list.length > 0) texts[lang] = list;
		}
		return {
			id: row.id,
			texts,
			status: row.status,
			score: row.score,
			flagged: row.flagged,
			review: row.review,
			missing: [...row.missing],
			notes: row.notes.map((n) => n.text),
			...(located.has(index) && {
				reports: located.get(index)!.map(({ report }) => exportReport(report))
			})
		};
	});
}

function exportReport(report: Report): ExportReport {
	const { id, author, reason, comment, createdAt, state, resolution } = report;
	return resolution
		? { id, author, reason, comment, createdAt, state, resolution: { ...resolution } }
		: { id, author, reason, comment, createdAt, state };
}
