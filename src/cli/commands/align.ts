/**
 * `npm run --silent cli -- align [--lines] en=FILE hy=FILE ru=FILE [--format json|tsv|tmx]`
 *
 * Aligns two renderings (one pair) or three (jointly) and prints the rows to stdout.
 * - With `--lines`, every line of a file is one unit, already segmented (hunalign's
 *   convention; a final newline does not start another unit). Without it, each file is parsed
 *   and segmented as an import would be, and units carry their block and kind.
 * - `json` (default): `{"rows":[{"en":[0],"hy":[0],"ru":[0],"score":0.97},…]}`, 0-based unit
 *   indices, only the languages given.
 * - `tsv`: one line per row, one column per language given (in en, hy, ru order), the row's
 *   units joined by a space; backslash, tab, LF and CR inside text written as `\\`, `\t`, `\n`,
 *   `\r`. No header line, so line k is row k.
 * - `tmx`: TMX 1.4b from the export module, rows under the review threshold marked for review.
 */
import { readFileSync } from 'node:fs';
import { alignUnitsOf } from '../../lib/core/rendering';
import { alignUnits, isAlignError, REVIEW_THRESHOLD, type AlignUnit } from '../../lib/core/align';
import { escapeTsv } from '../../lib/core/export/tsv';
import { decodeBytes } from '../../lib/core/import/decode';
import { ImportError } from '../../lib/core/import/errors';
import { analyze } from '../../lib/core/segment/document';
import { isLang, LANGS, type IndexRow, type Lang } from '../../lib/core/types';

export const summary =
	'Align two or three renderings (en=FILE hy=FILE ru=FILE) as JSON, TSV or TMX';

const USAGE =
	'Usage: align [--lines] en=FILE hy=FILE ru=FILE [--format json|tsv|tmx]\n' +
	'       (two files align one pair, three align jointly)';

const FORMATS = ['json', 'tsv', 'tmx'] as const;
type Format = (typeof FORMATS)[number];

interface Args {
	lines: boolean;
	format: Format;
	files: Partial<Record<Lang, string>>;
}

function parseArgs(args: string[]): Args | string {
	const out: Args = { lines: false, format: 'json', files: {} };
	for (let k = 0; k < args.length; k++) {
		const arg = args[k];
		if (arg === '--lines') out.lines = true;
		else if (arg === '--format' || arg.startsWith('--format=')) {
			const value = arg === '--format' ? args[++k] : arg.slice('--format='.length);
			if (!(FORMATS as readonly string[]).includes(value ?? '')) return `Unknown format: ${value}`;
			out.format = value as Format;
		} else if (/^[a-z]+=/.test(arg)) {
			const [lang, ...rest] = arg.split('=');
			const file = rest.join('=');
			if (!isLang(lang)) return `Unknown language: ${lang} (expected en, hy or ru)`;
			if (out.files[lang]) return `${lang} given twice`;
			if (!file) return `No file for ${lang}`;
			out.files[lang] = file;
		} else return `Unexpected argument: ${arg}`;
	}
	if (Object.keys(out.files).length < 2) return 'Give at least two files';
	return out;
}

/** Units of one file: its lines, or its sentences with their blocks. */
export function unitsOf(text: string, lang: Lang, lines: boolean): AlignUnit[] {
	if (lines) {
		const all = text.split(/\r?\n/);
		if (all.length > 1 && all[all.length - 1] === '') all.pop();
		return all.map((line) => ({ text: line }));
	}
	const { doc, sentences } = analyze(text, lang);
	return alignUnitsOf({ original: text, blocks: doc.blocks, sentences });
}

/** JSON with the languages first (in canonical order) and the score last, as documented. */
export function toJson(rows: IndexRow[], langs: Lang[]): string {
	const ordered = rows.map((row) => {
		const out: Record<string, unknown> = {};
		for (const lang of langs) out[lang] = row[lang] ?? [];
		out.score = row.score;
		return out;
	});
	return `${JSON.stringify({ rows: ordered })}\n`;
}

export function toTsvLines(
	rows: IndexRow[],
	langs: Lang[],
	units: Partial<Record<Lang, AlignUnit[]>>
): string {
	return rows
		.map((row) =>
			langs
				.map((lang) => escapeTsv((row[lang] ?? []).map((u) => units[lang]![u].text).join(' ')))
				.join('\t')
		)
		.map((line) => `${line}\n`)
		.join('');
}

async function toTmxText(
	rows: IndexRow[],
	langs: Lang[],
	units: Partial<Record<Lang, AlignUnit[]>>
): Promise<string | undefined> {
	let tmx: typeof import('../../lib/core/export/tmx');
	try {
		tmx = await import('../../lib/core/export/tmx');
	} catch {
		return undefined;
	}
	return tmx.toTmx({
		langs,
		rows: rows.map((row, k) => ({
			id: `r${k + 1}`,
			texts: Object.fromEntries(
				langs.map((lang) => [lang, (row[lang] ?? []).map((u) => units[lang]![u].text)])
			),
			status: 'auto',
			score: row.score,
			review: row.score < REVIEW_THRESHOLD
		}))
	});
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`${parsed}\n${USAGE}`);
		return 2;
	}
	const langs = LANGS.filter((l) => parsed.files[l]);
	const units: Partial<Record<Lang, AlignUnit[]>> = {};
	for (const lang of langs) {
		const file = parsed.files[lang]!;
		try {
			units[lang] = unitsOf(decodeBytes(readFileSync(file)).text, lang, parsed.lines);
		} catch (err) {
			if (err instanceof ImportError || (err as NodeJS.ErrnoException).code) {
				console.error(`${file}: ${(err as Error).message}`);
				return 1;
			}
			throw err;
		}
	}
	let rows: IndexRow[];
	try {
		rows = alignUnits(units);
	} catch (err) {
		if (isAlignError(err)) {
			console.error(err.message);
			return 1;
		}
		throw err;
	}
	if (parsed.format === 'json') process.stdout.write(toJson(rows, langs));
	else if (parsed.format === 'tsv') process.stdout.write(toTsvLines(rows, langs, units));
	else {
		const text = await toTmxText(rows, langs, units);
		if (text === undefined) {
			console.error(
				'TMX export is not available: src/lib/core/export/tmx.ts could not be loaded. ' +
					'Use --format json or --format tsv.'
			);
			return 1;
		}
		process.stdout.write(text);
	}
	return 0;
}
