/**
 * The library's search index: every sentence of every rendering, folded once (`foldForSearch`:
 * case — Latin, Armenian, Cyrillic — and `ё` → `е`) into one string per article and language,
 * updated one article at a time. Pure: the search worker keeps one and feeds it from the
 * database; unit tests feed it directly.
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
import { sentenceText } from './rendering';
import { foldForSearch, type SearchHit } from './search';
import type { Alignment, Lang, Rendering } from './types';
import { LANGS } from './types';

/** One language of an indexed article. */
interface Text {
	/** The sentences' folded texts joined by '\n' (a query never spans two sentences). */
	folded: string;
	/** Where each sentence starts in `folded`. */
	starts: number[];
	ids: string[];
	texts: string[];
}

interface ArticleEntry {
	stamp: string;
	langs: Partial<Record<Lang, Text>>;
	/** `${lang}:${sentenceId}` → the row's cells. */
	rowOf: Map<string, Record<Lang, string[]>>;
}

/** The index of the last `starts` entry ≤ `at` (binary search). */
function sentenceAt(starts: number[], at: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= at) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

export class SearchIndex {
	private readonly articles = new Map<string, ArticleEntry>();

	/** The stamp each indexed article was indexed at (the caller's version marker). */
	stamps(): Map<string, string> {
		return new Map([...this.articles].map(([id, a]) => [id, a.stamp]));
	}

	get size(): number {
		return this.articles.size;
	}

	/** Indexes an article (replacing what was indexed for it): its renderings and alignment. */
	setArticle(
		articleId: string,
		stamp: string,
		renderings: Rendering[],
		alignment: Alignment | undefined
	): void {
		const entry: ArticleEntry = { stamp, langs: {}, rowOf: new Map() };
		for (const r of renderings) {
			const text: Text = { folded: '', starts: [], ids: [], texts: [] };
			const parts: string[] = [];
			let at = 0;
			for (const s of r.sentences) {
				const t = sentenceText(r, s);
				// Folding keeps the length for the scripts we index (see foldForSearch), so an offset
				// in the folded text is an offset in the sentence.
				const folded = foldForSearch(t).replace(/\n/g, ' ');
				text.starts.push(at);
				text.ids.push(s.id);
				text.texts.push(t);
				parts.push(folded);
				at += folded.length + 1;
			}
			text.folded = parts.join('\n');
			entry.langs[r.lang] = text;
		}
		for (const row of alignment?.rows ?? []) {
			for (const lang of LANGS) {
				for (const id of row.cells[lang]) entry.rowOf.set(`${lang}:${id}`, row.cells);
			}
		}
		this.articles.set(articleId, entry);
	}

	removeArticle(articleId: string): void {
		this.articles.delete(articleId);
	}

	/** Up to `limit` hits for `query` (at least two characters after trimming), in library order. */
	search(query: string, limit = 50): SearchHit[] {
		const needle = foldForSearch(query.trim());
		if (needle.length < 2 || needle.includes('\n')) return [];
		const hits: SearchHit[] = [];
		for (const [articleId, entry] of this.articles) {
			for (const lang of LANGS) {
				const text = entry.langs[lang];
				if (!text) continue;
				let from = 0;
				for (
					let at = text.folded.indexOf(needle);
					at >= 0;
					at = text.folded.indexOf(needle, from)
				) {
					const k = sentenceAt(text.starts, at);
					const start = at - text.starts[k];
					hits.push(this.hit(articleId, entry, lang, k, start, needle.length));
					if (hits.length >= limit) return hits;
					// One hit per sentence: go on from the next sentence.
					from = k + 1 < text.starts.length ? text.starts[k + 1] : text.folded.length;
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
		const text = entry.langs[lang]!;
		const sentenceId = text.ids[k];
		const cells = entry.rowOf.get(`${lang}:${sentenceId}`);
		const counterparts: SearchHit['counterparts'] = {};
		for (const other of LANGS) {
			const target = entry.langs[other];
			if (other === lang || !cells || !target) continue;
			const texts = cells[other].flatMap((id) => {
				const at = target.ids.indexOf(id);
				return at < 0 ? [] : [target.texts[at]];
			});
			if (texts.length) counterparts[other] = texts.join(' ');
		}
		return {
			articleId,
			lang,
			sentenceId,
			text: text.texts[k],
			match: { start, end: start + length },
			counterparts
		};
	}
}
