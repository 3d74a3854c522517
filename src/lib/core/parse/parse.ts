/**
 * Parses a plain-text article into blocks: offsets into the verbatim text, never a rewritten
 * copy of it. The shapes come from the scraped news pages of the sample library:
 *
 * ```
 * Մատչելիության հղումներ              ← header (site accessibility links)
 *
 * Pashinian Praises CSTO Intervention  ← title
 *
 * Kazakhstan - Russian peacekeepers…   ← caption printed twice (caption + alt text)
 * Kazakhstan - Russian peacekeepers…
 *
 * Prime Minister Nikol Pashinian…      ← paragraph
 * XS / SM / MD / LG                    ← chrome (font-size buttons)
 * ```
 *
 * or ` date 2022-01-12 What did…` (dateline + title on one line), or paragraphs only, in which
 * case the title is derived from the first sentence.
 */
import { segment } from '../segment/segment';
import { countScripts, dominantLang } from '../segment/script';
import type { Block, Lang, ParsedDocument } from '../types';
import { TEXT_BLOCK_KINDS } from '../types';
import { isBlank, lineGroups, splitLines, type Line } from './lines';

/** The site's accessibility-links header, as the Armenian, Russian and English sites print it. */
const HEADER_LINES = [
	'Մատչելիության հղումներ',
	'Ссылки для упрощенного доступа',
	'Ссылки для упрощённого доступа',
	'Accessibility links'
].map((line) => line.toLowerCase());

/** Font-size buttons printed at the end of the page. */
const CHROME_WORDS = new Set(['XS', 'SM', 'MD', 'LG']);

/** ` date 2022-01-12 ` at the start of a line, spaces included. */
const DATELINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|$)/;

/**
 * Lines longer than this are not hard-wrapped prose: a run of lines with one of them is taken as
 * one paragraph per line (text pasted with single line breaks between paragraphs).
 */
const WRAPPED_LINE_MAX_CHARS = 120;

/** Subheadings are short: longer unpunctuated lines are pull-quotes, kept as paragraphs. */
const SUBHEADING_MAX_CHARS = 120;
const SUBHEADING_MAX_WORDS = 15;

/**
 * Blocks of a plain-text article, with the title and date a reader sees. `lang` picks the
 * segmentation rules used to derive a missing title; it is guessed from the script if omitted.
 *
 * @example
 * parseDocument('Մատչելիության հղումներ\n\nTitle\n\nText.').blocks.map((b) => b.kind)
 * // → ['header', 'title', 'paragraph']
 */
export function parseDocument(text: string, lang?: Lang): ParsedDocument {
	// A UTF-8 BOM stays in the verbatim text; blocks start after it.
	const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const groups = splitParagraphLines(text, lineGroups(splitLines(text, from)));
	const blocks: Block[] = [];
	let date: string | undefined;
	let g = 0;

	const slice = (line: Line) => text.slice(line.trimStart, line.trimEnd);
	/** Takes the first line of the current group, leaving the rest as a group of its own. */
	const takeLine = (): Line => {
		const line = groups[g][0];
		if (groups[g].length > 1) groups[g] = groups[g].slice(1);
		else g++;
		return line;
	};
	const lineBlock = (kind: Block['kind'], line: Line): Block => ({
		kind,
		start: line.trimStart,
		end: line.trimEnd
	});

	if (g < groups.length && HEADER_LINES.includes(slice(groups[g][0]).toLowerCase())) {
		blocks.push(lineBlock('header', takeLine()));
	}
	const hasHeader = blocks.length > 0;

	let hasTitle = false;
	const dateline =
		g < groups.length ? DATELINE.exec(text.slice(groups[g][0].start, groups[g][0].end)) : null;
	if (dateline) {
		const line = takeLine();
		const titleStart = line.start + dateline[0].length;
		date = dateline[1];
		blocks.push({ kind: 'dateline', start: line.start, end: titleStart, date });
		if (titleStart < line.trimEnd) {
			blocks.push({ kind: 'title', start: titleStart, end: line.trimEnd });
			hasTitle = true;
		}
	}
	if (
		!hasTitle &&
		g < groups.length &&
		(hasHeader || dateline || looksLikeTitle(text, groups, g))
	) {
		blocks.push(lineBlock('title', takeLine()));
	}

	for (; g < groups.length; g++) {
		const group = groups[g];
		if (isChrome(text, group, g === groups.length - 1)) {
			blocks.push({
				kind: 'chrome',
				start: group[0].trimStart,
				end: group[group.length - 1].trimEnd
			});
			continue;
		}
		pushGroupBlocks(text, group, blocks);
	}
	markSubheadings(text, blocks);

	return { blocks, title: titleOf(text, blocks, lang), ...(date ? { date } : {}) };
}

/**
 * Splits runs of lines that hold one paragraph per line into one group per line, keeping a
 * doubled caption's two lines, and the chrome buttons, together. Runs of short lines only
 * (hard-wrapped prose) stay whole: a line break inside them is just a space to the segmenter.
 */
function splitParagraphLines(text: string, groups: Line[][]): Line[][] {
	const out: Line[][] = [];
	for (const group of groups) {
		if (!group.some((line) => line.trimEnd - line.trimStart > WRAPPED_LINE_MAX_CHARS)) {
			out.push(group);
			continue;
		}
		const isChromeLine = (line: Line) => CHROME_WORDS.has(text.slice(line.trimStart, line.trimEnd));
		// Whether the last group pushed is a paragraph, which a wrapped line may go on.
		let paragraph = false;
		for (let k = 0; k < group.length; k++) {
			const next = group[k + 1];
			if (next && sameCaption(text, group[k], next)) {
				out.push([group[k], next]);
				k++;
				paragraph = false;
			} else if (isChromeLine(group[k])) {
				let e = k + 1;
				while (e < group.length && isChromeLine(group[e])) e++;
				out.push(group.slice(k, e));
				k = e - 1;
				paragraph = false;
			} else if (paragraph && continuesLine(text, group[k - 1], group[k])) {
				// "…the hammer falls initiating\na shot.": a wrapped sentence goes on.
				out[out.length - 1].push(group[k]);
			} else {
				out.push([group[k]]);
				paragraph = true;
			}
		}
	}
	return out;
}

/** Whether `line` goes on with the sentence of `prev`: no final punctuation, a lower-case start. */
function continuesLine(text: string, prev: Line, line: Line): boolean {
	const first = text[line.trimStart] ?? '';
	return first !== first.toUpperCase() && !endsWithPunctuation(text, prev.trimEnd);
}

/** An unpunctuated, single-line first paragraph followed by more text reads as a title. */
function looksLikeTitle(text: string, groups: Line[][], g: number): boolean {
	const group = groups[g];
	if (group.length !== 1 || g + 1 >= groups.length) return false;
	const line = group[0];
	return line.trimEnd - line.trimStart <= 200 && !endsWithPunctuation(text, line.trimEnd);
}

function isChrome(text: string, group: Line[], last: boolean): boolean {
	// A lone "MD" in the middle of an article is text; the button row is several lines or last.
	if (group.length < 2 && !last) return false;
	return group.every((line) => CHROME_WORDS.has(text.slice(line.trimStart, line.trimEnd)));
}

/** Captions printed twice become one caption block; other runs of lines become paragraphs. */
function pushGroupBlocks(text: string, group: Line[], blocks: Block[]): void {
	let runStart = -1;
	const flush = (k: number) => {
		if (runStart < 0) return;
		blocks.push({ kind: 'paragraph', start: group[runStart].trimStart, end: group[k - 1].trimEnd });
		runStart = -1;
	};
	for (let k = 0; k < group.length; k++) {
		const next = group[k + 1];
		if (next && sameCaption(text, group[k], next)) {
			flush(k);
			blocks.push({
				kind: 'caption',
				start: group[k].trimStart,
				end: next.trimEnd,
				content: { start: group[k].trimStart, end: group[k].trimEnd }
			});
			k++;
		} else if (runStart < 0) {
			runStart = k;
		}
	}
	flush(group.length);
}

/** Two lines with the same text, where either may lack the final full stop. */
function sameCaption(text: string, a: Line, b: Line): boolean {
	if (isBlank(a) || isBlank(b)) return false;
	const strip = (line: Line) => {
		let end = line.trimEnd;
		while (end > line.trimStart && '.։:!?…'.includes(text[end - 1])) end--;
		return text.slice(line.trimStart, end);
	};
	const first = strip(a);
	return first.length > 0 && first === strip(b);
}

/** Whether the text ending at `end` ends with sentence punctuation (closing quotes aside). */
function endsWithPunctuation(text: string, end: number): boolean {
	let e = end;
	while (e > 0 && '”’»"\')]'.includes(text[e - 1])) e--;
	return e > 0 && '.!?…։:;,՜'.includes(text[e - 1]);
}

/**
 * Short single-line paragraphs without final punctuation, between other text, are subheadings
 * ("The tasks of the peacekeepers",
 * "“Evidence of the involvement of terrorists will be presented”").
 */
function markSubheadings(text: string, blocks: Block[]): void {
	const isText = (b: Block | undefined) => b !== undefined && TEXT_BLOCK_KINDS.includes(b.kind);
	for (let k = 1; k < blocks.length - 1; k++) {
		const b = blocks[k];
		if (b.kind !== 'paragraph' || !isText(blocks[k - 1]) || !isText(blocks[k + 1])) continue;
		const body = text.slice(b.start, b.end);
		if (body.includes('\n') || body.includes('\r')) continue;
		if (body.length > SUBHEADING_MAX_CHARS || body.split(/\s+/).length > SUBHEADING_MAX_WORDS)
			continue;
		if (!endsWithPunctuation(text, b.end)) b.kind = 'subheading';
	}
}

function titleOf(text: string, blocks: Block[], lang?: Lang): ParsedDocument['title'] {
	const title = blocks.find((b) => b.kind === 'title');
	if (title) {
		return {
			text: text.slice(title.start, title.end),
			derived: false,
			span: { start: title.start, end: title.end }
		};
	}
	const first = blocks.find((b) => TEXT_BLOCK_KINDS.includes(b.kind));
	if (!first) return { text: '', derived: true };
	const region = first.content ?? first;
	const body = text.slice(region.start, region.end);
	const sentence = segment(body, lang ?? dominantLang(countScripts(body)) ?? 'en')[0];
	const start = region.start + sentence.start;
	const end = region.start + sentence.end;
	return { text: text.slice(start, end), derived: true, span: { start, end } };
}
