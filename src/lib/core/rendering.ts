/**
 * Turning imported text into a {@link Rendering}: parse + segment over the verbatim original.
 * Pure: the caller supplies the hash, clock and provenance, so Node, workers and the page agree.
 */
import { analyze } from './segment';
import type { AlignUnit } from './align';
import type { Lang, Provenance, Rendering, SourceEncoding } from './types';

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

export function renderingId(articleId: string, lang: Lang): string {
	return `${articleId}:${lang}`;
}

export function buildRendering(input: RenderingInput): Rendering {
	const { doc, sentences } = analyze(input.text, input.lang);
	return {
		id: renderingId(input.articleId, input.lang),
		articleId: input.articleId,
		lang: input.lang,
		original: input.text,
		encoding: input.encoding,
		...(input.originalBytes ? { originalBytes: input.originalBytes } : {}),
		sha256: input.sha256,
		blocks: doc.blocks,
		sentences,
		title: doc.title,
		...(doc.date ? { date: doc.date } : {}),
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

/** A rendering's sentences as aligner units: current text, block kind and block index. */
export function alignUnitsOf(
	rendering: Pick<Rendering, 'original' | 'blocks' | 'sentences'>
): AlignUnit[] {
	return rendering.sentences.map((s) => ({
		text: sentenceText(rendering, s),
		kind: rendering.blocks[s.block]?.kind,
		block: s.block
	}));
}
