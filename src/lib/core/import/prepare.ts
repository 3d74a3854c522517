/**
 * The whole import of one file, short of storing it: bytes → verbatim text → language check →
 * blocks → sentences → fingerprint. Pure (Web Crypto hashes, so it is asynchronous); the app
 * runs it in a worker (`src/lib/workers/import-client.ts`), the CLI and tests call it directly.
 */
import { analyze } from '../segment/document';
import type {
	Lang,
	ParsedDocument,
	SentenceSpan,
	SingleByteEncoding,
	SourceEncoding
} from '../types';
import { TEXT_BLOCK_KINDS } from '../types';
import { parseDocument } from '../parse/parse';
import { sha256Hex } from '../hash';
import { decodeBytes } from './decode';
import { detectLanguage, scriptShare, type DetectedLanguage } from './detect-language';
import { ImportError } from './errors';
import { extractHtmlText } from './html';
import { latinLanguage } from './latin-language';

export interface PrepareImportOptions {
	/** The picked file's name; `.html`/`.htm` files are read as HTML pages. */
	fileName?: string;
	/** The language column the file is imported into; a clearly different text is refused. */
	expectLang?: Lang;
	/**
	 * The user said this Latin-script text is English: skip the check that refuses French,
	 * German, … as `unsupported-language`.
	 */
	acceptOtherLatin?: boolean;
	/** The code page the user chose after an `unknown-encoding` error. */
	encoding?: SingleByteEncoding;
}

export interface PreparedImport {
	/** The verbatim text to store as the rendering's `original`. */
	text: string;
	encoding: SourceEncoding;
	/** The imported bytes, for encodings whose bytes are worth keeping as they came (UTF-16, 1251/2). */
	originalBytes?: Uint8Array;
	/** Hex SHA-256 of the bytes `original` stands for (see `prepareImport`). */
	sha256: string;
	lang: Lang;
	/** What the script counts said, for the UI to show next to the chosen language. */
	detected: DetectedLanguage;
	/** True when the text was extracted from an HTML page. */
	fromHtml: boolean;
	doc: ParsedDocument;
	sentences: SentenceSpan[];
}

/** A text is refused as wrong-language when under a quarter of its letters are in the expected script. */
const WRONG_LANGUAGE_MAX_SHARE = 0.25;

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/**
 * Prepares an imported file for the library. Rejects with {@link ImportError}: the decoding
 * codes of `decodeBytes`, `no-text`, `wrong-language`, `unknown-language` or
 * `unsupported-language` (Latin script but not English, unless `acceptOtherLatin`).
 *
 * For an HTML page the stored original is the extracted article text (UTF-8), not the page:
 * the page's markup is not part of the rendering, and keeping the extracted text keeps the
 * rule that exporting the original gives back exactly the bytes `sha256` fingerprints.
 *
 * @example
 * const prepared = await prepareImport(new Uint8Array(await file.arrayBuffer()), {
 * 	fileName: file.name,
 * 	expectLang: 'hy'
 * });
 */
export async function prepareImport(
	bytes: Uint8Array,
	opts: PrepareImportOptions = {}
): Promise<PreparedImport> {
	const decoded = decodeBytes(bytes, { encoding: opts.encoding });
	const fromHtml = HTML_NAME.test(opts.fileName ?? '') || HTML_START.test(decoded.text);
	const text = fromHtml ? extractHtmlText(decoded.text) : decoded.text;
	const encoding: SourceEncoding = fromHtml ? 'utf-8' : decoded.encoding;

	const body = readableText(text);
	const detected = detectLanguage(body);
	if (!/\p{L}/u.test(body)) {
		throw new ImportError('no-text', 'The file holds no readable text');
	}
	const lang = chooseLang(body, detected, opts.expectLang);
	if (lang === 'en' && !opts.acceptOtherLatin && latinLanguage(body) !== 'en') {
		throw new ImportError(
			'unsupported-language',
			'The text is not in English, Armenian or Russian'
		);
	}
	const { doc, sentences } = analyze(text, lang);
	if (sentences.length === 0) throw new ImportError('no-text', 'The file holds no readable text');

	const keepBytes =
		!fromHtml &&
		(encoding === 'utf-16le' ||
			encoding === 'utf-16be' ||
			encoding === 'windows-1251' ||
			encoding === 'windows-1252');
	return {
		text,
		encoding,
		...(keepBytes ? { originalBytes: bytes.slice() } : {}),
		sha256: await sha256Hex(fromHtml ? new TextEncoder().encode(text) : bytes),
		lang,
		detected,
		fromHtml,
		doc,
		sentences
	};
}

/** The text blocks only: the Armenian header on every page must not sway the detection. */
function readableText(text: string): string {
	const doc = parseDocument(text, 'en');
	return doc.blocks
		.filter((b) => TEXT_BLOCK_KINDS.includes(b.kind))
		.map((b) => text.slice(b.start, b.end))
		.join('\n');
}

function chooseLang(body: string, detected: DetectedLanguage, expected?: Lang): Lang {
	if (expected === undefined) {
		if (detected.lang === null) {
			throw new ImportError('unknown-language', 'Could not tell the language of the text');
		}
		return detected.lang;
	}
	// Clearly another language: little of the text is in the expected script (a Greek text is
	// refused for English too, though it is none of the library's languages).
	const clearlyOther =
		detected.lang !== expected && scriptShare(body, expected) < WRONG_LANGUAGE_MAX_SHARE;
	if (clearlyOther) {
		const other = detected.lang ?? undefined;
		throw new ImportError('wrong-language', `The text is not in ${expected}`, {
			expected,
			...(other ? { detected: other } : {})
		});
	}
	return expected;
}
