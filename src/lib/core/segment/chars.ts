/**
 * Character classes for the sentence segmenter. Everything here works on single UTF-16 code
 * units: the characters that matter for sentence boundaries (Latin, Cyrillic, Armenian, ASCII and
 * general punctuation) all live in the Basic Multilingual Plane.
 */

/** Armenian full stop `։`. */
export const ARMENIAN_FULL_STOP = '\u0589';
/** Armenian exclamation mark `՜`, written on the stressed vowel of the exclaimed word. */
export const ARMENIAN_EXCLAMATION = '\u055C';
/** Armenian question mark `՞`, written on the stressed vowel of the asked word (never an ending). */
export const ARMENIAN_QUESTION = '\u055E';
/** One-dot leader `․` used as the Armenian mid-sentence mark (mijaket). */
export const ARMENIAN_MIJAKET = '\u2024';

/**
 * The characters `String.prototype.trim` removes, so that "trimmed" means the same thing to the
 * segmenter as to every caller that checks `s === s.trim()`.
 */
export function isSpace(c: string): boolean {
	switch (c) {
		case ' ':
		case '\t':
		case '\n':
		case '\v':
		case '\f':
		case '\r':
		case '\u00a0':
		case '\u1680':
		case '\u2028':
		case '\u2029':
		case '\u202f':
		case '\u205f':
		case '\u3000':
		case '\ufeff':
			return true;
		default:
			return c >= '\u2000' && c <= '\u200a';
	}
}

export function isLineBreak(c: string): boolean {
	return c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

/** Marks that end a sentence in every language. */
export function isCommonTerminator(c: string): boolean {
	switch (c) {
		case '.':
		case '!':
		case '?':
		case '…':
		case '‼':
		case '⁉':
		case '⁈':
		// Fullwidth stops, typed in text from East Asian keyboards.
		case '．':
		case '！':
		case '？':
			return true;
		default:
			return false;
	}
}

/** Closing quotes and brackets that belong to the sentence they follow (`.”`, `?»`, `.)`). */
export function isCloser(c: string): boolean {
	switch (c) {
		case '”':
		case '’':
		case '»':
		case '›':
		case '"':
		case "'":
		case ')':
		case ']':
		case '}':
		// Closing quote of the „…“ pair (Russian inner quotes, Armenian inner quotes).
		case '“':
		// Armenian apostrophe, the closing half of the ՙ…՚ quotes some sites type.
		case '\u055A':
			return true;
		default:
			return false;
	}
}

/** Closers that can only close, so a stray one after a space still belongs to the sentence. */
export function isStrictCloser(c: string): boolean {
	return c === '”' || c === '»' || c === ')' || c === ']';
}

/** Opening quotes, brackets and dialogue dashes that may precede the first word of a sentence. */
export function isOpener(c: string): boolean {
	switch (c) {
		case '“':
		case '‘':
		case '„':
		case '«':
		case '‹':
		case '"':
		case "'":
		case '(':
		case '[':
		case '{':
		case '—':
		case '–':
		case '-':
		case '¿':
		case '¡':
		// Armenian left half ring, typed as an opening quote by some sites ("ՙՄենք …՚").
		case '\u0559':
			return true;
		default:
			return false;
	}
}

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}|\p{M}/u;
const DIGIT = /\p{Nd}/u;

export function isUpper(c: string): boolean {
	if (c >= 'A' && c <= 'Z') return true;
	if (c < '\u00c0') return false;
	if (c >= '\u0410' && c <= '\u042f') return true;
	if (c >= '\u0430' && c <= '\u044f') return false;
	return UPPER.test(c);
}

export function isLower(c: string): boolean {
	if (c >= 'a' && c <= 'z') return true;
	if (c < '\u00c0') return false;
	if (c >= '\u0430' && c <= '\u044f') return true;
	if (c >= '\u0410' && c <= '\u042f') return false;
	return LOWER.test(c);
}

/** Letters, plus combining marks and the Armenian in-word marks that sit on vowels (`՛ ՜ ՞`). */
export function isWordChar(c: string): boolean {
	if (c >= 'a' && c <= 'z') return true;
	if (c >= 'A' && c <= 'Z') return true;
	if (c < '\u00c0') return false;
	return LETTER.test(c) || c === '\u055b' || c === '\u055c' || c === '\u055e';
}

export function isDigit(c: string): boolean {
	if (c >= '0' && c <= '9') return true;
	return c >= '\u0660' && DIGIT.test(c);
}

export function isArmenianLetter(c: string): boolean {
	return (c >= '\u0531' && c <= '\u0556') || (c >= '\u0561' && c <= '\u0587');
}

export function isArmenianUpper(c: string): boolean {
	return c >= '\u0531' && c <= '\u0556';
}

export function isCyrillic(c: string): boolean {
	return c >= '\u0400' && c <= '\u04ff';
}

/** Which script a word is written in, judged by its first letter. */
export function wordScript(word: string): 'latin' | 'cyrillic' | 'armenian' | 'other' {
	for (const c of word) {
		if (isArmenianLetter(c)) return 'armenian';
		if (isCyrillic(c)) return 'cyrillic';
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c <= '\u024f')) {
			return 'latin';
		}
	}
	return 'other';
}
