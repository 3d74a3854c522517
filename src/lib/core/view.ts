/**
 * What the reader displays: alignment rows resolved into sentence texts per language, with the
 * kind of text (title, caption, subheading, paragraph) and where paragraphs begin.
 * Pure and cheap, so the page can derive it whenever the rows or renderings change.
 */
import { sentenceText } from './rendering-record';
import type { Alignment, AlignmentRow, Block, BlockKind, Lang, Rendering } from './types';
import { LANGS } from './types';

export interface DisplaySentence {
	id: string;
	text: string;
	edited: boolean;
}

export interface DisplayRow {
	/** Alignment row id, or a synthetic id for unaligned single-language rows. */
	id: string;
	index: number;
	kind: BlockKind;
	/** True when this row starts a new block (paragraph) in some language: shown as a gap. */
	blockStart: boolean;
	cells: Partial<Record<Lang, DisplaySentence[]>>;
	row?: AlignmentRow;
}

type Renderings = Partial<Record<Lang, Rendering>>;

function sentenceIndex(renderings: Renderings) {
	const index = new Map<string, { lang: Lang; s: Rendering['sentences'][number]; r: Rendering }>();
	for (const lang of LANGS) {
		const r = renderings[lang];
		if (!r) continue;
		for (const s of r.sentences) index.set(`${lang}:${s.id}`, { lang, s, r });
	}
	return index;
}

/** Rows of an alignment, resolved to texts. */
export function displayRows(renderings: Renderings, alignment: Alignment): DisplayRow[] {
	const index = sentenceIndex(renderings);
	const lastBlock: Partial<Record<Lang, number>> = {};
	return alignment.rows.map((row, i) => {
		const cells: DisplayRow['cells'] = {};
		let kind: BlockKind | undefined;
		let blockStart = i === 0;
		for (const lang of LANGS) {
			const ids = row.cells[lang];
			if (!renderings[lang]) continue;
			cells[lang] = ids.flatMap((id) => {
				const hit = index.get(`${lang}:${id}`);
				if (!hit) return [];
				const block: Block | undefined = hit.r.blocks[hit.s.block];
				kind ??= block?.kind;
				if (lastBlock[lang] !== hit.s.block) {
					if (lastBlock[lang] !== undefined) blockStart = true;
					lastBlock[lang] = hit.s.block;
				}
				return [{ id, text: sentenceText(hit.r, hit.s), edited: hit.s.text !== undefined }];
			});
		}
		return { id: row.id, index: i, kind: kind ?? 'paragraph', blockStart, cells, row };
	});
}

/** One row per sentence of a single rendering: the reader's view before (or without) alignment. */
export function singleLanguageRows(rendering: Rendering): DisplayRow[] {
	let lastBlock = -1;
	return rendering.sentences.map((s, i) => {
		const blockStart = s.block !== lastBlock;
		lastBlock = s.block;
		return {
			id: `${rendering.lang}:${s.id}`,
			index: i,
			kind: rendering.blocks[s.block]?.kind ?? 'paragraph',
			blockStart,
			cells: {
				[rendering.lang]: [
					{ id: s.id, text: sentenceText(rendering, s), edited: s.text !== undefined }
				]
			}
		};
	});
}

/** The site's accessibility-links header, sliced verbatim from the first rendering that has it. */
export function headerOf(renderings: Renderings): string | undefined {
	for (const lang of ['hy', 'en', 'ru'] as const) {
		const r = renderings[lang];
		const block = r?.blocks.find((b) => b.kind === 'header');
		if (r && block) return r.original.slice(block.start, block.end);
	}
	return undefined;
}
