/**
 * TSV export: a header line with the language codes, then one line per alignment row with one
 * column per language (the row's sentences joined by single spaces). Inside a cell, backslash,
 * tab, LF and CR are written as `\\`, `\t`, `\n` and `\r`, so every row is exactly one line.
 */
import { isLang, type Lang } from '../types';
import { checkLangs, selectRows, type ExportOptions } from './rows';

/**
 * @example
 * toTsv({ rows: [{ id: 'r1', texts: { en: ['A\tB'], ru: ['В'] } }], langs: ['en', 'ru'] })
 * // → 'en\tru\nA\\tB\tВ\n'
 */
export function toTsv(options: ExportOptions): string {
	const langs = checkLangs(options.langs);
	const lines = [langs.join('\t')];
	for (const { sentences } of selectRows(options.rows, langs, options.empty)) {
		lines.push(langs.map((lang) => escapeTsv((sentences[lang] ?? []).join(' '))).join('\t'));
	}
	return lines.join('\n') + '\n';
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const TSV_UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function escapeTsv(text: string): string {
	return text.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]);
}

/** Reverses {@link escapeTsv}; an unknown escape such as `\x` is kept as written. */
export function unescapeTsv(text: string): string {
	return text.replace(/\\(.)/gs, (all, c: string) => TSV_UNESCAPES[c] ?? all);
}

/**
 * Reads a file written by {@link toTsv}: the header names the columns, each later non-empty
 * line is a row. Throws a `SyntaxError` when the header is not a list of distinct languages.
 */
export function parseTsv(text: string): {
	langs: Lang[];
	rows: Array<Partial<Record<Lang, string>>>;
} {
	const [head, ...lines] = text.replace(/\r?\n$/, '').split(/\r?\n/);
	const langs = head.split('\t');
	if (!langs.every(isLang) || new Set(langs).size !== langs.length) {
		throw new SyntaxError(`TSV header must list languages, got: ${head}`);
	}
	const rows = lines
		.filter((line) => line !== '')
		.map((line) => {
			const cells = line.split('\t');
			const row: Partial<Record<Lang, string>> = {};
			langs.forEach((lang, i) => {
				const cell = unescapeTsv(cells[i] ?? '');
				if (cell !== '') row[lang] = cell;
			});
			return row;
		});
	return { langs, rows };
}
