/**
 * `npm run --silent cli -- export BACKUP.json [--article ID] [--format tmx|tsv|json]
 *  [--pair en-hy] [--empty skip|keep] [--date ISO]`
 *
 * Writes one article of a backup file to stdout; without `--article`, lists the articles.
 */
import { readFileSync } from 'node:fs';
import { BackupError, parseBackup, type LibrarySnapshot } from '../../lib/core/backup/backup';
import {
	exportAlignment,
	isExportFormat,
	parsePair,
	rowsFromAlignment,
	type EmptySides,
	type TmxOptions
} from '../../lib/core/export';
import { LANGS } from '../../lib/core/types';

export const summary =
	'Export an article of a backup as TMX, TSV or JSON (lists articles without --article)';

const USAGE =
	'Usage: export BACKUP.json [--article ID] [--format tmx|tsv|json] [--pair en-hy|en-ru|hy-ru]\n' +
	'                          [--empty skip|keep] [--date ISO-DATE]';

const VALUE_OPTIONS = ['article', 'format', 'pair', 'empty', 'date'] as const;
type Option = (typeof VALUE_OPTIONS)[number];

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`${parsed}\n${USAGE}`);
		return 2;
	}
	const { file, options } = parsed;
	const format = options.format ?? 'tmx';
	if (!isExportFormat(format)) return usageError(`Unknown format: ${format}`);
	const langs = options.pair === undefined ? LANGS : parsePair(options.pair);
	if (!langs) return usageError(`Not a language pair: ${options.pair}`);
	const empty = options.empty ?? 'keep';
	if (empty !== 'skip' && empty !== 'keep') return usageError(`--empty takes skip or keep`);

	let snapshot: LibrarySnapshot;
	try {
		snapshot = parseBackup(readFileSync(file, 'utf8'));
	} catch (err) {
		if (err instanceof BackupError || (err as NodeJS.ErrnoException).code) {
			console.error(`${file}: ${(err as Error).message}`);
			return 1;
		}
		throw err;
	}

	if (options.article === undefined) {
		process.stdout.write(listArticles(snapshot));
		return 0;
	}
	const alignment = snapshot.alignments.find((a) => a.articleId === options.article);
	if (!alignment) {
		const known = snapshot.articles.some((a) => a.id === options.article);
		console.error(
			`${known ? 'No alignment for article' : 'No article'} ${options.article} in ${file}`
		);
		return 1;
	}
	const exportOptions: TmxOptions = {
		rows: rowsFromAlignment(snapshot.renderings, alignment, snapshot.reports),
		langs,
		empty: empty as EmptySides,
		...(options.date ? { creationDate: options.date } : {})
	};
	try {
		process.stdout.write(exportAlignment(format, exportOptions).text);
	} catch (err) {
		if (err instanceof RangeError) return usageError(err.message);
		throw err;
	}
	return 0;
}

function usageError(message: string): number {
	console.error(`${message}\n${USAGE}`);
	return 2;
}

function parseArgs(
	args: string[]
): { file: string; options: Partial<Record<Option, string>> } | string {
	const options: Partial<Record<Option, string>> = {};
	const positional: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (!arg.startsWith('--')) {
			positional.push(arg);
			continue;
		}
		const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
		if (!(VALUE_OPTIONS as readonly string[]).includes(name)) return `Unknown option: ${arg}`;
		const value = inline ?? args[++i];
		if (value === undefined) return `Missing value for --${name}`;
		options[name as Option] = value;
	}
	if (positional.length !== 1) return 'Expected one backup file';
	return { file: positional[0], options };
}

/** One line per article: id, origin, languages, row count, title. */
function listArticles(snapshot: LibrarySnapshot): string {
	const lines = ['id\torigin\tlangs\trows\ttitle'];
	for (const article of [...snapshot.articles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
		const renderings = snapshot.renderings.filter((r) => r.articleId === article.id);
		const langs = LANGS.filter((l) => renderings.some((r) => r.lang === l));
		const rows = snapshot.alignments.find((a) => a.articleId === article.id)?.rows.length ?? 0;
		const title = (renderings.find((r) => r.lang === 'en') ?? renderings[0])?.title.text ?? '';
		lines.push(
			[article.id, article.origin, langs.join(' '), rows, title.replace(/\s+/g, ' ')].join('\t')
		);
	}
	return lines.join('\n') + '\n';
}
