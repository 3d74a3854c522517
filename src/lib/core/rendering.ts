/**
 * Turning imported text into a {@link Rendering}: parse + segment over the verbatim original.
 * Pure: the caller supplies the hash, clock and provenance, so Node, workers and the page agree.
 */
import { analyze } from './segment';
import type { AlignUnit } from './align';
import type { Rendering } from './types';
import { renderingRecord, sentenceText, type RenderingInput } from './rendering-record';

export {
	renderingId,
	renderingRecord,
	sentenceText,
	type RenderingAnalysis,
	type RenderingInput
} from './rendering-record';

export function buildRendering(input: RenderingInput): Rendering {
	const { doc, sentences } = analyze(input.text, input.lang);
	return renderingRecord(input, {
		blocks: doc.blocks,
		sentences,
		title: doc.title,
		...(doc.date ? { date: doc.date } : {})
	});
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
