/**
 * `npm run --silent cli -- parse FILE`
 *
 * Prints the blocks of a rendering file as one line of JSON:
 * `{"blocks":[{"kind":"header","start":0,"end":22,"text":"Մատչելիության հղումներ"},…]}`.
 * Offsets are UTF-16 code units into the decoded text; `text` is the block's slice of it.
 */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../lib/core/import/decode';
import { ImportError } from '../../lib/core/import/errors';
import { parseDocument } from '../../lib/core/parse/parse';

export const summary =
	'Print the blocks (header, title, captions, paragraphs…) of a text file as JSON';

const USAGE = 'Usage: parse FILE';

export async function run(args: string[]): Promise<number> {
	if (args.length !== 1 || args[0].startsWith('-')) {
		console.error(USAGE);
		return 2;
	}
	const file = args[0];
	let text: string;
	try {
		text = decodeBytes(readFileSync(file)).text;
	} catch (err) {
		if (err instanceof ImportError || (err as NodeJS.ErrnoException).code) {
			console.error(`${file}: ${(err as Error).message}`);
			return 1;
		}
		throw err;
	}
	const blocks = parseDocument(text).blocks.map((b) => ({
		kind: b.kind,
		start: b.start,
		end: b.end,
		text: text.slice(b.start, b.end)
	}));
	process.stdout.write(`${JSON.stringify({ blocks })}\n`);
	return 0;
}
