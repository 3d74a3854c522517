/**
 * Standard base64 (RFC 4648, with padding) for `Uint8Array`, without `Buffer` or `atob`, so it runs
 * the same in Node, workers and the page and never goes through a binary string.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

/** `encodeBase64(new Uint8Array([104, 105]))` → `'aGk='` */
export function encodeBase64(bytes: Uint8Array): string {
	const out: string[] = [];
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		out.push(
			ALPHABET[(n >> 18) & 63],
			ALPHABET[(n >> 12) & 63],
			i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=',
			i + 2 < bytes.length ? ALPHABET[n & 63] : '='
		);
	}
	return out.join('');
}

/** Decodes canonical padded base64; returns `undefined` for anything else. */
export function decodeBase64(text: string): Uint8Array | undefined {
	if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
	const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	const bytes = new Uint8Array((text.length / 4) * 3 - pad);
	let j = 0;
	for (let i = 0; i < text.length; i += 4) {
		const v = [0, 1, 2, 3].map((k) => VALUES.get(text[i + k]) ?? 0);
		const n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
		if (j < bytes.length) bytes[j++] = (n >> 16) & 255;
		if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
		if (j < bytes.length) bytes[j++] = n & 255;
	}
	// Non-canonical padding bits would make two texts decode to the same bytes.
	return encodeBase64(bytes) === text ? bytes : undefined;
}
