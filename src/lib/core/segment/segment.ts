/**
 * Sentence segmentation of one block of text, for English, Armenian and Russian.
 *
 * One left-to-right scan finds candidate endings (a run of terminators plus the closing quotes
 * and brackets glued to it, followed by whitespace) and decides each one by looking a bounded
 * distance back (the word before a period) and forward (the first word after). There are no
 * backtracking regular expressions, so the cost is linear in the length of the text.
 */
import type { Lang, Span } from '../types';
import {
	abbreviationTable,
	isArmenianListIntro,
	isSentenceStarter,
	lookupAbbreviation
} from './abbreviations';
import {
	ARMENIAN_EXCLAMATION,
	ARMENIAN_FULL_STOP,
	isArmenianLetter,
	isArmenianUpper,
	isCloser,
	isCommonTerminator,
	isDigit,
	isLineBreak,
	isLower,
	isOpener,
	isSpace,
	isStrictCloser,
	isUpper,
	isWordChar,
	wordScript
} from './chars';

/**
 * What an Armenian text uses as its full stop: `։` (U+0589, the standard), ASCII `:` (as many
 * news sites do), or, in texts with neither, `.`. Only in the last case does a single `.` end a
 * sentence: next to `։` or `:` it marks abbreviations, numbers, or stands for the mid-sentence
 * mark `․` ("Նա ասաց. «…»").
 */
export type ArmenianFullStop = '։' | ':' | '.';

export interface SegmentOptions {
	/** Armenian only. Decided from the text itself when not given (see {@link armenianFullStop}). */
	armenianFullStop?: ArmenianFullStop;
}

/** How far the segmenter looks back for the word before a period, and forward for the next word. */
const MAX_WORD = 40;

/**
 * Sentence spans of one block's text: trimmed, in order, relative to `text`, together covering
 * every non-space character.
 *
 * @example
 * const text = 'Mr. Zas arrived at 10:30. He left.';
 * segment(text, 'en').map((s) => text.slice(s.start, s.end))
 * // → ['Mr. Zas arrived at 10:30.', 'He left.']
 */
export function segment(text: string, lang: Lang, options: SegmentOptions = {}): Span[] {
	const style: Style =
		lang === 'hy' ? (options.armenianFullStop ?? armenianFullStop(text)) : 'latin';
	const ends = sentenceEnds(text, style);
	const spans: Span[] = [];
	let from = 0;
	for (let k = 0; k <= ends.length; k++) {
		const to = k < ends.length ? ends[k] : text.length;
		let start = from;
		let end = to;
		while (start < end && isSpace(text[start])) start++;
		while (end > start && isSpace(text[end - 1])) end--;
		if (end > start) spans.push({ start, end });
		from = Math.max(from, to);
	}
	return spans;
}

/** The full stop an Armenian text uses: `։` if it has any, else `:` if it is used so, else `.`. */
export function armenianFullStop(text: string): ArmenianFullStop {
	if (text.includes(ARMENIAN_FULL_STOP)) return '։';
	return usesColonFullStop(text) ? ':' : '.';
}

/**
 * Whether an Armenian text uses ASCII `:` as its full stop: it has no `։` (U+0589) at all, and
 * some colon stands where a full stop would, i.e. after a word or number and before the end of
 * the text or a capitalised Armenian word. Times (10:30) and colons before lower-case words do
 * not count.
 */
export function usesColonFullStop(text: string): boolean {
	if (text.includes(ARMENIAN_FULL_STOP)) return false;
	let from = 0;
	for (;;) {
		const i = text.indexOf(':', from);
		if (i < 0) return false;
		from = i + 1;
		const before = i > 0 ? text[i - 1] : '';
		if (!(isArmenianLetter(before) || isDigit(before) || isCloser(before))) continue;
		let p = i + 1;
		if (p < text.length && !isSpace(text[p])) continue;
		while (p < text.length && isSpace(text[p])) p++;
		while (p < text.length && isOpener(text[p])) p++;
		if (p >= text.length || isArmenianUpper(text[p])) return true;
	}
}

/** English and Russian, or Armenian with its full stop. */
type Style = 'latin' | ArmenianFullStop;

function isTerminator(c: string, style: Style): boolean {
	if (isCommonTerminator(c)) return true;
	if (style === 'latin') return false;
	// ASCII `:` is a candidate in `։` texts too: news sites mix both (see `endsHere`).
	return c === ARMENIAN_FULL_STOP || c === ARMENIAN_EXCLAMATION || (style !== '.' && c === ':');
}

/** Offsets (exclusive ends) where sentences end, ascending; trimming happens in `segment`. */
function sentenceEnds(text: string, style: Style): number[] {
	const n = text.length;
	const ends: number[] = [];
	let i = 0;
	while (i < n) {
		// Fast path: letters and most symbols can neither end a sentence nor break a line.
		const code = text.charCodeAt(i);
		if (code >= 0x40 && code < 0x2000 && code !== 0x589 && code !== 0x55c) {
			i++;
			continue;
		}
		const c = text[i];
		if (isLineBreak(c)) {
			if (nextLineIsListItem(text, i)) ends.push(i);
			i++;
			continue;
		}
		if (!isTerminator(c, style)) {
			i++;
			continue;
		}
		let termEnd = i;
		while (termEnd < n && isTerminator(text[termEnd], style)) termEnd++;
		let j = termEnd;
		while (j < n && (isCloser(text[j]) || isTerminator(text[j], style))) j++;
		// "2.5", "10:30", "U.S.", "forces...are", "Ի՞նչ": no whitespace, no ending.
		if (j >= n || !isSpace(text[j])) {
			i = j;
			continue;
		}
		let end = j;
		let m = skipSpaces(text, j);
		// A closing quote typed after a space ("the city. ”") still closes this sentence.
		if (m < n && isStrictCloser(text[m]) && (m + 1 >= n || isSpace(text[m + 1]))) {
			end = m + 1;
			m = skipSpaces(text, end);
		}
		if (m < n && endsHere(text, i, termEnd, m, style)) ends.push(end);
		i = end;
	}
	return ends;
}

function skipSpaces(text: string, i: number): number {
	while (i < text.length && isSpace(text[i])) i++;
	return i;
}

/** Decides a candidate ending: terminators at `[i, termEnd)`, next non-space character at `m`. */
function endsHere(text: string, i: number, termEnd: number, m: number, style: Style): boolean {
	const p = firstWordStart(text, m);
	const first = p < text.length ? text[p] : '';
	// A sentence never starts with a lower-case letter: `?» — спросил он`, `Inc. and`, `г. в`.
	if (first && isLower(first)) return false;

	let dots = 0;
	for (let k = i; k < termEnd; k++) if (text[k] === '.') dots++;
	if (dots < termEnd - i) {
		// Any other terminator is unambiguous, except the Armenian colon.
		if (style === ':' && termEnd - i === 1 && text[i] === ':') {
			return (isUpper(first) || isDigit(first)) && !introducesList(text, i);
		}
		// In a `։` text a colon is a colon before a quotation ("ասաց: «…»"), but a full stop,
		// as the site's other sentences have it, before a capitalised word or direct speech
		// opened by a dash ("…: -Մեր", "…: –Այսօր").
		if (style === '։' && termEnd - i === 1 && text[i] === ':') {
			const opener = text[m];
			const dash = opener === '-' || opener === '–' || opener === '—';
			return (m === p || dash) && isArmenianUpper(first) && !introducesList(text, i);
		}
		if (text[i] === ':' && style !== ':') return false;
		return true;
	}
	// Inside an open «…» quotation, ". – Завтра" after the words that name the speaker
	// ("спросила мама. – Завтра ведь выходной»") goes on with the quotation.
	if (isDash(text[m]) && insideGuillemets(text, i)) return false;
	// An ellipsis before a capitalised word ends the sentence.
	if (dots > 1) return true;
	// Next to `։` or `:`, an Armenian `.` is an abbreviation or the mid-sentence mark.
	if (style === '։' || style === ':') return false;
	return periodEndsSentence(text, i, p);
}

function isDash(c: string): boolean {
	return c === '—' || c === '–' || c === '-';
}

/** How far back {@link insideGuillemets} looks for the quotation's opening mark. */
const MAX_QUOTE = 400;

/** Whether offset `i` is inside a «…» quotation opened earlier in the text (bounded look-back). */
function insideGuillemets(text: string, i: number): boolean {
	for (let k = i - 1; k >= 0 && i - k <= MAX_QUOTE; k--) {
		if (text[k] === '»') return false;
		if (text[k] === '«') return true;
	}
	return false;
}

/** "հետևյալ երկրները:" – a colon after "the following (…)" introduces a list, not an ending. */
function introducesList(text: string, colon: number): boolean {
	const last = wordBefore(text, colon);
	if (isArmenianListIntro(last)) return true;
	let s = colon - last.length;
	if (s === 0 || text[s - 1] !== ' ') return false;
	while (s > 0 && text[s - 1] === ' ') s--;
	return isArmenianListIntro(wordBefore(text, s));
}

/** Skips opening quotes, brackets and dialogue dashes before the first word of a sentence. */
function firstWordStart(text: string, m: number): number {
	let p = m;
	for (let steps = 0; p < text.length && steps < 8; steps++) {
		const c = text[p];
		const afterDash = p > m && (text[p - 1] === '—' || text[p - 1] === '–');
		if (isOpener(c) || (afterDash && isSpace(c))) p++;
		else break;
	}
	return p;
}

/** The word (letters, digits, inner periods and hyphens) that ends right before offset `i`. */
function wordBefore(text: string, i: number): string {
	let s = i;
	while (s > 0 && i - s < MAX_WORD) {
		const c = text[s - 1];
		if (isWordChar(c) || isDigit(c) || c === '.' || c === '-' || c === '\u2011') s--;
		else break;
	}
	while (s < i && (text[s] === '.' || text[s] === '-')) s++;
	return text.slice(s, i);
}

function wordAt(text: string, p: number): string {
	let e = p;
	while (e < text.length && e - p < MAX_WORD && isWordChar(text[e])) e++;
	return text.slice(p, e);
}

/** A single period followed by whitespace and a word that is not lower-case: abbreviation or end? */
function periodEndsSentence(text: string, i: number, p: number): boolean {
	const word = wordBefore(text, i);
	const first = p < text.length ? text[p] : '';
	// After a closing quote or bracket ("(CSTO).") or a lone period.
	if (word === '') return true;
	if (isNumber(word)) return !isListMarker(text, i - word.length, word);
	// An initial before a name: "N. Pashinyan", "В. В. Путин", "Ն. Փաշինյան" (before any table:
	// a capital "В." is an initial, not the abbreviation "в." of век).
	if (word.length === 1 && isUpper(word) && startsWord(text, i - 1)) return !isUpper(first);

	const tbl = abbreviationTable(wordScript(word));
	const kind =
		lookupAbbreviation(tbl, compoundWithPrevious(text, i - word.length, word)) ??
		lookupAbbreviation(tbl, word);
	if (kind === 'title') return false;
	if (kind === 'numeric') return !isDigit(first);
	if (kind === 'ambiguous') return isSentenceStarter(wordAt(text, p));
	if (kind === 'final') return true;

	const parts = word.split('.');
	if (parts.every((part) => part.length === 1 && isWordChar(part))) {
		if (parts.length === 1) {
			// A capital glued to something ("°C.") is no initial; it ends like a word.
			if (isUpper(word)) return true;
			// A lone lower-case Cyrillic or Armenian letter is an abbreviation ("с.", "ք.").
			if (wordScript(word) !== 'latin') return false;
		}
		// Unlisted dotted abbreviations ("J.R.R.", "U.A.E.") end only before an opener word.
		return isSentenceStarter(wordAt(text, p));
	}
	return true;
}

/** Whether offset `k` starts a word (not "°C", "5G"): after a space, an opener or nothing. */
function startsWord(text: string, k: number): boolean {
	return k === 0 || isSpace(text[k - 1]) || isOpener(text[k - 1]);
}

function isNumber(word: string): boolean {
	for (const c of word) if (!(isDigit(c) || c === '.' || c === ',')) return false;
	return isDigit(word[0]);
}

/** "1. The first item" at the start of a line: the period belongs to the list marker. */
function isListMarker(text: string, start: number, word: string): boolean {
	if (word.length > 3 || word.includes('.') || word.includes(',')) return false;
	let s = start;
	while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
	return s === 0 || isLineBreak(text[s - 1]);
}

/**
 * Joins a one-letter word with a one- or two-letter abbreviation right before it, so "т. е."
 * and "и. о." are looked up as "т.е" and "и.о".
 */
function compoundWithPrevious(text: string, start: number, word: string): string {
	if (word.length !== 1) return word;
	let s = start;
	while (s > 0 && text[s - 1] === ' ') s--;
	if (s === start || s < 2 || text[s - 1] !== '.') return word;
	const prev = wordBefore(text, s - 1);
	if (prev.length === 0 || prev.length > 2 || prev.includes('.')) return word;
	return `${prev}.${word}`;
}

/** Whether the line after the line break at `i` starts a list item ("- …", "• …", "1. …", "a) …"). */
function nextLineIsListItem(text: string, i: number): boolean {
	let p = i + 1;
	if (text[i] === '\r' && text[p] === '\n') p++;
	while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
	const c = text[p];
	if (c === undefined) return false;
	const spaceAt = (k: number) => k < text.length && isSpace(text[k]);
	if ('-–—•·▪‣●○*►'.includes(c)) return spaceAt(p + 1);
	let d = p;
	while (d < text.length && d - p < 3 && isDigit(text[d])) d++;
	if (d > p) return (text[d] === '.' || text[d] === ')') && spaceAt(d + 1);
	return isWordChar(c) && text[p + 1] === ')' && spaceAt(p + 2);
}
