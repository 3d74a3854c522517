/**
 * Fractional order keys: strings that sort (by plain `<`, code unit order) the way rows follow
 * each other, so a row inserted between two others gets a key between theirs and no other row's
 * key changes. Digits are base 62 in ASCII order; a key never ends in `0`, so there is always
 * room between two keys. Keys read as fractions: `'V'` ≈ 0.5, `'0V'` ≈ 0.008.
 */
export const ORDER_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Beyond this length a key is worth replacing: the server refuses keys longer than 200. */
export const ORDER_KEY_SOFT_LIMIT = 120;

export function isOrderKey(key: string): boolean {
	return /^[0-9A-Za-z]*[1-9A-Za-z]$/.test(key);
}

/** The midpoint of `a` (`''` = 0) and `b` (`null` = 1), both without trailing zeros, `a < b`. */
function midpoint(a: string, b: string | null): string {
	if (b !== null) {
		let n = 0;
		while ((a[n] ?? '0') === b[n]) n++;
		if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
	}
	const low = a ? ORDER_DIGITS.indexOf(a[0]) : 0;
	const high = b !== null ? ORDER_DIGITS.indexOf(b[0]) : ORDER_DIGITS.length;
	if (high - low > 1) return ORDER_DIGITS[Math.round((low + high) / 2)];
	if (b !== null && b.length > 1) return b.slice(0, 1);
	return ORDER_DIGITS[low] + midpoint(a.slice(1), null);
}

/**
 * A key strictly between `before` and `after` (`null` = open end).
 *
 * @example keyBetween(null, null) // 'V'; keyBetween('V', 'W') // 'VV'
 */
export function keyBetween(before: string | null, after: string | null): string {
	if (before !== null && after !== null && !(before < after)) {
		throw new RangeError(`no key between ${before} and ${after}`);
	}
	return midpoint(before ?? '', after);
}

/** `count` ascending keys between `before` and `after`, spread so their length grows as log(count). */
export function keysBetween(before: string | null, after: string | null, count: number): string[] {
	if (count <= 0) return [];
	const middle = keyBetween(before, after);
	const left = Math.floor((count - 1) / 2);
	return [
		...keysBetween(before, middle, left),
		middle,
		...keysBetween(middle, after, count - 1 - left)
	];
}
