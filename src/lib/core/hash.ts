/**
 * Small, dependency-free hashing used across the core. `fnv1a` makes short stable ids from text
 * (sentence ids survive re-segmentation when their text is unchanged); `sha256Hex` fingerprints
 * imported bytes with Web Crypto, which Node 20, browsers and workers all provide.
 */

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. `fnv1a('abc') === '1a47e90b'` */
export function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Hex SHA-256 of bytes (or of a string's UTF-8 encoding). */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Stable sentence ids: the hash of the sentence text plus its occurrence number among sentences
 * with the same text, so unchanged sentences keep their id when text around them changes.
 * `sentenceIds(['A.', 'B.', 'A.'])` → `['s1d4b…-0', 's…-0', 's1d4b…-1']`
 */
export function sentenceIds(texts: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return texts.map((text) => {
		const key = fnv1a(text);
		const n = seen.get(key) ?? 0;
		seen.set(key, n + 1);
		return `s${key}-${n}`;
	});
}
