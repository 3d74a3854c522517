/** Invariants of segmentation and parsing over generated texts (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceIds } from '../../src/lib/core/hash';
import { parseDocument } from '../../src/lib/core/parse/parse';
import { segmentDocument } from '../../src/lib/core/segment/document';
import { segment, type ArmenianFullStop } from '../../src/lib/core/segment/segment';
import { LANGS, TEXT_BLOCK_KINDS, type Lang, type Span } from '../../src/lib/core/types';

/** Pieces that exercise every rule: letters of the three scripts, marks, abbreviations, numbers. */
const PIECES = [
	...'aZ Ղղ Бб 7 . . ! ? … ։ ՜ ՞ ․ : ; , « » “ ” „ " \' ( ) [ ] — – -'.split(' '),
	' ',
	' ',
	'\n',
	'\r\n',
	'\n\n',
	'\t',
	'\u00a0',
	'\ufeff',
	'Mr.',
	'U.S.',
	'a.m.',
	'т. е.',
	'г.',
	'Պրն.',
	'թ.',
	'N.',
	'10:30',
	'2.5',
	'\n1. ',
	'\n- ',
	'...',
	'Ի՞նչ',
	'The',
	'Он',
	'Նա',
	'word',
	'слово',
	'բառ',
	'XS',
	' date 2022-01-12 ',
	'Մատչելիության հղումներ'
];

const text = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 60 });
const lang = fc.constantFrom<Lang>(...LANGS);
const fullStop = fc.constantFrom<ArmenianFullStop | undefined>(undefined, '։', ':', '.');

const isSpace = (c: string) => c.trim() === '';

function checkSpans(
	source: string,
	spans: Span[],
	region: Span = { start: 0, end: source.length }
) {
	let previousEnd = region.start;
	for (const s of spans) {
		expect(s.start).toBeGreaterThanOrEqual(previousEnd);
		expect(s.end).toBeGreaterThan(s.start);
		expect(s.end).toBeLessThanOrEqual(region.end);
		const piece = source.slice(s.start, s.end);
		expect(piece).toBe(piece.trim());
		previousEnd = s.end;
	}
}

function uncovered(source: string, spans: Span[], region: Span): number[] {
	const missing: number[] = [];
	let k = 0;
	for (let i = region.start; i < region.end; i++) {
		while (k < spans.length && spans[k].end <= i) k++;
		const inside = k < spans.length && spans[k].start <= i;
		if (!inside && !isSpace(source[i])) missing.push(i);
	}
	return missing;
}

describe('segment(text, lang)', () => {
	it('gives ordered, disjoint, trimmed spans inside the text that cover every non-space character', () => {
		fc.assert(
			fc.property(text, lang, fullStop, (t, l, stop) => {
				const spans = segment(t, l, stop ? { armenianFullStop: stop } : {});
				checkSpans(t, spans);
				expect(uncovered(t, spans, { start: 0, end: t.length })).toEqual([]);
			}),
			{ numRuns: 1500 }
		);
	});

	it('returns nothing for blank text and one span for text without endings', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\u00a0') }), lang, (t, l) => {
				expect(segment(t, l)).toEqual([]);
			})
		);
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'Բ', 'в', ' ', ',', '7'), minLength: 1 }),
				lang,
				(t, l) => {
					fc.pre(t.trim() !== '');
					expect(segment(t, l)).toHaveLength(1);
				}
			)
		);
	});

	it('handles pathological input (long runs of abbreviations, dots, quotes, list marks)', () => {
		// Speed on such input is measured by `npm run bench segment`, never asserted here.
		const size = 50_000;
		const inputs = [
			'a. ',
			'.',
			'U.S. ',
			'A. B. ',
			'«',
			'\n- ',
			'Ղ: ',
			'x',
			'т. е. ',
			'1.\n',
			' ',
			'\n'
		].map((unit) => unit.repeat(Math.ceil(size / unit.length)));
		for (const input of inputs) {
			for (const l of LANGS) {
				const spans = segment(input, l);
				let covered = 0;
				let last = 0;
				let ordered = true;
				for (const span of spans) {
					ordered &&= span.start >= last && span.end > span.start;
					covered += input.slice(span.start, span.end).replace(/\s/g, '').length;
					last = span.end;
				}
				expect(ordered, `${JSON.stringify(input.slice(0, 12))} ${l}`).toBe(true);
				expect(covered).toBe(input.replace(/\s/g, '').length);
				const doc = parseDocument(input, l);
				expect(doc.blocks.every((b) => b.start < b.end && b.end <= input.length)).toBe(true);
			}
		}
	}, 30_000);
});

describe('parseDocument and segmentDocument', () => {
	it('blocks are ordered, disjoint and hold every non-space character', () => {
		fc.assert(
			fc.property(text, (t) => {
				const doc = parseDocument(t);
				checkBlocks(t, doc.blocks);
				expect(uncovered(t, doc.blocks, { start: 0, end: t.length })).toEqual([]);
			}),
			{ numRuns: 1000 }
		);
	});

	it('sentences lie inside their text blocks, in order, with ids from sentenceIds', () => {
		fc.assert(
			fc.property(text, lang, (t, l) => {
				const doc = parseDocument(t, l);
				const sentences = segmentDocument(t, doc, l);
				checkSpans(t, sentences);
				for (const s of sentences) {
					const block = doc.blocks[s.block];
					expect(TEXT_BLOCK_KINDS).toContain(block.kind);
					const region = block.content ?? block;
					expect(s.start).toBeGreaterThanOrEqual(region.start);
					expect(s.end).toBeLessThanOrEqual(region.end);
				}
				expect(sentences.map((s) => s.id)).toEqual(
					sentenceIds(sentences.map((s) => t.slice(s.start, s.end)))
				);
				// Every non-space character of a text block's readable region is in a sentence.
				for (const block of doc.blocks) {
					if (!TEXT_BLOCK_KINDS.includes(block.kind)) continue;
					const region = block.content ?? block;
					expect(uncovered(t, sentences, region)).toEqual([]);
				}
			}),
			{ numRuns: 1000 }
		);
	});
});

function checkBlocks(source: string, blocks: Span[]) {
	let previousEnd = 0;
	for (const b of blocks) {
		expect(b.start).toBeGreaterThanOrEqual(previousEnd);
		expect(b.end).toBeGreaterThan(b.start);
		expect(b.end).toBeLessThanOrEqual(source.length);
		previousEnd = b.end;
	}
}
