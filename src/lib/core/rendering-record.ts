/**
 * A rendering as a record: its id, the text of a sentence, and the record assembled from a
 * verbatim text and its analysis (blocks, sentences, title). Nothing here parses or segments, so
 * the reading path (views, search, the library) uses it without loading the parser and
 * segmenter; `buildRendering` in `rendering.ts` adds the analysis.
 */
import type { Block, Lang, Provenance, Rendering, SentenceSpan, SourceEncoding } from './types';

export interface RenderingInput {
	articleId: string;
	lang: Lang;
	/** The decoded text, verbatim. */
	text: string;
	encoding: SourceEncoding;
	originalBytes?: Uint8Array;
	sha256: string;
	provenance: Provenance;
	bundled?: Rendering['bundled'];
	now: number;
}

/** What parsing and segmenting a text produce, as a rendering stores it. */
export interface RenderingAnalysis {
	blocks: Block[];
	sentences: SentenceSpan[];
	title: Rendering['title'];
	date?: string;
}

export function renderingId(articleId: string, lang: Lang): string {
	return `${articleId}:${lang}`;
}

/**
 * The rendering of `input` with an analysis computed elsewhere: by `buildRendering`, or at build
 * time for the bundled library (`static/corpus/<id>/prepared.json`, checked against the core by
 * tests/unit/corpus.test.ts).
 */
export function renderingRecord(input: RenderingInput, analysis: RenderingAnalysis): Rendering {
	return {
		id: renderingId(input.articleId, input.lang),
		articleId: input.articleId,
		lang: input.lang,
		original: input.text,
		encoding: input.encoding,
		...(input.originalBytes ? { originalBytes: input.originalBytes } : {}),
		sha256: input.sha256,
		blocks: analysis.blocks,
		sentences: analysis.sentences,
		title: analysis.title,
		...(analysis.date ? { date: analysis.date } : {}),
		provenance: input.provenance,
		version: 1,
		...(input.bundled ? { bundled: input.bundled } : {}),
		userModified: false,
		importedAt: input.now,
		updatedAt: input.now
	};
}

/** The text of a sentence as the reader should see it: the translator's fix, else the original. */
export function sentenceText(
	rendering: Pick<Rendering, 'original'>,
	s: Rendering['sentences'][number]
): string {
	return s.text ?? rendering.original.slice(s.start, s.end);
}
