/**
 * Turns the units of each rendering into what the scorer compares: lengths, and a multiset of
 * language-neutral feature ids per unit (numbers, months, names, lexicon concepts), plus quote,
 * bracket and question counts and the block structure. Everything the dynamic programme reads in
 * its inner loop is a typed array, and merged features of 2- and 3-unit groups are precomputed.
 */
import type { BlockKind, Lang } from '../types';
import { NEWS_LEXICON, type Lexicon } from './lexicon';
import { extractNumbers, monthOf, numberWord } from './numbers';
import { clusterSkeletons, skeleton } from './translit';

/** One unit to align: a sentence (or a line with `--lines`) and where it sits in the document. */
export interface AlignUnit {
	text: string;
	kind?: BlockKind;
	/** Index of the block (paragraph, title, caption) the unit belongs to. */
	block?: number;
}

/** Feature categories and their weights: what a shared feature earns, what a lone one costs. */
export const FEATURE_WEIGHTS = {
	number: { match: 3.5, miss: 2.5 },
	month: { match: 2, miss: 1.5 },
	name: { match: 2, miss: 0.4 },
	concept: { match: 0.85, miss: 0.25 },
	/**
	 * A lower-case word sharing its first consonants with one in another script (`laboratory`,
	 * `лабораторных`; `technique`, `технику`): international vocabulary. Most words have no
	 * cognate in the other language, so a lone one costs nothing.
	 */
	cognate: { match: 1.7, miss: 0 }
} as const;
type Category = keyof typeof FEATURE_WEIGHTS;

const KIND_CODES: Record<BlockKind, number> = {
	header: 0,
	dateline: 1,
	title: 2,
	caption: 3,
	subheading: 4,
	paragraph: 5,
	chrome: 6
};
/** Kind codes of body text: a subheading rendered as a paragraph is a small matter. */
export const BODY_KINDS = new Set([KIND_CODES.subheading, KIND_CODES.paragraph]);

/** The units of one rendering, prepared for scoring. Prefix sums make group sums O(1). */
export interface PreparedLang {
	lang: Lang;
	n: number;
	/** Prefix sums over units (length n + 1). */
	lenSum: Float64Array;
	quoteSum: Float64Array;
	bracketSum: Float64Array;
	questionSum: Float64Array;
	/** Sum of the miss weights of each unit's features: the cost of leaving it unmatched. */
	missSum: Float64Array;
	/** Sum of the match weights of each unit's features: the most a pairing can earn from them. */
	matchSum: Float64Array;
	/** Number of units that start a block; differences count block crossings inside a group. */
	startSum: Float64Array;
	/**
	 * Number of units of unknown block that do not end like a sentence (a headline, a photo
	 * credit, a "read also" line): such a line is a block of its own, whatever the input says.
	 */
	openSum: Float64Array;
	/** 1 = the unit (of unknown block) ends like a sentence, 0 = it does not, -1 = block known. */
	closed: Int8Array;
	/** -1 when unknown. */
	kind: Int8Array;
	/** 1 = starts a block, 0 = continues one, -1 = unknown. */
	blockStart: Int8Array;
	/** Sorted feature ids of groups of 1, 2 and 3 units: `groups[size - 1]`. */
	groups: FeatureGroups[];
}

/** Sorted feature ids of every group of one size, in one buffer: group i is `ids[off[i]..off[i+1])`. */
export interface FeatureGroups {
	off: Int32Array;
	ids: Int32Array;
}

export interface PreparedDoc {
	langs: Lang[];
	by: Partial<Record<Lang, PreparedLang>>;
	/** Per feature id. */
	matchWeight: Float64Array;
	missWeight: Float64Array;
}

const STOPWORDS: Record<Lang, Set<string>> = {
	en: new Set(
		(
			'the a an in on at but and or this that these those it its he she they we i you his her ' +
			'their our as after before with for from by of to during according however although yet ' +
			'while when if so also there here what who which why how not no more less most all some any ' +
			'one two three many much other another such than then now only even still just both each ' +
			'every since until into about over under between through against among without within ' +
			'despite because though where whether be is are was were been has have had do does did ' +
			'will would can could should may might must speaking earlier later last next new meanwhile ' +
			'mr mrs ms dr'
		).split(' ')
	),
	ru: new Set(
		(
			'в во на по и но а он она они оно это этот эта эти как что с со к ко у о об за из при после ' +
			'до для от однако тем так также же ли бы не ни все всё его ее её их мы вы я ты там здесь ' +
			'когда если хотя чтобы уже еще ещё лишь только даже поэтому кроме между над под через без ' +
			'около согласно тогда сейчас теперь ранее позже кто который которая которые где'
		).split(' ')
	),
	hy: new Set(
		(
			'նա նրանք նրա նրանց այն այս այդ որ որը որոնք և ու իսկ բայց սակայն ըստ մինչ հետո երբ ' +
			'ինչպես միևնույն նաև էլ դա սա դրա ես մենք դուք եթե թեև քանի որովհետև այսպիսով ապա ' +
			'այնուհետև ավելին ինչ ով ավելի'
		).split(' ')
	)
};

// Armenian emphasis, question and exclamation marks sit inside words; a soft hyphen can too.
const IN_WORD_MARKS = /[\u055B\u055C\u055E\u00AD]/g;
const HAS_IN_WORD_MARK = /[\u055B\u055C\u055E\u00AD]/;
const ACRONYM_RE = /\b(\p{Lu})\.(\p{Lu})\./gu;
const DIGIT_RE = /\d/;
/** A word is a run of `[\p{L}\p{M}]`; see {@link forEachWord}. */
const LETTER_RE = /^[\p{L}\p{M}]$/u;
/**
 * How a sentence ends: a full stop, then closing quotes or brackets. In Armenian `։` and the
 * ASCII colon that news sites type for it; elsewhere a line ending in a colon ("Read also:")
 * introduces something and is no sentence.
 */
const SENTENCE_END = /[.!?;…]["'»”’)\]\s]*$/u;
const ARMENIAN_SENTENCE_END = /[.!?;…։:\u055C\u055E]["'»”’)\]\s]*$/u;

/**
 * What reading the units of one rendering gives, unit by unit, in flat buffers: unit i's ids of
 * fixed features (concepts, months) and numbers are `ids[idStart[i]..idStart[i + 1])`, its name
 * skeletons (given ids once all renderings are read and the names clustered) likewise.
 */
class Reading {
	readonly len: Float64Array;
	readonly quotes: Float64Array;
	readonly brackets: Float64Array;
	readonly question: Float64Array;
	readonly ids: number[] = [];
	readonly idStart: Int32Array;
	readonly skeletons: string[] = [];
	readonly skStart: Int32Array;
	constructor(readonly n: number) {
		this.len = new Float64Array(n);
		this.quotes = new Float64Array(n);
		this.brackets = new Float64Array(n);
		this.question = new Float64Array(n);
		this.idStart = new Int32Array(n + 1);
		this.skStart = new Int32Array(n + 1);
	}
}

/**
 * Feature ids. Concepts and months have fixed ids (concept c is c, month m follows the
 * concepts), so words map to ids once per document; numbers and names get ids as they appear.
 */
class FeatureSpace {
	readonly match: number[] = [];
	readonly miss: number[] = [];
	readonly #dynamic = new Map<string, number>();
	readonly monthBase: number;

	constructor(concepts: number) {
		this.monthBase = concepts;
		for (let c = 0; c < concepts; c++) this.#push('concept');
		for (let m = 0; m < 12; m++) this.#push('month');
	}

	#push(category: Category): number {
		this.match.push(FEATURE_WEIGHTS[category].match);
		this.miss.push(FEATURE_WEIGHTS[category].miss);
		return this.match.length - 1;
	}

	/** The id of a number (`n…`) or name (`p…`) key. */
	dynamic(key: string, category: Category): number {
		let id = this.#dynamic.get(key);
		if (id === undefined) {
			id = this.#push(category);
			this.#dynamic.set(key, id);
		}
		return id;
	}
}

/** What one word contributes: fixed feature ids, or a name skeleton. */
interface WordInfo {
	ids: readonly number[];
	skeleton?: string;
}

/** Letters a word needs to be looked at as a possible cognate, and consonants compared. */
const COGNATE_LETTERS = 5;
const COGNATE_CONSONANTS = 4;

const NO_IDS: readonly number[] = [];

function readWord(word: string, lang: Lang, lexicon: Lexicon, space: FeatureSpace): WordInfo {
	const month = monthOf(word, lang);
	if (month) return { ids: [space.monthBase + month - 1] };
	const lower = word.toLowerCase().replace(/ё/g, 'е');
	const written = numberWord(lower, lang);
	if (written) return { ids: [space.dynamic(`n${written}`, 'number')] };
	const concepts = lexicon.lookup(lower, lang);
	if (concepts.length) return { ids: concepts };
	if (word[0] !== word[0].toLowerCase() && !STOPWORDS[lang].has(lower)) {
		const sk = skeleton(word);
		if (sk.length >= 2) return { ids: NO_IDS, skeleton: sk };
	}
	if (word.length >= COGNATE_LETTERS && !STOPWORDS[lang].has(lower)) {
		const sk = skeleton(word);
		if (sk.length >= COGNATE_CONSONANTS) {
			return { ids: [space.dynamic(`c${sk.slice(0, COGNATE_CONSONANTS)}`, 'cognate')] };
		}
	}
	return { ids: NO_IDS };
}

function readUnit(
	text: string,
	unit: number,
	into: Reading,
	lang: Lang,
	lexicon: Lexicon,
	space: FeatureSpace,
	words: Map<string, WordInfo>
): void {
	const clean = HAS_IN_WORD_MARK.test(text) ? text.replace(IN_WORD_MARKS, '') : text;
	const ids = into.ids;
	const skeletons = into.skeletons;
	if (DIGIT_RE.test(clean)) {
		for (const n of extractNumbers(clean)) ids.push(space.dynamic(`n${n}`, 'number'));
	}
	// `U.S.` is one word, not two one-letter ones.
	const wordsText = mayHaveAcronym(clean) ? clean.replace(ACRONYM_RE, '$1$2') : clean;
	forEachWord(wordsText, (word) => {
		// Words repeat a lot within a document; each distinct one is looked up once.
		let info = words.get(word);
		if (!info) {
			info = readWord(word, lang, lexicon, space);
			words.set(word, info);
		}
		for (const id of info.ids) ids.push(id);
		if (info.skeleton) skeletons.push(info.skeleton);
	});
	// Quotes, brackets and question marks counted in one pass without regexes (the in-word marks
	// taken out of `clean` are none of them).
	let quotes = 0;
	let brackets = 0;
	let question = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201e)) quotes++;
		else if (c === 0x28 || c === 0x5b) brackets++;
		else if (c === 0x3f || c === 0x55e) question = 1;
	}
	into.len[unit] = Math.max(1, visibleLength(text));
	into.quotes[unit] = quotes / 2;
	into.brackets[unit] = brackets;
	into.question[unit] = question;
	into.idStart[unit + 1] = ids.length;
	into.skStart[unit + 1] = skeletons.length;
}

/**
 * Whether `ACRONYM_RE` can match: it needs two full stops two code units apart (three with an
 * astral capital). Nearly every sentence has a full stop, few have that, and the Unicode
 * regex costs more than this scan.
 */
function mayHaveAcronym(text: string): boolean {
	for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
		if (text.charCodeAt(at + 2) === 46 || text.charCodeAt(at + 3) === 46) return true;
	}
	return false;
}

/** Per UTF-16 code unit: 1 = `[\p{L}\p{M}]`, 0 = not, -1 = not asked yet. */
const LETTER_UNIT = new Int8Array(0x10000).fill(-1);
const LETTER_ASTRAL = new Map<number, boolean>();

function isLetterUnit(c: number): boolean {
	let v = LETTER_UNIT[c];
	if (v < 0) v = LETTER_UNIT[c] = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 0;
	return v === 1;
}

function isLetterAstral(cp: number): boolean {
	let v = LETTER_ASTRAL.get(cp);
	if (v === undefined) LETTER_ASTRAL.set(cp, (v = LETTER_RE.test(String.fromCodePoint(cp))));
	return v;
}

/**
 * Calls `visit` with every word of two or more code units, in order: what
 * `text.match(/[\p{L}\p{M}]+/gu)` finds, without the regex and the array (each character's
 * class is looked up once per process).
 */
function forEachWord(text: string, visit: (word: string) => void): void {
	let start = -1;
	let i = 0;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		let width = 1;
		let letter: boolean;
		if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			const low = text.charCodeAt(i + 1);
			if (low >= 0xdc00 && low <= 0xdfff) {
				width = 2;
				letter = isLetterAstral((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
			} else letter = isLetterUnit(c);
		} else letter = isLetterUnit(c);
		if (letter) {
			if (start < 0) start = i;
		} else if (start >= 0) {
			if (i - start >= 2) visit(text.slice(start, i));
			start = -1;
		}
		i += width;
	}
	if (start >= 0 && i - start >= 2) visit(text.slice(start, i));
}

/**
 * The words of a text as the feature reader sees them (two or more letters or marks).
 * `wordsOf('U.S. aid, naïve')` → `['aid', 'naïve']`
 */
export function wordsOf(text: string): string[] {
	const out: string[] = [];
	forEachWord(text, (word) => out.push(word));
	return out;
}

/** Length with runs of white space counted as one character and the ends trimmed. */
function visibleLength(text: string): number {
	let len = 0;
	let space = true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const isSpace = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f || c === 0x2009;
		if (isSpace) {
			if (!space) len++;
			space = true;
		} else {
			len++;
			space = false;
		}
	}
	return space && len > 0 ? len - 1 : len;
}

/**
 * Prepares the units of two or three renderings together: name skeletons are clustered across
 * all of them, so ids are shared between languages.
 */
export function prepareDoc(
	units: Partial<Record<Lang, readonly AlignUnit[]>>,
	langs: Lang[],
	lexicon: Lexicon = NEWS_LEXICON
): PreparedDoc {
	const space = new FeatureSpace(lexicon.entries.length);
	const raw: Partial<Record<Lang, Reading>> = {};
	const allSkeletons: string[] = [];
	for (const lang of langs) {
		const words = new Map<string, WordInfo>();
		const list = units[lang]!;
		const reading = (raw[lang] = new Reading(list.length));
		for (let i = 0; i < list.length; i++) {
			readUnit(list[i].text, i, reading, lang, lexicon, space, words);
		}
		for (const sk of reading.skeletons) allSkeletons.push(sk);
	}
	const cluster = clusterSkeletons(allSkeletons);
	// A name's id by skeleton: names repeat, and their keys need making only once. Ids are still
	// given in document order (a cluster's id at its first name).
	const nameIds = new Map<string, number>();
	const by: Partial<Record<Lang, PreparedLang>> = {};
	for (const lang of langs) {
		// Every unit's sorted ids in one buffer (unit i's are `ids[off[i]..off[i + 1])`): tens of
		// thousands of small typed arrays cost more to make than to fill.
		const r = raw[lang]!;
		const off = new Int32Array(r.n + 1);
		for (let i = 0; i < r.n; i++) {
			off[i + 1] = off[i] + r.idStart[i + 1] - r.idStart[i] + (r.skStart[i + 1] - r.skStart[i]);
		}
		const ids = new Int32Array(off[r.n]);
		for (let i = 0; i < r.n; i++) {
			const from = off[i];
			let end = from;
			// Insertion sort: a unit has a few dozen ids at most. Names get their ids here, in
			// document order.
			for (let x = r.idStart[i]; x < r.idStart[i + 1]; x++)
				end = insertSorted(ids, from, end, r.ids[x]);
			for (let x = r.skStart[i]; x < r.skStart[i + 1]; x++) {
				const sk = r.skeletons[x];
				let id = nameIds.get(sk);
				if (id === undefined) {
					id = space.dynamic(`p${cluster.get(sk)}`, 'name');
					nameIds.set(sk, id);
				}
				end = insertSorted(ids, from, end, id);
			}
		}
		const unitIds: FeatureGroups = { off, ids };
		by[lang] = buildLang(lang, units[lang]!, raw[lang]!, unitIds, space.miss, space.match);
	}
	return {
		langs,
		by,
		matchWeight: Float64Array.from(space.match),
		missWeight: Float64Array.from(space.miss)
	};
}

/** Puts `v` into the sorted `ids[from..end)`; returns the new end. */
function insertSorted(ids: Int32Array, from: number, end: number, v: number): number {
	let at = end;
	while (at > from && ids[at - 1] > v) {
		ids[at] = ids[at - 1];
		at--;
	}
	ids[at] = v;
	return end + 1;
}

function buildLang(
	lang: Lang,
	units: readonly AlignUnit[],
	raw: Reading,
	unitIds: FeatureGroups,
	miss: number[],
	match: number[]
): PreparedLang {
	const n = units.length;
	const sums = () => new Float64Array(n + 1);
	const p: PreparedLang = {
		lang,
		n,
		lenSum: sums(),
		quoteSum: sums(),
		bracketSum: sums(),
		questionSum: sums(),
		missSum: sums(),
		matchSum: sums(),
		startSum: sums(),
		openSum: sums(),
		closed: new Int8Array(n),
		kind: new Int8Array(n),
		blockStart: new Int8Array(n),
		groups: []
	};
	const ends = lang === 'hy' ? ARMENIAN_SENTENCE_END : SENTENCE_END;
	for (let i = 0; i < n; i++) {
		const u = units[i];
		let missTotal = 0;
		let matchTotal = 0;
		for (let k = unitIds.off[i]; k < unitIds.off[i + 1]; k++) {
			missTotal += miss[unitIds.ids[k]];
			matchTotal += match[unitIds.ids[k]];
		}
		const prev = i > 0 ? units[i - 1].block : undefined;
		const start =
			u.block === undefined ? -1 : i === 0 || (prev !== undefined && prev !== u.block) ? 1 : 0;
		p.kind[i] = u.kind === undefined ? -1 : KIND_CODES[u.kind];
		p.blockStart[i] = start;
		p.lenSum[i + 1] = p.lenSum[i] + raw.len[i];
		p.quoteSum[i + 1] = p.quoteSum[i] + raw.quotes[i];
		p.bracketSum[i + 1] = p.bracketSum[i] + raw.brackets[i];
		p.questionSum[i + 1] = p.questionSum[i] + raw.question[i];
		p.missSum[i + 1] = p.missSum[i] + missTotal;
		p.matchSum[i + 1] = p.matchSum[i] + matchTotal;
		p.startSum[i + 1] = p.startSum[i] + (start === 1 ? 1 : 0);
		p.closed[i] = start === -1 ? (ends.test(u.text) ? 1 : 0) : -1;
		p.openSum[i + 1] = p.openSum[i] + (p.closed[i] === 0 ? 1 : 0);
	}
	p.groups.push(unitIds);
	for (let size = 2; size <= 3; size++) p.groups.push(groupFeatures(unitIds, size));
	return p;
}

const MAX_ID = 0x7fffffff;

/** Sorted ids of every group of `size` (2 or 3) units, merged from the units' sorted ids. */
function groupFeatures(unit: FeatureGroups, size: number): FeatureGroups {
	const n = unit.off.length - 1;
	const count = Math.max(0, n - size + 1);
	const off = new Int32Array(count + 1);
	for (let i = 0; i < count; i++) off[i + 1] = off[i] + unit.off[i + size] - unit.off[i];
	const ids = new Int32Array(off[count]);
	const src = unit.ids;
	for (let i = 0; i < count; i++) {
		let at = off[i];
		let x = unit.off[i];
		const xEnd = unit.off[i + 1];
		let y = xEnd;
		const yEnd = unit.off[i + 2];
		let z = yEnd;
		const zEnd = size === 3 ? unit.off[i + 3] : yEnd;
		while (x < xEnd || y < yEnd || z < zEnd) {
			const va = x < xEnd ? src[x] : MAX_ID;
			const vb = y < yEnd ? src[y] : MAX_ID;
			const vc = z < zEnd ? src[z] : MAX_ID;
			if (va <= vb && va <= vc) {
				ids[at++] = va;
				x++;
			} else if (vb <= vc) {
				ids[at++] = vb;
				y++;
			} else {
				ids[at++] = vc;
				z++;
			}
		}
	}
	return { off, ids };
}
