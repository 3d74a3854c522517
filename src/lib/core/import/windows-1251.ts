/**
 * Windows-1251 (Russian Windows code page), as the WHATWG Encoding Standard defines it: every
 * byte maps to one character, so decoding and encoding are exact inverses.
 */

/** Code points of bytes 0x80–0xBF; 0xC0–0xFF are А–я (U+0410–U+044F). */
const HIGH = [
	0x0402, 0x0403, 0x201a, 0x0453, 0x201e, 0x2026, 0x2020, 0x2021, 0x20ac, 0x2030, 0x0409, 0x2039,
	0x040a, 0x040c, 0x040b, 0x040f, 0x0452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x0098, 0x2122, 0x0459, 0x203a, 0x045a, 0x045c, 0x045b, 0x045f, 0x00a0, 0x040e, 0x045e, 0x0408,
	0x00a4, 0x0490, 0x00a6, 0x00a7, 0x0401, 0x00a9, 0x0404, 0x00ab, 0x00ac, 0x00ad, 0x00ae, 0x0407,
	0x00b0, 0x00b1, 0x0406, 0x0456, 0x0491, 0x00b5, 0x00b6, 0x00b7, 0x0451, 0x2116, 0x0454, 0x00bb,
	0x0458, 0x0405, 0x0455, 0x0457
];

const DECODE: string[] = Array.from({ length: 256 }, (_, b) =>
	String.fromCharCode(b < 0x80 ? b : b < 0xc0 ? HIGH[b - 0x80] : 0x410 + (b - 0xc0))
);

const ENCODE = new Map<number, number>(DECODE.map((c, b) => [c.charCodeAt(0), b]));

export function decodeWindows1251(bytes: Uint8Array): string {
	const parts: string[] = new Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) parts[i] = DECODE[bytes[i]];
	return parts.join('');
}

/** Throws a RangeError for characters the code page cannot hold (Armenian, say). */
export function encodeWindows1251(text: string): Uint8Array {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const b = ENCODE.get(text.charCodeAt(i));
		if (b === undefined) {
			throw new RangeError(`windows-1251 cannot encode U+${text.charCodeAt(i).toString(16)}`);
		}
		bytes[i] = b;
	}
	return bytes;
}

/**
 * Whether bytes that are not UTF-8 read as Russian in windows-1251: most high bytes are the
 * letters А–я, Ё, ё, and lower case dominates. KOI8-R, which also puts letters at 0xC0–0xFF,
 * has its lower case in the upper-case half of 1251, so it fails the second test.
 */
export function looksLikeWindows1251(bytes: Uint8Array): boolean {
	let high = 0;
	let upper = 0;
	let lower = 0;
	for (const b of bytes) {
		if (b < 0x80) continue;
		high++;
		if (b >= 0xe0 || b === 0xb8) lower++;
		else if (b >= 0xc0 || b === 0xa8) upper++;
	}
	return high > 0 && (upper + lower) / high >= 0.7 && lower >= upper;
}
