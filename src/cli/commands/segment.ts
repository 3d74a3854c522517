/**
 * `npm run --silent cli -- segment --lang en|hy|ru [--jsonl] [FILE]`
 *
 * Reads FILE (or stdin) and prints a JSON array of its trimmed sentences. The text is parsed
 * first, as an import would be: sentences never cross blank-line paragraph boundaries, and the
 * header, chrome and dateline prefix are not sentences.
 *
 * With `--jsonl`, every non-blank input line is a JSON string holding one text, and each output
 * line is the JSON array of that text's sentences, in the same order.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../lib/core/import/decode';
import { ImportError } from '../../lib/core/import/errors';
import { analyze } from '../../lib/core/segment/document';
import { isLang, type Lang } from '../../lib/core/types';

export const summary =
	'Print the sentences of a text (FILE or stdin) as a JSON array; --jsonl for many';

const USAGE = 'Usage: segment --lang en|hy|ru [--jsonl] [FILE]';

interface Args {
	lang: Lang;
	jsonl: boolean;
	file?: string;
}

export async function run(args: string[]): Promise<number> {
	const parsed = parseArgs(args);
	if (typeof parsed === 'string') {
		console.error(`${parsed}\n${USAGE}`);
		return 2;
	}
	let input: Uint8Array;
	try {
		input = parsed.file === undefined ? await readStdin() : readFileSync(parsed.file);
	} catch (err) {
		console.error(`${parsed.file ?? 'stdin'}: ${(err as Error).message}`);
		return 1;
	}
	return parsed.jsonl ? runJsonl(input, parsed.lang) : runText(input, parsed.lang, parsed.file);
}

function runText(input: Uint8Array, lang: Lang, file?: string): number {
	let text = '';
	try {
		text = input.length === 0 ? '' : decodeBytes(input).text;
	} catch (err) {
		// Blank input has no sentences; other decoding failures are errors.
		if (!(err instanceof ImportError)) throw err;
		if (err.code !== 'empty') {
			console.error(`${file ?? 'stdin'}: ${err.message}`);
			return 1;
		}
	}
	process.stdout.write(`${JSON.stringify(sentencesOf(text, lang))}\n`);
	return 0;
}

function runJsonl(input: Uint8Array, lang: Lang): number {
	const lines = new TextDecoder().decode(input).split('\n');
	const out: string[] = [];
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k].trim();
		if (line === '') continue;
		let text: unknown;
		try {
			text = JSON.parse(line);
		} catch {
			text = undefined;
		}
		if (typeof text !== 'string') {
			console.error(`line ${k + 1}: expected a JSON string`);
			return 1;
		}
		out.push(JSON.stringify(sentencesOf(text, lang)));
	}
	process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
	return 0;
}

function sentencesOf(text: string, lang: Lang): string[] {
	return analyze(text, lang).sentences.map((s) => text.slice(s.start, s.end));
}

function parseArgs(args: string[]): Args | string {
	let lang: string | undefined;
	let jsonl = false;
	let file: string | undefined;
	for (let k = 0; k < args.length; k++) {
		const arg = args[k];
		if (arg === '--jsonl') jsonl = true;
		else if (arg === '--lang') lang = args[++k];
		else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
		else if (arg === '-' && file === undefined) continue;
		else if (arg.startsWith('-')) return `Unknown option: ${arg}`;
		else if (file === undefined) file = arg;
		else return `Unexpected argument: ${arg}`;
	}
	if (!isLang(lang)) return lang === undefined ? 'Missing --lang' : `Unknown language: ${lang}`;
	return { lang, jsonl, ...(file !== undefined ? { file } : {}) };
}

async function readStdin(): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return new Uint8Array(Buffer.concat(chunks));
}
