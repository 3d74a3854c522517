/**
 * A small trilingual lexicon of frequent news words, matched by stem so that inflected Russian
 * and Armenian forms count (`президентом`, `նախագահի`). Each concept lists stems per language;
 * a token matches the longest stem it starts with, provided what follows is short enough to be
 * an ending. More concepts can be learned from rows translators have confirmed
 * ({@link learnLexicon}).
 */
import { LANGS, type Lang } from '../types';
import { monthOf } from './numbers';
import { NEWS_WORDS } from './news-words';

/** One concept: stems (lower case) per language. A trailing `$` means "this exact form only". */
export type LexiconEntry = Partial<Record<Lang, string[]>>;

interface StemEntry {
	concepts: number[];
	maxSuffix: number;
}

/** How many letters may follow a stem: longer stems may carry longer inflectional endings. */
function maxSuffixFor(stem: string, lang: Lang): number {
	const n = stem.length;
	if (lang === 'en') return n <= 4 ? 1 : 4;
	if (lang === 'ru') return n <= 3 ? 2 : n === 4 ? 3 : 6;
	// Armenian stacks plural, case and article endings (`-ություններից`).
	return n <= 3 ? 2 : n <= 5 ? 5 : 10;
}

/**
 * Stem-matching lexicon. Concept ids are positions in the entry list, so two lexicons built from
 * the same entries agree on ids.
 */
export class Lexicon {
	readonly entries: readonly LexiconEntry[];
	#stems: Record<Lang, Map<string, StemEntry>>;
	#longest = 0;
	/** Per language, the longest ending any stem allows: shorter prefixes need not be tried. */
	#suffix: Record<Lang, number> = { en: 0, hy: 0, ru: 0 };

	constructor(entries: readonly LexiconEntry[]) {
		this.entries = entries;
		this.#stems = { en: new Map(), hy: new Map(), ru: new Map() };
		entries.forEach((entry, id) => {
			for (const lang of LANGS) {
				for (const raw of entry[lang] ?? []) {
					const exact = raw.endsWith('$');
					const stem = (exact ? raw.slice(0, -1) : raw).toLowerCase();
					if (!stem) continue;
					const maxSuffix = exact ? 0 : maxSuffixFor(stem, lang);
					const found = this.#stems[lang].get(stem);
					if (found) {
						if (!found.concepts.includes(id)) found.concepts.push(id);
						found.maxSuffix = Math.max(found.maxSuffix, maxSuffix);
					} else {
						this.#stems[lang].set(stem, { concepts: [id], maxSuffix });
					}
					this.#longest = Math.max(this.#longest, stem.length);
					this.#suffix[lang] = Math.max(this.#suffix[lang], maxSuffix);
				}
			}
		});
	}

	/** A lexicon with more entries (e.g. learned ones); existing concept ids are kept. */
	extend(more: readonly LexiconEntry[]): Lexicon {
		return new Lexicon([...this.entries, ...more]);
	}

	/**
	 * The concepts a lower-case token belongs to (often none). The longest matching stem wins,
	 * so `քաղաքական` (political) is not read as `քաղաք` (city).
	 */
	lookup(token: string, lang: Lang): readonly number[] {
		const stems = this.#stems[lang];
		const shortest = Math.max(2, token.length - this.#suffix[lang]);
		for (let p = Math.min(token.length, this.#longest); p >= shortest; p--) {
			const hit = stems.get(token.slice(0, p));
			if (hit && token.length - p <= hit.maxSuffix) return hit.concepts;
		}
		return NONE;
	}
}

const NONE: readonly number[] = [];

/** Parses `en | hy | ru` lines; blank lines and `#` headings are skipped. */
function parseEntries(table: string): LexiconEntry[] {
	return table
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'))
		.map((line) => {
			const [en, hy, ru] = line.split('|').map((cell) => cell.trim().split(/\s+/).filter(Boolean));
			return { en, hy, ru };
		});
}

/** The bundled news lexicon. */
export const NEWS_LEXICON = new Lexicon(parseEntries(NEWS_WORDS));

// Endings stripped by the light stemmer, longest first. Only used for learning, where a stem
// just has to be the same for the forms of one word often enough to be counted together.
const ENDINGS: Record<Lang, string[]> = {
	en: ["'s", '’s', 'ing', 'ed', 'es', 's'],
	ru: [
		'ями',
		'ами',
		'ого',
		'его',
		'ому',
		'ему',
		'ыми',
		'ими',
		'ией',
		'ой',
		'ей',
		'ом',
		'ем',
		'ам',
		'ям',
		'ах',
		'ях',
		'ов',
		'ую',
		'ая',
		'яя',
		'ое',
		'ее',
		'ые',
		'ие',
		'ый',
		'ий',
		'ым',
		'им',
		'а',
		'я',
		'о',
		'е',
		'ы',
		'и',
		'у',
		'ю',
		'ь'
	],
	hy: [
		'ություններից',
		'ություններին',
		'ությունների',
		'ությունները',
		'ություններ',
		'ությունից',
		'ությունը',
		'ությունն',
		'ություն',
		'ության',
		'ներից',
		'ներին',
		'ների',
		'ները',
		'ներ',
		'երից',
		'երին',
		'երի',
		'երը',
		'եր',
		'ում',
		'ով',
		'ից',
		'ին',
		'ի',
		'ը',
		'ն'
	]
};

/**
 * A light stem: the word lower-cased with one common inflectional ending removed, keeping at
 * least four letters. `lightStem('президентом', 'ru')` → `'президент'`
 */
export function lightStem(word: string, lang: Lang): string {
	const lower = word.toLowerCase().replace(/ё/g, 'е');
	for (const ending of ENDINGS[lang]) {
		if (lower.endsWith(ending) && lower.length - ending.length >= 4) {
			return lower.slice(0, -ending.length);
		}
	}
	return lower;
}

export interface LearnOptions {
	/** Words already known here are not learned again. */
	base?: Lexicon;
	/** Rows a pair must co-occur in (default 2). */
	minCount?: number;
	/** Minimum Dice coefficient of the pair's row sets (default 0.6). */
	minDice?: number;
}

/**
 * Learns concepts from rows translators confirmed: stems that keep turning up in the same rows
 * across languages are probably translations of each other. Each English stem (or, without
 * English, each stem of the first language) gets the best-associated stem of every other
 * language that passes the thresholds.
 *
 * @example
 * learnLexicon([{ en: ['The summit opened.'], ru: ['Саммит открылся.'] }, …], { minCount: 2 })
 */
export function learnLexicon(
	rows: ReadonlyArray<Partial<Record<Lang, readonly string[]>>>,
	options: LearnOptions = {}
): LexiconEntry[] {
	const { base, minCount = 2, minDice = 0.6 } = options;
	const langs = LANGS.filter((l) => rows.some((r) => (r[l]?.length ?? 0) > 0));
	if (langs.length < 2) return [];
	const [pivot, ...others] = langs;
	// For every stem, the rows it occurs in; for every row, its stems.
	const occurs: Record<Lang, Map<string, number[]>> = {
		en: new Map(),
		hy: new Map(),
		ru: new Map()
	};
	const stemsOf: Record<Lang, string[][]> = { en: [], hy: [], ru: [] };
	rows.forEach((row, r) => {
		for (const lang of langs) {
			const seen = new Set<string>();
			for (const text of row[lang] ?? []) {
				for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
					if (word.length < 4 || monthOf(word, lang)) continue;
					if (base && base.lookup(word.toLowerCase(), lang).length) continue;
					seen.add(lightStem(word, lang));
				}
			}
			stemsOf[lang][r] = [...seen];
			for (const stem of seen) {
				const list = occurs[lang].get(stem);
				if (list) list.push(r);
				else occurs[lang].set(stem, [r]);
			}
		}
	});
	// Dice association of every pivot stem with the stems of another language it shares rows
	// with (counted through the shared rows, so the work grows with the text, not its square).
	const dice = (lang: Lang) => {
		const out = new Map<string, Map<string, number>>();
		for (const [stem, pivotRows] of occurs[pivot]) {
			if (pivotRows.length < minCount) continue;
			const shared = new Map<string, number>();
			for (const r of pivotRows) {
				for (const other of stemsOf[lang][r]) shared.set(other, (shared.get(other) ?? 0) + 1);
			}
			const scores = new Map<string, number>();
			for (const [other, count] of shared) {
				if (count < minCount) continue;
				const d = (2 * count) / (pivotRows.length + occurs[lang].get(other)!.length);
				if (d >= minDice) scores.set(other, d);
			}
			out.set(stem, scores);
		}
		return out;
	};
	// A pair is kept only if each is the other's single best partner: with the few rows a
	// translator confirms, ties and one-sided preferences are mostly coincidence.
	const best = (scores: Map<string, number> | undefined): string | undefined => {
		let top: string | undefined;
		let topScore = -1;
		let tied = false;
		for (const [other, d] of scores ?? []) {
			if (d > topScore) [top, topScore, tied] = [other, d, false];
			else if (d === topScore) tied = true;
		}
		return tied ? undefined : top;
	};
	const entries = new Map<string, LexiconEntry>();
	for (const lang of others) {
		const forward = dice(lang);
		const backward = new Map<string, Map<string, number>>();
		for (const [stem, scores] of forward) {
			for (const [other, d] of scores) {
				if (!backward.has(other)) backward.set(other, new Map());
				backward.get(other)!.set(stem, d);
			}
		}
		for (const [stem, scores] of forward) {
			const partner = best(scores);
			if (!partner || best(backward.get(partner)) !== stem) continue;
			const entry = entries.get(stem) ?? { [pivot]: [stem] };
			entry[lang] = [partner];
			entries.set(stem, entry);
		}
	}
	return [...entries.values()];
}
