/**
 * The whole import of one file, short of storing it: bytes → verbatim text → language check →
 * blocks → sentences. Pure and synchronous (hashing included), so the import page can analyse a
 * dropped file at once and a worker can run it unchanged.
 */
import { analyze } from '../segment/document';
import type { Lang, ParsedDocument, SentenceSpan, SourceEncoding } from '../types';
import { TEXT_BLOCK_KINDS } from '../types';
import { parseDocument } from '../parse/parse';
import { decodeBytes } from './decode';
import { detectLanguage, scriptShare, type DetectedLanguage } from './detect-language';
import { ImportError } from './errors';
import { extractHtmlText } from './html';
import { sha256HexSync } from './sha256';

export interface PrepareImportOptions {
	/** The picked file's name; `.html`/`.htm` files are read as HTML pages. */
	fileName?: string;
	/** The language column the file is imported into; a clearly different text is refused. */
	expectLang?: Lang;
}

export interface PreparedImport {
	/** The verbatim text to store as the rendering's `original`. */
	text: string;
	encoding: SourceEncoding;
	/** The imported bytes, for encodings whose bytes are worth keeping as they came (UTF-16, 1251). */
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
 * Prepares an imported file for the library. Throws {@link ImportError} with code `empty`,
 * `too-large`, `binary`, `invalid-encoding`, `no-text`, `wrong-language` or `unknown-language`.
 *
 * For an HTML page the stored original is the extracted article text (UTF-8), not the page:
 * the page's markup is not part of the rendering, and keeping the extracted text keeps the
 * rule that exporting the original gives back exactly the bytes `sha256` fingerprints.
 *
 * @example
 * const prepared = prepareImport(new Uint8Array(await file.arrayBuffer()), {
 * 	fileName: file.name,
 * 	expectLang: 'hy'
 * });
 */
export function prepareImport(bytes: Uint8Array, opts: PrepareImportOptions = {}): PreparedImport {
	const decoded = decodeBytes(bytes);
	const fromHtml = HTML_NAME.test(opts.fileName ?? '') || HTML_START.test(decoded.text);
	const text = fromHtml ? extractHtmlText(decoded.text) : decoded.text;
	const encoding: SourceEncoding = fromHtml ? 'utf-8' : decoded.encoding;

	const body = readableText(text);
	const detected = detectLanguage(body);
	if (!/\p{L}/u.test(body)) {
		throw new ImportError('no-text', 'The file holds no readable text');
	}
	const lang = chooseLang(body, detected, opts.expectLang);
	const { doc, sentences } = analyze(text, lang);
	if (sentences.length === 0) throw new ImportError('no-text', 'The file holds no readable text');

	const keepBytes =
		!fromHtml &&
		(encoding === 'utf-16le' || encoding === 'utf-16be' || encoding === 'windows-1251');
	return {
		text,
		encoding,
		...(keepBytes ? { originalBytes: bytes.slice() } : {}),
		sha256: sha256HexSync(fromHtml ? new TextEncoder().encode(text) : bytes),
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
