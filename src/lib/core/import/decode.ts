/**
 * Bytes ↔ text for imported renderings. Decoding is the platform's `TextDecoder` (every runtime
 * the core runs in has UTF-16 and the single-byte code pages); this module only decides which
 * encoding the bytes are in. Decoding keeps everything, a BOM included (as U+FEFF), and never
 * normalises, so {@link encodeOriginal} gives back the exact imported bytes.
 */
import type { SingleByteEncoding, SourceEncoding } from '../types';
import { ImportError } from './errors';

/** The largest file the importer accepts. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The code pages a user can choose when the importer cannot tell them apart. */
export const SINGLE_BYTE_ENCODINGS: readonly SingleByteEncoding[] = [
	'windows-1251',
	'windows-1252'
];

/**
 * Magic numbers of files people drop by mistake: PNG, JPEG, GIF, ZIP (docx, epub), PDF, …
 * Formats whose magic is plain letters a text could start with (BMP's "BM") are left to the
 * NUL-byte and control-character checks.
 */
const MAGIC: readonly (readonly number[])[] = [
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x47, 0x49, 0x46, 0x38], // GIF8
	[0x50, 0x4b, 0x03, 0x04], // ZIP
	[0x50, 0x4b, 0x05, 0x06], // empty ZIP
	[0x25, 0x50, 0x44, 0x46], // %PDF
	[0x1f, 0x8b], // gzip
	[0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
	[0x7f, 0x45, 0x4c, 0x46], // ELF
	[0xd0, 0xcf, 0x11, 0xe0] // MS Office 97 (doc, xls)
];

export interface DecodedText {
	text: string;
	encoding: SourceEncoding;
}

export interface DecodeOptions {
	/** The code page the user chose after an `unknown-encoding` error; used when not UTF-8. */
	encoding?: SingleByteEncoding;
}

/**
 * Decodes an imported file: UTF-8 with or without BOM, UTF-16 LE/BE with a BOM or recognised by
 * its zero bytes, or — when the bytes are not UTF-8 — Russian windows-1251 or Western
 * windows-1252 (ISO-8859-1), whichever the letters make plausible. Throws {@link ImportError}
 * `empty`, `too-large`, `binary`, `nul-bytes`, `invalid-encoding` or `unknown-encoding` (the
 * code pages are both implausible or both plausible: the user chooses, `opts.encoding`).
 *
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))
 * // → { text: '\uFEFFA', encoding: 'utf-8-bom' }
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedText {
	if (bytes.length === 0) throw new ImportError('empty', 'The file is empty');
	if (bytes.length > MAX_IMPORT_BYTES) {
		throw new ImportError('too-large', `The file is larger than ${MAX_IMPORT_BYTES} bytes`, {
			size: bytes.length,
			limit: MAX_IMPORT_BYTES
		});
	}
	const decoded = decodeByBom(bytes) ?? decodeWithoutBom(bytes, opts);
	checkText(decoded.text);
	return decoded;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	if (bytes.length < prefix.length) return false;
	return prefix.every((b, i) => bytes[i] === b);
}

/** Strict decoding: null when the bytes are not valid in `encoding`. */
function tryDecode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		const text = tryDecode(bytes, 'utf-8');
		if (text === null) throw new ImportError('invalid-encoding', 'The file is not valid UTF-8');
		return { text, encoding: 'utf-8-bom' };
	}
	// FF FE 00 00 is UTF-32 LE, which the library does not take.
	const le = startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]);
	const be = startsWith(bytes, [0xfe, 0xff]);
	if (!le && !be) return null;
	const encoding = le ? 'utf-16le' : 'utf-16be';
	const text = tryDecode(bytes, encoding);
	if (text === null) {
		throw new ImportError('invalid-encoding', 'Truncated UTF-16, or an unpaired surrogate');
	}
	return { text, encoding };
}

function decodeWithoutBom(bytes: Uint8Array, opts: DecodeOptions): DecodedText {
	if (MAGIC.some((magic) => startsWith(bytes, magic))) {
		throw new ImportError('binary', 'The file is not a text file');
	}
	if (bytes.includes(0)) {
		const utf16 = sniffUtf16(bytes);
		if (utf16) return utf16;
		throw strayNulError(bytes);
	}
	const utf8 = tryDecode(bytes, 'utf-8');
	if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
	const encoding = opts.encoding ?? guessCodePage(bytes);
	return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/**
 * UTF-16 without a BOM: ASCII spaces, digits and punctuation put a zero in every other byte
 * (the high byte), and the text decodes to the scripts of real text rather than to the CJK
 * characters that UTF-8 or ASCII bytes read as UTF-16 would give.
 */
function sniffUtf16(bytes: Uint8Array): DecodedText | null {
	if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
	const units = bytes.length / 2;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < bytes.length; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const encoding = oddZeros > evenZeros ? 'utf-16le' : 'utf-16be';
	const [high, low] = encoding === 'utf-16le' ? [oddZeros, evenZeros] : [evenZeros, oddZeros];
	// Real text has some ASCII (a zero high byte) and next to no U+xx00 characters.
	if (high < Math.max(1, units * 0.05) || low > units * 0.02) return null;
	const text = tryDecode(bytes, encoding);
	if (text === null) return null;
	let plausible = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic; general punctuation; BOM.
		if ((c > 0 && c < 0x0800) || (c >= 0x2000 && c < 0x2070) || c === 0xfeff) plausible++;
	}
	return plausible >= text.length * 0.9 ? { text, encoding } : null;
}

/** NUL bytes in what is otherwise text: say so rather than "not a text file". */
function strayNulError(bytes: Uint8Array): ImportError {
	const rest = bytes.filter((b) => b !== 0);
	const count = bytes.length - rest.length;
	let readable = false;
	try {
		const text = tryDecode(rest, 'utf-8') ?? new TextDecoder(guessCodePage(rest)).decode(rest);
		checkText(text);
		readable = count * 4 < bytes.length;
	} catch {
		readable = false;
	}
	return readable
		? new ImportError('nul-bytes', `The text holds ${count} NUL bytes`, { count })
		: new ImportError('binary', 'The file is not a text file');
}

/**
 * windows-1251 or windows-1252 for bytes that are not UTF-8. Both put letters at 0xC0–0xFF, so
 * the bytes alone cannot tell; the shape of the text can. Russian in 1251 is mostly high bytes,
 * in runs (whole words), lower case dominating; French or German in 1252 is mostly ASCII
 * letters with an accented letter inside a word now and then. Throws `unknown-encoding` when
 * neither or both fit, `invalid-encoding` when the high bytes are not letters in either.
 */
function guessCodePage(bytes: Uint8Array): SingleByteEncoding {
	let ascii = 0;
	let high = 0;
	let cyrUpper = 0;
	let cyrLower = 0;
	let latinHigh = 0;
	let insideWord = 0;
	const isAscii = (b: number | undefined) =>
		b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i];
		if (b < 0x80) {
			if (isAscii(b)) ascii++;
			continue;
		}
		high++;
		if (b >= 0xe0 || b === 0xb8) cyrLower++;
		else if (b >= 0xc0 || b === 0xa8) cyrUpper++;
		if (isLatin1252Letter(b)) {
			latinHigh++;
			if (isAscii(bytes[i - 1]) || isAscii(bytes[i + 1])) insideWord++;
		}
	}
	const cyrillic = cyrUpper + cyrLower;
	const looks1251 =
		cyrillic >= high * 0.7 &&
		cyrLower >= cyrUpper &&
		cyrillic * 2 >= ascii &&
		insideWord < latinHigh * 0.3;
	const looks1252 =
		latinHigh >= high * 0.7 && ascii > latinHigh * 3 && insideWord >= latinHigh * 0.5;
	if (looks1251 && !looks1252) return 'windows-1251';
	if (looks1252 && !looks1251) return 'windows-1252';
	if (cyrillic < high * 0.5 && latinHigh < high * 0.5) {
		throw new ImportError('invalid-encoding', 'The file is not UTF-8, and not text in 1251/1252');
	}
	throw new ImportError('unknown-encoding', 'Cannot tell windows-1251 from windows-1252', {
		encodings: [...SINGLE_BYTE_ENCODINGS]
	});
}

/** À–ÿ except × and ÷, and Š Œ Ž š œ ž Ÿ. */
function isLatin1252Letter(b: number): boolean {
	if (b >= 0xc0) return b !== 0xd7 && b !== 0xf7;
	return (
		b === 0x8a || b === 0x8c || b === 0x8e || b === 0x9a || b === 0x9c || b === 0x9e || b === 0x9f
	);
}

/** Rejects decoded text that is blank, or full of control characters (a binary in disguise). */
function checkText(text: string): void {
	let controls = 0;
	let visible = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0) throw new ImportError('binary', 'The file is not a text file');
		if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) controls++;
		else if (c > 0x20 && c !== 0xfeff && c !== 0xa0) visible++;
	}
	if (visible === 0) throw new ImportError('empty', 'The file holds only whitespace');
	if (controls > 8 && controls * 50 > text.length) {
		throw new ImportError('binary', 'The file is not a text file');
	}
}

/**
 * The exact bytes of a rendering in its source encoding: the reverse of {@link decodeBytes}.
 * `originalBytes`, when given and still matching `text`, are returned as they are. Throws a
 * `RangeError` when `text` (after an edit, say) has characters its code page cannot hold.
 *
 * @example
 * const { text, encoding } = decodeBytes(bytes);
 * encodeOriginal(text, encoding) // → the same bytes as `bytes`
 */
export function encodeOriginal(
	text: string,
	encoding: SourceEncoding,
	originalBytes?: Uint8Array
): Uint8Array {
	if (originalBytes && matches(originalBytes, text, encoding)) return originalBytes.slice();
	switch (encoding) {
		case 'utf-8':
			return new TextEncoder().encode(text);
		case 'utf-8-bom':
			return new TextEncoder().encode(withBom(text));
		case 'utf-16le':
		case 'utf-16be':
			return encodeUtf16(withBom(text), encoding === 'utf-16le');
		case 'windows-1251':
		case 'windows-1252':
			return encodeSingleByte(text, encoding);
	}
}

function withBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text : `\ufeff${text}`;
}

function matches(bytes: Uint8Array, text: string, encoding: SourceEncoding): boolean {
	try {
		const single = encoding === 'windows-1251' || encoding === 'windows-1252';
		const decoded = decodeBytes(bytes, single ? { encoding } : {});
		return decoded.encoding === encoding && decoded.text === text;
	} catch {
		return false;
	}
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
	const bytes = new Uint8Array(text.length * 2);
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
	return bytes;
}

/** Character → byte, read off the platform decoder (TextEncoder only writes UTF-8). */
const encodeTables = new Map<SingleByteEncoding, Map<number, number>>();

function encodeSingleByte(text: string, encoding: SingleByteEncoding): Uint8Array {
	let table = encodeTables.get(encoding);
	if (!table) {
		const all = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, b) => b));
		table = new Map(Array.from(all, (c, b) => [c.charCodeAt(0), b]));
		encodeTables.set(encoding, table);
	}
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const b = table.get(text.charCodeAt(i));
		if (b === undefined) {
			throw new RangeError(`${encoding} cannot encode U+${text.charCodeAt(i).toString(16)}`);
		}
		bytes[i] = b;
	}
	return bytes;
}
