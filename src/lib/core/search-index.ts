/**
 * The library's search index: every sentence of every rendering, folded once (`foldForSearch`:
 * case — Latin, Armenian, Cyrillic — and `ё` → `е`) into one string per article and language,
 * updated one article at a time. Pure: the search worker keeps one and feeds it from the
 * database; unit tests feed it directly.
 *
 * Each article is indexed from its `SearchRecord` (`searchRecord(renderings, alignment)`): the
 * sentences' texts joined into one string per language, their ids, and the rows as sentence
 * numbers in typed arrays — a compact, structured-clone-friendly summary that the worker keeps in
 * a cache database, so a later visit loads the index without reading (and decoding) every
 * rendering, original and alignment again. Folding the joined texts is one call per language.
 *
 * A query matches a sentence whose folded text contains the folded query, anywhere (as the search
 * always did); hits carry the matching sentence, the match offsets and the aligned counterparts:
 * `index.search('наемник')` finds "наёмники".
 *
 * Why a scan and not an inverted index: measured on 1,000 articles (90,000 sentences, 13 M
 * characters) a MiniSearch index took over a minute and 180 MB to build on this machine, and a
 * short prefix ("to") 0.7 s to score; scanning the pre-folded strings takes tens of milliseconds
 * per query, needs only the folding to build, and keeps substring matching. Off the main thread,
 * in a worker, a scan is well within a keystroke.
 */
import { sentenceText } from './rendering-record';
import { foldForSearch, type SearchHit } from './search';
import type { Alignment, Lang, Rendering } from './types';
import { LANGS } from './types';

/** Bumped whenever `SearchRecord`'s shape or meaning changes: older cached records are rebuilt. */
export const SEARCH_RECORD_FORMAT = 1;

/** One language of an article, as search needs it. */
export interface SearchText {
	/** The sentences' texts, verbatim, joined by '\n'. */
	text: string;
	/** Where each sentence starts in `text` (it ends one character before the next starts). */
	starts: Int32Array;
	/** Each sentence's id. */
	ids: string[];
	/** The alignment row each sentence is in (its index in the rows), or -1. */
	row: Int32Array;
	/**
	 * This language's cells, row by row: the sentences (as indexes in `ids`) of row r are
	 * `cells[cellStarts[r]]` … `cells[cellStarts[r + 1] - 1]`, in the row's order.
	 */
	cells: Int32Array;
	cellStarts: Int32Array;
}

/** What the index keeps of one article: derived from its renderings and alignment only. */
export interface SearchRecord {
	format: number;
	langs: Partial<Record<Lang, SearchText>>;
}

/** The search record of an article: `searchRecord(renderings, alignment)`. */
export function searchRecord(
	renderings: readonly Rendering[],
	alignment: Pick<Alignment, 'rows'> | undefined
): SearchRecord {
	const rows = alignment?.rows ?? [];
	const langs: SearchRecord['langs'] = {};
	for (const r of renderings) {
		const n = r.sentences.length;
		const starts = new Int32Array(n);
		const ids: string[] = [];
		const texts: string[] = [];
		const indexOf = new Map<string, number>();
		let at = 0;
		r.sentences.forEach((s, k) => {
			const t = sentenceText(r, s);
			starts[k] = at;
			ids.push(s.id);
			texts.push(t);
			indexOf.set(s.id, k);
			at += t.length + 1;
		});
		const row = new Int32Array(n).fill(-1);
		const cellStarts = new Int32Array(rows.length + 1);
		const cells: number[] = [];
		rows.forEach((aligned, k) => {
			cellStarts[k] = cells.length;
			for (const id of aligned.cells[r.lang]) {
				const s = indexOf.get(id);
				if (s === undefined) continue;
				row[s] = k;
				cells.push(s);
			}
		});
		cellStarts[rows.length] = cells.length;
		langs[r.lang] = {
			text: texts.join('\n'),
			starts,
			ids,
			row,
			cells: Int32Array.from(cells),
			cellStarts
		};
	}
	return { format: SEARCH_RECORD_FORMAT, langs };
}

interface ArticleEntry {
	stamp: string;
	record: SearchRecord;
	/**
	 * Each language's `text` folded, with every '\n' (between sentences and inside them) as a
	 * space: folding keeps the length for the scripts we index (see foldForSearch), so an offset
	 * in the folded text is an offset in the text.
	 */
	folded: Partial<Record<Lang, string>>;
}

/** The index of the last `starts` entry ≤ `at` (binary search). */
function sentenceAt(starts: Int32Array, at: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= at) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Where sentence `k` of `text` ends. */
function sentenceEnd(text: SearchText, k: number): number {
	return k + 1 < text.starts.length ? text.starts[k + 1] - 1 : text.text.length;
}

export class SearchIndex {
	private readonly articles = new Map<string, ArticleEntry>();
	/** The article ids in library order (as the database lists them), sorted when needed. */
	private order: string[] | undefined;

	/** The stamp each indexed article was indexed at (the caller's version marker). */
	stamps(): Map<string, string> {
		return new Map([...this.articles].map(([id, a]) => [id, a.stamp]));
	}

	get size(): number {
		return this.articles.size;
	}

	/** How many characters of text the index holds (each is kept twice: as is and folded). */
	get characters(): number {
		let n = 0;
		for (const entry of this.articles.values()) {
			for (const text of Object.values(entry.record.langs)) n += text.text.length;
		}
		return n;
	}

	/** Indexes an article (replacing what was indexed for it): its renderings and alignment. */
	setArticle(
		articleId: string,
		stamp: string,
		renderings: Rendering[],
		alignment: Alignment | undefined
	): void {
		this.setRecord(articleId, stamp, searchRecord(renderings, alignment));
	}

	/** Indexes an article from its search record (replacing what was indexed for it). */
	setRecord(articleId: string, stamp: string, record: SearchRecord): void {
		const folded: ArticleEntry['folded'] = {};
		for (const lang of LANGS) {
			const text = record.langs[lang];
			if (text) folded[lang] = foldForSearch(text.text).replace(/\n/g, ' ');
		}
		if (!this.articles.has(articleId)) this.order = undefined;
		this.articles.set(articleId, { stamp, record, folded });
	}

	removeArticle(articleId: string): void {
		if (this.articles.delete(articleId)) this.order = undefined;
	}

	/**
	 * The ids in library order: by id, as the database's keys sort (code units), whatever order
	 * the articles were indexed in — so the hits (and the first `limit` of them) do not depend on
	 * which articles came from a cache.
	 */
	private ids(): string[] {
		this.order ??= [...this.articles.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		return this.order;
	}

	/** Up to `limit` hits for `query` (at least two characters after trimming), in library order. */
	search(query: string, limit = 50): SearchHit[] {
		const needle = foldForSearch(query.trim());
		if (needle.length < 2 || needle.includes('\n')) return [];
		const hits: SearchHit[] = [];
		for (const articleId of this.ids()) {
			const entry = this.articles.get(articleId)!;
			for (const lang of LANGS) {
				const text = entry.record.langs[lang];
				const folded = entry.folded[lang];
				if (!text || folded === undefined) continue;
				let from = 0;
				for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, from)) {
					const k = sentenceAt(text.starts, at);
					const end = sentenceEnd(text, k);
					if (at + needle.length > end) {
						// A query never runs across two sentences: look further on.
						from = at + 1;
						continue;
					}
					hits.push(this.hit(articleId, entry, lang, k, at - text.starts[k], needle.length));
					if (hits.length >= limit) return hits;
					// One hit per sentence: go on from the next sentence.
					from = end + 1;
				}
			}
		}
		return hits;
	}

	private hit(
		articleId: string,
		entry: ArticleEntry,
		lang: Lang,
		k: number,
		start: number,
		length: number
	): SearchHit {
		const text = entry.record.langs[lang]!;
		const sentence = (t: SearchText, s: number) => t.text.slice(t.starts[s], sentenceEnd(t, s));
		const row = text.row[k];
		const counterparts: SearchHit['counterparts'] = {};
		for (const other of LANGS) {
			const target = entry.record.langs[other];
			if (other === lang || row < 0 || !target || row + 1 >= target.cellStarts.length) continue;
			const texts: string[] = [];
			for (let c = target.cellStarts[row]; c < target.cellStarts[row + 1]; c++) {
				texts.push(sentence(target, target.cells[c]));
			}
			if (texts.length) counterparts[other] = texts.join(' ');
		}
		return {
			articleId,
			lang,
			sentenceId: text.ids[k],
			text: sentence(text, k),
			match: { start, end: start + length },
			counterparts
		};
	}
}
