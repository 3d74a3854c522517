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
	isArmenianSpeechVerb,
	isSentenceStarter,
	isUnit,
	lookupAbbreviation
} from './abbreviations';
import {
	ARMENIAN_EXCLAMATION,
	ARMENIAN_FULL_STOP,
	ARMENIAN_QUESTION,
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
	const list = inlineList(text);
	const opens = openingBrackets(text);
	const quoted = embeddedQuotations(text, style);
	// Found at the first line break: most blocks have none.
	let lineItems: Set<number> | undefined;
	let lineStart = 0;
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
			// A blank line (a paragraph break) or a list item on the next line starts a sentence;
			// an unpunctuated list item ends with its line, as a line of a list of lines does.
			if (
				nextLineIsBlank(text, i) ||
				nextLineIsListItem(text, i) ||
				lineItemEndsAt(text, lineStart, i, style) ||
				(lineItems ??= lineListBreaks(text, style)).has(i)
			) {
				ends.push(i);
			}
			i++;
			lineStart = i;
			continue;
		}
		if (!isTerminator(c, style)) {
			i++;
			continue;
		}
		if (list?.marks.has(i)) {
			i++;
			continue;
		}
		// "He said, “Go. Now!” and left.": the quotation's stops are inside the sentence.
		if (quoted.inside(i)) {
			i++;
			continue;
		}
		let termEnd = i;
		while (termEnd < n && isTerminator(text[termEnd], style)) termEnd++;
		// "[...]" marks words left out of a quotation, inside the sentence.
		if (text[i - 1] === '[' && text[termEnd] === ']') {
			i = termEnd;
			continue;
		}
		if (text[i] === '.' && text[termEnd] === ' ' && text[termEnd + 1] === '.') {
			const spaced = spacedEllipsis(text, i);
			if (spaced.end !== undefined) ends.push(spaced.end);
			i = spaced.next;
			continue;
		}
		let j = termEnd;
		while (j < n && (isCloser(text[j]) || isTerminator(text[j], style))) j++;
		// Footnote references belong to the sentence they close: ".[1]", ".[7][8]", ").10".
		if (j < n && !isSpace(text[j])) j = afterCitation(text, i, termEnd, j);
		// "2.5", "10:30", "U.S.", "forces...are", "Ի՞նչ": no whitespace, no ending, unless the
		// space after a full stop was lost ("world.Today", "period．Does").
		if (j >= n || !isSpace(text[j])) {
			if (j < n && style === 'latin' && j === termEnd && gluedEnd(text, i, j)) ends.push(j);
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
		const from = ends.length ? ends[ends.length - 1] : 0;
		const bracketed = opens.before(i) >= from && insideBrackets(text, i, end, from);
		if (m < n && !bracketed && endsHere(text, i, termEnd, m, style)) ends.push(end);
		i = end;
	}
	if (!list) return ends;
	return [...ends, ...list.starts].sort((a, b) => a - b);
}

/** How far {@link embeddedQuotations} looks for a quotation's closing mark. */
const MAX_QUOTATION = 400;

const NO_QUOTATIONS = { inside: (): boolean => false };

/** The closing marks of each opening quotation mark. */
const QUOTATION_CLOSERS: Record<string, string> = {
	'“': '”',
	'‘': '’',
	'«': '»',
	'„': '“”',
	'‹': '›',
	'"': '"',
	"'": "'’"
};

/**
 * Quotations set inside a sentence that goes on after them: "He said, “Go. Now!” and left.",
 * "called out, "The Queen! The Queen!" and the three", "Он сказал: «Я устал. Иду спать», и
 * замолчал". The quotation opens after a word, comma or colon of the sentence (not at its
 * start), closes on the same line, and the sentence resumes with a lower-case word, perhaps after
 * a comma or an opening bracket ("…Apulia’ (translated by …)"). The stops inside end the quoted
 * sentences, not the one around them: splitting there would leave fragments ("Now!” and left.").
 * A quotation that ends the sentence ("the motto: "The sea is ours by right. To recover it is a
 * duty."") or opens it (""S1. S2," he said.") is split at its stops, as news text is.
 *
 * Returns a query for offsets asked in ascending order: whether one lies inside such a quotation.
 */
function embeddedQuotations(text: string, style: Style): { inside(i: number): boolean } {
	const spans: number[] = [];
	const openers = /[“‘«„‹"']/g;
	for (let m = openers.exec(text); m; m = openers.exec(text)) {
		const q = m.index;
		if (!opensInsideSentence(text, q, style)) continue;
		const close = closingMark(text, q);
		if (close < 0) continue;
		if (sentenceGoesOn(text, close + 1)) {
			spans.push(q, close);
			openers.lastIndex = close + 1;
		}
	}
	if (spans.length === 0) return NO_QUOTATIONS;
	let k = 0;
	return {
		inside(i: number): boolean {
			while (k < spans.length && spans[k + 1] < i) k += 2;
			return k < spans.length && spans[k] < i && i < spans[k + 1];
		}
	};
}

/** Whether the quotation mark at `q` opens a quotation after a word, comma or colon. */
function opensInsideSentence(text: string, q: number, style: Style): boolean {
	const after = text[q + 1] ?? ' ';
	if (isSpace(after) || !(q > 0 && (text[q - 1] === ' ' || text[q - 1] === '\u00a0'))) {
		return false;
	}
	const before = text[q - 2] ?? '';
	// Where the colon is the Armenian full stop, a quotation after it opens a sentence.
	if (before === ':') return style !== ':';
	return before === ',' || isWordChar(before) || isDigit(before);
}

/**
 * The offset of the mark that closes the quotation opened at `q`, on the same line and within
 * {@link MAX_QUOTATION} characters, or -1. Quotations of the same kind may nest ("«… «…» …»"); a
 * closing mark follows a non-space, and a single quote or `’` before a letter or after an s is an
 * apostrophe ("dragon’s", "the players' union").
 */
function closingMark(text: string, q: number): number {
	const open = text[q];
	const closers = QUOTATION_CLOSERS[open];
	const symmetric = closers.includes(open);
	const single = open === "'" || open === '‘';
	// "'90s": an apostrophe before a digit (or anything but a letter) opens no quotation.
	if (single && !isWordChar(text[q + 1] ?? '')) return -1;
	let depth = 0;
	for (let k = q + 1; k < text.length && k - q <= MAX_QUOTATION; k++) {
		const c = text[k];
		if (isLineBreak(c)) return -1;
		if (closers.includes(c) && !isSpace(text[k - 1])) {
			if (isWordChar(text[k + 1] ?? '')) continue;
			// "the players' union": after an s, a single quote is the possessive's apostrophe.
			if (single && text[k - 1] === 's') continue;
			if (depth === 0) return k;
			depth--;
		} else if (!symmetric && c === open) depth++;
		else if (symmetric && c === open && isSpace(text[k - 1]) && !isSpace(text[k + 1] ?? ' ')) {
			// Another opening mark of the same kind first: the one at `q` was no quotation mark
			// ("in the 'nineties. She said 'yes' and left").
			return -1;
		}
	}
	return -1;
}

/**
 * Whether the sentence goes on after a closing quotation mark (its offset + 1): a lower-case
 * word, perhaps after a comma ("«…», и сразу же") or an opening bracket ("’ (translated").
 */
function sentenceGoesOn(text: string, k: number): boolean {
	let p = k;
	if (text[p] === ',') p++;
	if (!(text[p] === ' ' || text[p] === '\u00a0')) return false;
	while (text[p] === ' ' || text[p] === '\u00a0') p++;
	if (text[p] === '(') p++;
	return isLower(text[p] ?? '');
}

/**
 * A spaced ellipsis (". . ." or ". . . ."), starting with the period at `i`. Three periods leave
 * words out inside a sentence; four are a full stop and an ellipsis: right after a word, the
 * stop ends the sentence and the ellipsis opens the next one ("compounds. . . . The"); after a
 * space, all four end it ("a period . . . . Next"). Returns where a sentence ends, if it does,
 * and where scanning goes on.
 */
function spacedEllipsis(text: string, i: number): { end?: number; next: number } {
	let k = i;
	let dots = 0;
	while (text[k] === '.') {
		dots++;
		k++;
		if (text[k] === ' ' && text[k + 1] === '.') k++;
	}
	let j = k;
	while (j < text.length && isCloser(text[j])) j++;
	const m = skipSpaces(text, j);
	if (dots < 4 || j === m || m >= text.length) return { next: j };
	const p = firstWordStart(text, m);
	const glued = i > 0 && !isSpace(text[i - 1]);
	if (glued) return { end: i + 1, next: j };
	return isLower(text[p] ?? '') ? { next: j } : { end: j, next: j };
}

/**
 * Lists run together on one line ("1.) The first item 2.) The second item", "• 9. … • 10. …",
 * "a. … b. …", "(a) … (b) …"): a run starts at an item marker that opens a sentence (at the
 * start of the text or a line, or after a sentence's end) and goes on while the next marker (the
 * same form, the next number or letter, after a space) follows within {@link LIST_REACH}
 * characters. Each marker of a run starts a sentence; the last item also ends at a line break
 * before a capital ("c) one more\n They went"). Returns those boundaries and the periods inside
 * markers, which end nothing; `undefined` when the text holds no such list.
 *
 * A run needs two markers from "1" or "a" (or any number after a bullet), else three: "He
 * scored 2. The match" is no list, and neither is one "(c)".
 */
function inlineList(text: string): { starts: number[]; marks: Set<number> } | undefined {
	const starts: number[] = [];
	const marks = new Set<number>();
	const markPeriods = (at: number, marker: string, punct: string) => {
		for (let k = marker.length - punct.length; k < marker.length; k++) {
			if (marker[k] === '.') marks.add(at + k);
		}
	};
	let covered = 0;
	// Markers end in ". " or ") ": find those, then look back over the marker before them.
	let dot = text.indexOf('. ');
	let paren = text.indexOf(') ');
	while (dot >= 0 || paren >= 0) {
		const q = 1 + (paren < 0 || (dot >= 0 && dot < paren) ? dot : paren);
		if (q - 1 === dot) dot = text.indexOf('. ', q);
		else paren = text.indexOf(') ', q);
		const found = markerBefore(text, q);
		if (!found || found.at < covered) continue;
		const { at, bullet, gap, open, ident, punct } = found;
		const fromStart = isDigit(ident[0]) ? ident === '1' || bullet !== '' : /^[aA]$/.test(ident);
		// A new list may also start inside the last item of another ("… 2) The second item a) A
		// new list b) …"): it opens with its first item, before that item's end.
		const afterList = covered > 0 && fromStart && withinItem(text, covered, at);
		if (!afterList && !opensSentence(text, at)) continue;
		const alpha = !isDigit(ident[0]);
		const first = text.slice(at, q);
		const run = [at];
		let value = alpha ? ident.charCodeAt(0) : Number(ident);
		let from = at + first.length + 1;
		for (;;) {
			value++;
			const next = alpha ? String.fromCharCode(value) : String(value);
			if (alpha && !isWordChar(next)) break;
			const marker = `${bullet}${gap}${open}${next}${punct}`;
			const k = findMarker(text, from, marker);
			if (k < 0) break;
			run.push(k);
			from = k + marker.length;
		}
		if (run.length < (fromStart ? 2 : 3)) continue;
		covered = from;
		run.forEach((m, r) => {
			const marker =
				r === 0
					? first
					: `${bullet}${gap}${open}${alpha ? String.fromCharCode(ident.charCodeAt(0) + r) : String(Number(ident) + r)}${punct}`;
			markPeriods(m, marker, punct);
			if (m > 0) starts.push(m);
		});
		const lineEnd = itemEndsAtLineBreak(text, from);
		if (lineEnd !== undefined) starts.push(lineEnd);
	}
	return starts.length ? { starts, marks } : undefined;
}

/** Whether `[from, to)` is short and holds no line break and no sentence end: one list item. */
function withinItem(text: string, from: number, to: number): boolean {
	if (to - from > LIST_REACH) return false;
	for (let k = from; k < to; k++) {
		if (isLineBreak(text[k]) || isCommonTerminator(text[k])) return false;
	}
	return true;
}

/** Where `marker` stands next after `from`, after whitespace and before a space, or -1. */
function findMarker(text: string, from: number, marker: string): number {
	const window = text.slice(from, from + LIST_REACH);
	for (let k = window.indexOf(marker, 1); k > 0; k = window.indexOf(marker, k + 1)) {
		if (isSpace(window[k - 1]) && window[k + marker.length] === ' ') return from + k;
	}
	return -1;
}

/**
 * A sentence end with the space after it lost: a fullwidth stop before anything ("period．Does"),
 * or one ".", "!" or "?" between a word (or number) and a capitalised word ("world.Today",
 * "1,000.That"), outside addresses ("Jane.Doe@example.com", "www.testurl.Awesome.com") and
 * abbreviations ("Mr.Smith").
 */
function gluedEnd(text: string, i: number, j: number): boolean {
	if (j - i !== 1) return false;
	const c = text[i];
	if (c === '．' || c === '！' || c === '？') return true;
	if (!(isUpper(text[j]) && isLower(text[j + 1] ?? ''))) return false;
	const before = text[i - 1] ?? '';
	if (!(isDigit(before) || (isLower(before) && isLower(text[i - 2] ?? '')))) return false;
	// The whole token, from the space before to the space after, is no address.
	let a = i;
	while (a > 0 && i - a < 2 * MAX_WORD && !isSpace(text[a - 1])) a--;
	let b = j;
	while (b < text.length && b - j < 2 * MAX_WORD && !isSpace(text[b])) b++;
	const token = text.slice(a, b);
	if (/[@/\\:_]|www\./i.test(token)) return false;
	// Another period inside the word after ("Awesome.com"); one at its end ("Tuesday.Mr.") is fine.
	const after = text.slice(j, b).replace(/[.!?,;:"'”’»)]+$/, '');
	if (after.includes('.')) return false;
	return c !== '.' || periodEndsSentence(text, i, j);
}

/**
 * Where footnote references glued to a sentence end stop: bracketed numbers ("martyr.[1]",
 * "at large.[7][8]", "[2–11]") or, after a word or ")" and one period, up to three numbers of up to
 * three digits before a capital ("consultation.11 12 Take", "(type 2).10 This"), not after an
 * abbreviation ("No.1"). Returns `j` itself when there are none.
 */
function afterCitation(text: string, i: number, termEnd: number, j: number): number {
	let k = j;
	while (text[k] === '[' && isDigit(text[k + 1] ?? '')) {
		let q = k + 1;
		while (q - k < 12 && (isDigit(text[q] ?? '') || '–-, '.includes(text[q] ?? '.'))) q++;
		if (text[q] !== ']') break;
		k = q + 1;
	}
	if (k > j) return k;
	if (j !== termEnd || termEnd - i !== 1 || text[i] !== '.') return j;
	const before = text[i - 1] ?? '';
	const word = wordBefore(text, i);
	if (before !== ')' && (word.length < 3 || !isLower(before))) return j;
	if (word && lookupAbbreviation(abbreviationTable(wordScript(word)), word)) return j;
	let q = j;
	for (let group = 0; group < 3; group++) {
		let d = q;
		while (d - q < 3 && isDigit(text[d] ?? '')) d++;
		if (d === q || isDigit(text[d] ?? '')) break;
		q = d;
		if (!(text[q] === ' ' && isDigit(text[q + 1] ?? ''))) break;
		q++;
	}
	if (q === j || !isDigit(text[q - 1])) return j;
	const p = firstWordStart(text, skipSpaces(text, q));
	return q < text.length && isSpace(text[q]) && isUpper(text[p] ?? '') ? q : j;
}

/**
 * The last "(" or "[" before an offset, for offsets asked in ascending order: two cursors that
 * only move forward, so that sentences without brackets cost nothing.
 */
function openingBrackets(text: string): { before(i: number): number } {
	let paren = text.indexOf('(');
	let square = text.indexOf('[');
	let last = -1;
	return {
		before(i: number): number {
			while (paren >= 0 && paren < i) {
				last = Math.max(last, paren);
				paren = text.indexOf('(', paren + 1);
			}
			while (square >= 0 && square < i) {
				last = Math.max(last, square);
				square = text.indexOf('[', square + 1);
			}
			return last;
		}
	};
}

/** How far {@link insideBrackets} looks for the brackets around a candidate ending. */
const MAX_BRACKETS = 200;

/**
 * Whether the terminators at `i` stand inside brackets opened after the sentence start `from`
 * and closed further on the same line: "[16:  firma? 13:28]", "(is it legal? nobody knows)".
 */
function insideBrackets(text: string, i: number, end: number, from: number): boolean {
	let depth = 0;
	let k = i - 1;
	for (; k >= from && i - k <= MAX_BRACKETS; k--) {
		const c = text[k];
		if (c === ')' || c === ']') depth++;
		else if (c === '(' || c === '[') {
			if (depth === 0) break;
			depth--;
		}
	}
	if (k < from || i - k > MAX_BRACKETS) return false;
	const closer = text[k] === '(' ? ')' : ']';
	depth = 0;
	for (let q = end; q < text.length && q - i <= MAX_BRACKETS; q++) {
		const c = text[q];
		if (isLineBreak(c)) return false;
		if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') {
			if (depth === 0) return c === closer;
			depth--;
		}
	}
	return false;
}

/** How far after a list marker the next one may follow. */
const LIST_REACH = 1000;

interface Marker {
	at: number;
	bullet: string;
	gap: string;
	open: string;
	ident: string;
	punct: string;
}

/**
 * The list item marker that ends right before the space at `q`, after whitespace or at the start:
 * an optional bullet (and a space), an optional "(", a number of 1-3 digits or a letter, then
 * ".", ")" or ".)" ("1.", "a)", "(b)", "2.)", "• 9.", "⁃10.").
 */
function markerBefore(text: string, q: number): Marker | undefined {
	let k = q - 1;
	let punct = text[k];
	if (punct === ')' && text[k - 1] === '.') punct = '.)';
	k -= punct.length;
	let s = k + 1;
	while (s > 0 && k + 1 - s < 3 && isDigit(text[s - 1])) s--;
	if (s === k + 1) {
		const c = text[k] ?? '';
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return undefined;
		s = k;
	}
	const ident = text.slice(s, k + 1);
	let open = '';
	if (text[s - 1] === '(') {
		if (punct !== ')') return undefined;
		open = '(';
		s--;
	}
	let bullet = '';
	let gap = '';
	if (s > 0 && BULLETS.includes(text[s - 1])) {
		bullet = text[--s];
	} else if (s > 1 && text[s - 1] === ' ' && BULLETS.includes(text[s - 2])) {
		gap = ' ';
		bullet = text[s - 2];
		s -= 2;
	}
	if (s > 0 && !isSpace(text[s - 1])) return undefined;
	return { at: s, bullet, gap, open, ident, punct };
}

/** Whether a list marker at `at` opens a sentence: at the start, after a line break or an end. */
function opensSentence(text: string, at: number): boolean {
	let s = at;
	while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
	if (s === 0 || isLineBreak(text[s - 1])) return true;
	if (s === at) return false;
	let t = s;
	while (t > 0 && isCloser(text[t - 1])) t--;
	return t > 0 && isCommonTerminator(text[t - 1]);
}

/** A line break after the last list item, before a capitalised line: where the item ends. */
function itemEndsAtLineBreak(text: string, from: number): number | undefined {
	for (let k = from; k < text.length && k - from < LIST_REACH; k++) {
		const c = text[k];
		if (isCommonTerminator(c)) return undefined;
		if (!isLineBreak(c)) continue;
		const p = firstWordStart(text, skipSpaces(text, k + 1));
		return p < text.length && isUpper(text[p]) ? k : undefined;
	}
	return undefined;
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
	// The Armenian full stop `։` is the exception: it ends a sentence whatever follows (a typo'd
	// lower-case start, "…ուներ։ շարժիչ…"), except the dash of a speaker's words after a quotation.
	if (first && isLower(first)) {
		return style !== 'latin' && text[termEnd - 1] === ARMENIAN_FULL_STOP && !isDash(text[m]);
	}

	let dots = 0;
	for (let k = i; k < termEnd; k++) if (text[k] === '.') dots++;
	if (dots < termEnd - i) {
		// Any other terminator is unambiguous, except the Armenian colon.
		// A colon after a verb of saying before a quotation ("Նա գրել է Twitter-ում: «…»") is a
		// colon here too, as in `։` texts below.
		if (style === ':' && termEnd - i === 1 && text[i] === ':') {
			if (!(isUpper(first) || isDigit(first)) || introducesList(text, i)) return false;
			return !(isQuoteOpener(text[m]) && introducesSpeech(text, i));
		}
		// In a `։` text a colon is a colon before a quotation ("ասաց: «…»"), but a full stop,
		// as the site's other sentences have it, before a capitalised word (Armenian, or a Latin
		// name that opens the next sentence: "…: Boston Globe-ը") or direct speech opened by a
		// dash ("…: -Մեր", "…: –Այսօր").
		if (style === '։' && termEnd - i === 1 && text[i] === ':') {
			const quote = m < p && !isDash(text[m]);
			if (!(isUpper(first) || isDigit(first)) || introducesList(text, i)) return false;
			return !quote || !introducesSpeech(text, i);
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
	// Where `.` is the Armenian full stop, it also stands for the mid-sentence mark before a
	// quotation: "Նա ասաց. «…»".
	if (style === '.' && isQuoteOpener(text[m]) && introducesSpeech(text, i)) return false;
	return periodEndsSentence(text, i, p);
}

/** How many words before a colon {@link introducesSpeech} looks at for a verb of saying. */
const SPEECH_REACH = 4;

/**
 * Verbs of saying ("ասաց", "նշել է", "գրել է Twitter-ում") a few words before a colon introduce
 * a quotation: there the colon is a colon, whatever the text uses as its full stop. Not after a
 * quotation's speaker ("«…», - ասաց նա: «…»"): that sentence ends at the colon.
 */
function introducesSpeech(text: string, colon: number): boolean {
	let s = colon;
	for (let k = 0; k < SPEECH_REACH; k++) {
		const word = wordBefore(text, s);
		if (word === '') return false;
		s -= word.length;
		const gap = s;
		while (s > 0 && text[s - 1] === ' ') s--;
		if (isArmenianSpeechVerb(word)) return !speakerOfQuotation(text, s);
		// Only words separated by spaces: a comma, quote or dash ends the look-back.
		if (s === gap || s === 0) return false;
	}
	return false;
}

/**
 * Whether the words before offset `k` name the speaker of a quotation that went before: a dash
 * after a comma or a closing quote ("»,- նա", "», – 30 տարի անց ծիծաղելով"), looking back to the
 * sentence's start or a bounded distance.
 */
function speakerOfQuotation(text: string, k: number): boolean {
	for (let s = k - 1; s >= 0 && k - s <= 2 * MAX_WORD; s--) {
		const c = text[s];
		if (isTerminator(c, ':') || c === ARMENIAN_FULL_STOP) return false;
		// The question asked went before: "Ինչո՞ւ՝ հարցրեց նա: «…»".
		if (c === ARMENIAN_QUESTION) return true;
		if (!isDash(c)) continue;
		let b = s;
		while (b > 0 && text[b - 1] === ' ') b--;
		if (b > 0 && (text[b - 1] === ',' || isCloser(text[b - 1]))) return true;
	}
	return false;
}

function isQuoteOpener(c: string): boolean {
	return c === '«' || c === '“' || c === '„' || c === '"' || c === '\u0559';
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
	// "…մրցակցության օրինակ է:" ("is an example"): a copula ends a statement, not a list's intro.
	if (last === 'է' || last === 'էր') return false;
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
		// "--" is typed for a dash ("-- voila! -- you have cake").
		const afterDash =
			p > m &&
			(text[p - 1] === '—' || text[p - 1] === '–' || (text[p - 1] === '-' && text[p - 2] === '-'));
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
	// "N°. 5": the numero sign.
	if (word === '' && text[i - 1] === '°' && (text[i - 2] === 'N' || text[i - 2] === 'n')) {
		return !isDigit(first);
	}
	// After a closing quote or bracket ("(CSTO).") or a lone period.
	if (word === '') return true;
	if (isNumber(word)) return !isListMarker(text, i - word.length, word);
	// An initial before a name: "N. Pashinyan", "В. В. Путин", "Ն. Փաշինյան" (before any table:
	// a capital "В." is an initial, not the abbreviation "в." of век).
	// English "I" after a lower-case word is the pronoun ("you and I. Did"), not an initial
	// ("Albert I. Jones").
	if (word === 'I' && startsWord(text, i - 1) && isLower(previousWordStart(text, i - 1))) {
		return true;
	}
	if (word.length === 1 && isUpper(word) && startsWord(text, i - 1)) return !isUpper(first);

	const tbl = abbreviationTable(wordScript(word));
	// After a lost space ("Tuesday.Mr."), the abbreviation is the last part of the word.
	const last = word.slice(word.lastIndexOf('.') + 1);
	const kind =
		lookupAbbreviation(tbl, compoundWithPrevious(text, i - word.length, word)) ??
		lookupAbbreviation(tbl, word) ??
		(last.length > 1 && last !== word ? lookupAbbreviation(tbl, last) : undefined);
	// "10 см. Для…", "6 ft. The…": a unit after a number ends like a word.
	if (kind !== undefined && isUnit(word) && afterNumber(text, i - word.length)) return true;
	if (kind === 'title') return false;
	if (kind === 'numeric') return !isDigit(first);
	if (kind === 'ambiguous') {
		// A time ends a sentence before a capital unless it opens the sentence ("At 5 a.m. Mr.
		// Smith went…" vs "…left at 6 P.M. Mr. Smith then…").
		const lower = word.toLowerCase();
		if ((lower === 'a.m' || lower === 'p.m') && isUpper(first)) {
			// …unless a day or month goes on with the time ("5 p.m. Friday").
			if (DAYS_AND_MONTHS.test(wordAt(text, p))) return false;
			return wordsBefore(text, i - word.length, 4) >= 4;
		}
		return isSentenceStarter(wordAt(text, p));
	}
	if (kind === 'final') return true;

	const parts = word.split('.');
	if (parts.every((part) => part.length === 1 && isWordChar(part))) {
		if (parts.length === 1) {
			// A capital glued to something ("°C.") is no initial; it ends like a word.
			if (isUpper(word)) return true;
			// "высотой 10 м. Затем": a unit after a number.
			if (isUnit(word) && afterNumber(text, i - 1)) return true;
			// A lone lower-case Cyrillic or Armenian letter is an abbreviation ("с.", "ք.").
			if (wordScript(word) !== 'latin') return false;
		}
		// Unlisted dotted abbreviations ("J.R.R.", "U.A.E.") end only before an opener word.
		return isSentenceStarter(wordAt(text, p));
	}
	return true;
}

const DAYS_AND_MONTHS =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$/;

/** The first letter of the word before offset `k` (past spaces), or '' if there is none. */
function previousWordStart(text: string, k: number): string {
	let s = k;
	while (s > 0 && isSpace(text[s - 1])) s--;
	const end = s;
	while (s > 0 && end - s < MAX_WORD && isWordChar(text[s - 1])) s--;
	return s < end ? text[s] : '';
}

/**
 * How many words (up to `limit`) stand between offset `k` and the start of its sentence (the
 * last terminator followed by a space, or the start of the text), looking back a bounded way.
 */
function wordsBefore(text: string, k: number, limit: number): number {
	let words = 0;
	let inWord = false;
	for (let s = k - 1; s >= 0 && k - s <= 4 * MAX_WORD; s--) {
		const c = text[s];
		if (isSpace(c)) {
			if (s > 0 && (isCommonTerminator(text[s - 1]) || isCloser(text[s - 1]))) {
				// A terminator before a space: the sentence starts here.
				return words + (inWord ? 1 : 0);
			}
			if (inWord) words++;
			inWord = false;
			if (words >= limit) return words;
		} else inWord = true;
	}
	return words + (inWord ? 1 : 0);
}

/** Whether a number stands right before offset `k`, past spaces ("10 см", "10\u00a0см"). */
function afterNumber(text: string, k: number): boolean {
	let s = k;
	while (s > 0 && k - s < 3 && isSpace(text[s - 1])) s--;
	return s < k && s > 0 && isDigit(text[s - 1]);
}

/** Whether offset `k` starts a word (not "°C", "5G"): after a space, an opener or nothing. */
function startsWord(text: string, k: number): boolean {
	return k === 0 || isSpace(text[k - 1]) || isOpener(text[k - 1]);
}

function isNumber(word: string): boolean {
	for (const c of word) if (!(isDigit(c) || c === '.' || c === ',')) return false;
	return isDigit(word[0]);
}

/**
 * "1. The first item" at the start of a line, perhaps after a bullet ("• 9. Stop smoking"): the
 * period belongs to the list marker.
 */
function isListMarker(text: string, start: number, word: string): boolean {
	if (word.length > 3 || word.includes('.') || word.includes(',')) return false;
	let s = start;
	while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
	if (s > 0 && BULLETS.includes(text[s - 1])) {
		s--;
		while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
	}
	return s === 0 || isLineBreak(text[s - 1]);
}

/** Marks that open a list item. */
const BULLETS = '•⁃◦▪‣·●○►';

/** Lines of a list of lines have at most this many words and characters. */
const LINE_LIST_MAX_WORDS = 3;
const LINE_LIST_MAX_CHARS = 40;

/**
 * Paragraphs (text between blank lines) of three or more short lines and no punctuation that
 * ends a sentence anywhere ("features\ncontact manager\nevents, activities") are lists of
 * lines (menus, tags, feature lists): each line is a sentence of its own. Prose wrapped over
 * three lines reaches a full stop, and its lines are longer. Returns the line breaks between
 * such lines.
 */
function lineListBreaks(text: string, style: Style): Set<number> {
	const lineBreaks = /[\n\r\u2028\u2029]/g;
	const out = new Set<number>();
	let breaks: number[] = [];
	let lines = 0;
	let ok = true;
	const close = () => {
		if (ok && lines >= 3) for (const b of breaks) out.add(b);
		breaks = [];
		lines = 0;
		ok = true;
	};
	let start = 0;
	for (;;) {
		const m = lineBreaks.exec(text);
		const end = m ? m.index : text.length;
		let p = start;
		while (p < end && isSpace(text[p])) p++;
		if (p === end) {
			// A blank line ends the paragraph; the break before it ends its last line anyway.
			breaks.pop();
			close();
		} else {
			lines++;
			if (ok && !isListLine(text, p, end, style)) ok = false;
			if (m) breaks.push(m.index);
		}
		if (!m) break;
		start = m.index + 1;
		if (text[m.index] === '\r' && text[start] === '\n') lineBreaks.lastIndex = ++start;
	}
	close();
	return out;
}

/** Whether `[p, end)` is a short line without sentence punctuation ({@link lineListBreaks}). */
function isListLine(text: string, p: number, end: number, style: Style): boolean {
	if (end - p > LINE_LIST_MAX_CHARS) return false;
	let words = 0;
	let inWord = false;
	for (let k = p; k < end; k++) {
		const c = text[k];
		if (isSpace(c)) {
			inWord = false;
			continue;
		}
		if (isTerminator(c, style) || c === ';') return false;
		if (!inWord && ++words > LINE_LIST_MAX_WORDS) return false;
		inWord = true;
	}
	return true;
}

/**
 * Whether the line `[lineStart, i)` is a list item without final punctuation ("d. Compliance Log
 * – Volume 12", "2) Get some rest") followed, after the line break at `i`, by a line that starts
 * with a capital or a digit: the item ends with its line, as the last item of an inline list does
 * ("c) one more\n They went").
 */
function lineItemEndsAt(text: string, lineStart: number, i: number, style: Style): boolean {
	const body = afterLineMarker(text, lineStart, i);
	if (body < 0) return false;
	for (let k = body; k < i; k++) if (isTerminator(text[k], style)) return false;
	let p = i + 1;
	if (text[i] === '\r' && text[p] === '\n') p++;
	while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
	p = firstWordStart(text, p);
	return p < text.length && (isUpper(text[p]) || isDigit(text[p]));
}

/**
 * Where the text of a line that starts with a list marker begins, or -1: a bullet, a number
 * ("1.", "10)", "2.)"), a lower-case letter or roman numeral ("d.", "b)", "iv.", "(c)"), or a
 * capital with a bracket ("B)"), then a space. A capital with a period is an initial ("A. Smith").
 */
function afterLineMarker(text: string, lineStart: number, lineEnd: number): number {
	let p = lineStart;
	while (p < lineEnd && (text[p] === ' ' || text[p] === '\t')) p++;
	const first = text.charCodeAt(p);
	// Markers are bullets, digits, brackets and Latin letters: a Cyrillic or Armenian start is text.
	if (first > 0x7f && !BULLETS.includes(text[p])) return -1;
	if (p < lineEnd && BULLETS.includes(text[p])) {
		p++;
		if (text[p] !== ' ' && text[p] !== '\t') return -1;
		while (p < lineEnd && (text[p] === ' ' || text[p] === '\t')) p++;
		// "• 9. Stop smoking": a number may follow the bullet.
		if (!isDigit(text[p] ?? '')) return p;
	}
	const open = text[p] === '(';
	if (open) p++;
	let d = p;
	while (d < lineEnd && d - p < 3 && isDigit(text[d])) d++;
	const ident = d > p ? text.slice(p, d) : wordAt(text, p);
	if (ident.length > 5) return -1;
	const numeric = d > p;
	const lower = /^(?:[a-z]|[ivx]{1,5})$/.test(ident);
	const upper = /^[A-Z]$/.test(ident);
	if (!(numeric || lower || upper)) return -1;
	p += ident.length;
	if (open) {
		if (text[p] !== ')') return -1;
		p++;
	} else if (text[p] === '.' && text[p + 1] === ')') p += 2;
	else if (text[p] === ')') p++;
	else if (text[p] === '.' && !upper) p++;
	else return -1;
	return p < lineEnd && (text[p] === ' ' || text[p] === '\t') ? p : -1;
}

/** Whether the line after the line break at `i` is blank, i.e. a paragraph ends there. */
function nextLineIsBlank(text: string, i: number): boolean {
	let p = i + 1;
	if (text[i] === '\r' && text[p] === '\n') p++;
	while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
	return p < text.length && isLineBreak(text[p]);
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
	if ('-–—•·▪‣●○*►⁃'.includes(c)) return spaceAt(p + 1);
	let d = p;
	while (d < text.length && d - p < 3 && isDigit(text[d])) d++;
	if (d > p) return (text[d] === '.' || text[d] === ')') && spaceAt(d + 1);
	// "a) …", "(b) …", "(iv) …", "ii) …"
	const open = c === '(' ? 1 : 0;
	const ident = wordAt(text, p + open);
	const roman = /^(?:[ivx]{1,5}|[IVX]{1,5})$/.test(ident);
	if (!(ident.length === 1 || roman)) return false;
	const close = p + open + ident.length;
	return text[close] === ')' && spaceAt(close + 1);
}
