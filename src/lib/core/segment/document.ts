/**
 * Segmentation of a whole parsed rendering: every text block (title, caption, subheading,
 * paragraph) is segmented on its own, so sentences never cross a block boundary.
 */
import { sentenceIds } from '../hash';
import { parseDocument } from '../parse/parse';
import type { Block, Lang, ParsedDocument, SentenceSpan, Span } from '../types';
import { TEXT_BLOCK_KINDS } from '../types';
import { armenianFullStop, segment } from './segment';

/** The part of a block that is read as text: a doubled caption's first copy, else the block. */
export function blockTextSpan(block: Block): Span {
	return block.content ?? { start: block.start, end: block.end };
}

/**
 * Sentence spans of a rendering with absolute offsets, the index of their block and stable ids.
 * An Armenian text's full stop (`։`, `:` or `.`) is decided once for the whole text.
 *
 * @example
 * const text = 'Заголовок\n\nПервое. Второе.';
 * segmentDocument(text, parseDocument(text), 'ru').map((s) => [s.block, text.slice(s.start, s.end)])
 * // → [[0, 'Заголовок'], [1, 'Первое.'], [1, 'Второе.']]  (each with an id)
 */
export function segmentDocument(text: string, doc: ParsedDocument, lang: Lang): SentenceSpan[] {
	const options =
		lang === 'hy' ? { armenianFullStop: armenianFullStop(textOfBlocks(text, doc)) } : {};
	const spans: Array<Span & { block: number }> = [];
	doc.blocks.forEach((block, index) => {
		if (!TEXT_BLOCK_KINDS.includes(block.kind)) return;
		const region = blockTextSpan(block);
		for (const s of segment(text.slice(region.start, region.end), lang, options)) {
			spans.push({ start: region.start + s.start, end: region.start + s.end, block: index });
		}
	});
	const ids = sentenceIds(spans.map((s) => text.slice(s.start, s.end)));
	return spans.map((s, k) => ({ id: ids[k], start: s.start, end: s.end, block: s.block }));
}

/** Text blocks joined by blank lines: what the full-stop decision looks at (no header, no chrome). */
function textOfBlocks(text: string, doc: ParsedDocument): string {
	return doc.blocks
		.filter((b) => TEXT_BLOCK_KINDS.includes(b.kind))
		.map((b) => {
			const r = blockTextSpan(b);
			return text.slice(r.start, r.end);
		})
		.join('\n\n');
}

/**
 * Parses and segments a rendering in one call.
 *
 * @example
 * const { doc, sentences } = analyze(await file.text(), 'hy');
 */
export function analyze(
	text: string,
	lang: Lang
): { doc: ParsedDocument; sentences: SentenceSpan[] } {
	const doc = parseDocument(text, lang);
	return { doc, sentences: segmentDocument(text, doc, lang) };
}
