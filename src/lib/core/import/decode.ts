/**
 * Bytes ↔ text for imported renderings. Decoding keeps everything, a BOM included (as U+FEFF),
 * and never normalises, so {@link encodeOriginal} gives back the exact imported bytes.
 */
import type { SourceEncoding } from '../types';
import { ImportError } from './errors';
import { decodeWindows1251, encodeWindows1251, looksLikeWindows1251 } from './windows-1251';

/** The largest file the importer accepts. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

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

/**
 * Decodes an imported file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, or Russian
 * windows-1251 when the bytes are not UTF-8 but read as Cyrillic text in that code page.
 * Throws {@link ImportError} `empty`, `too-large`, `binary` or `invalid-encoding`.
 *
 * @example
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))
 * // → { text: '\uFEFFA', encoding: 'utf-8-bom' }
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	if (bytes.length === 0) throw new ImportError('empty', 'The file is empty');
	if (bytes.length > MAX_IMPORT_BYTES) {
		throw new ImportError('too-large', `The file is larger than ${MAX_IMPORT_BYTES} bytes`, {
			size: bytes.length,
			limit: MAX_IMPORT_BYTES
		});
	}
	const decoded = decodeByBom(bytes) ?? decodeWithoutBom(bytes);
	checkText(decoded.text);
	return decoded;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	if (bytes.length < prefix.length) return false;
	return prefix.every((b, i) => bytes[i] === b);
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
	if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
		const text = tryDecodeUtf8(bytes);
		if (text === null) throw new ImportError('invalid-encoding', 'The file is not valid UTF-8');
		return { text, encoding: 'utf-8-bom' };
	}
	// FF FE 00 00 is UTF-32 LE, which the library does not take.
	if (startsWith(bytes, [0xff, 0xfe]) && !startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
		return { text: decodeUtf16(bytes, true), encoding: 'utf-16le' };
	}
	if (startsWith(bytes, [0xfe, 0xff]))
		return { text: decodeUtf16(bytes, false), encoding: 'utf-16be' };
	return null;
}

function decodeWithoutBom(bytes: Uint8Array): DecodedText {
	if (MAGIC.some((magic) => startsWith(bytes, magic)) || bytes.includes(0)) {
		throw new ImportError('binary', 'The file is not a text file');
	}
	const utf8 = tryDecodeUtf8(bytes);
	if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
	if (looksLikeWindows1251(bytes))
		return { text: decodeWindows1251(bytes), encoding: 'windows-1251' };
	throw new ImportError('invalid-encoding', 'The file is neither UTF-8 nor windows-1251 text');
}

function tryDecodeUtf8(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** UTF-16 by hand (not every runtime's TextDecoder has UTF-16 BE); unpaired surrogates reject. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
	if (bytes.length % 2 !== 0) throw new ImportError('invalid-encoding', 'Truncated UTF-16 file');
	const units = new Uint16Array(bytes.length / 2);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	for (let i = 0; i < units.length; i++) units[i] = view.getUint16(i * 2, littleEndian);
	for (let i = 0; i < units.length; i++) {
		const u = units[i];
		if (u >= 0xd800 && u <= 0xdbff) {
			const next = units[i + 1];
			if (next === undefined || next < 0xdc00 || next > 0xdfff) throw badSurrogate();
			i++;
		} else if (u >= 0xdc00 && u <= 0xdfff) {
			throw badSurrogate();
		}
	}
	let text = '';
	const CHUNK = 8192;
	for (let i = 0; i < units.length; i += CHUNK) {
		text += String.fromCharCode(...units.subarray(i, i + CHUNK));
	}
	return text;
}

function badSurrogate(): ImportError {
	return new ImportError('invalid-encoding', 'Invalid UTF-16 (unpaired surrogate)');
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
 * `RangeError` when `text` (after an edit, say) has characters windows-1251 cannot hold.
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
			return encodeWindows1251(text);
	}
}

function withBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text : `\ufeff${text}`;
}

function matches(bytes: Uint8Array, text: string, encoding: SourceEncoding): boolean {
	try {
		const decoded = decodeBytes(bytes);
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
