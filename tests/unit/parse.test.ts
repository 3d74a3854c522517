import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/core/hash';
import { decodeBytes, encodeOriginal } from '../../src/lib/core/import/decode';
import { parseDocument } from '../../src/lib/core/parse/parse';
import { LANGS, type Block, type ParsedDocument } from '../../src/lib/core/types';

const CORPUS = new URL('../../static/corpus/', import.meta.url);
const HEADER = 'Մատչելիության հղումներ';

function corpusBytes(id: string, lang: string): Uint8Array {
	return new Uint8Array(readFileSync(new URL(`${id}/${lang}.txt`, CORPUS)));
}

function corpusText(id: string, lang = 'en'): string {
	return decodeBytes(corpusBytes(id, lang)).text;
}

/** Every rendering file of the bundled library that exists right now. */
function corpusFiles(): Array<{ id: string; lang: string }> {
	return readdirSync(CORPUS, { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.flatMap((d) =>
			LANGS.filter((lang) => existsSync(new URL(`${d.name}/${lang}.txt`, CORPUS))).map((lang) => ({
				id: d.name,
				lang
			}))
		);
}

const slice = (text: string, b: { start: number; end: number }) => text.slice(b.start, b.end);
const kinds = (doc: ParsedDocument) => doc.blocks.map((b) => b.kind);
const ofKind = (doc: ParsedDocument, kind: Block['kind']) =>
	doc.blocks.filter((b) => b.kind === kind);

describe('parseDocument on the bundled English originals', () => {
	it('000: dateline and title share the first line; the rest are paragraphs', () => {
		const text = corpusText('000_cbd3c1b3a728994e');
		const doc = parseDocument(text);
		expect(doc.blocks[0]).toMatchObject({ kind: 'dateline', start: 0, date: '2022-01-12' });
		expect(slice(text, doc.blocks[0])).toBe(' date 2022-01-12 ');
		expect(slice(text, doc.blocks[1])).toBe('What did Armenian troops do in Kazakhstan?');
		expect(doc.title).toEqual({
			text: 'What did Armenian troops do in Kazakhstan?',
			derived: false,
			span: { start: 17, end: 59 }
		});
		expect(doc.date).toBe('2022-01-12');
		expect(kinds(doc).slice(2)).toEqual(Array(15).fill('paragraph'));
	});

	it('001: no header, so the title is derived from the first sentence', () => {
		const text = corpusText('001_7f7eb624f6e7fedd');
		const doc = parseDocument(text);
		expect(doc.title.derived).toBe(true);
		expect(doc.title.text).toBe(
			'Decision to send CSTO peacekeepers to Kazakhstan was made taking into account the threat to the sovereignty of this country, Armenian Prime Minister Nikol Pashinyan said at an extraordinary session of the Collective Security Council.'
		);
		expect(doc.date).toBeUndefined();
		expect(ofKind(doc, 'header')).toEqual([]);
		expect(ofKind(doc, 'title')).toEqual([]);
		expect(ofKind(doc, 'subheading').map((b) => slice(text, b))).toEqual([
			'Armenian peacekeepers will not disperse protesters',
			'“The mechanism for dispatching peacekeepers is working”',
			'“Evidence of the involvement of terrorists will be presented”'
		]);
		// A paragraph ending with a colon introduces a quotation; it is no subheading.
		expect(
			doc.blocks.find((b) => slice(text, b).startsWith('The prime minister was forced'))?.kind
		).toBe('paragraph');
	});

	it('002: header, title, one block per doubled caption, chrome at the end', () => {
		const text = corpusText('002_8b8535d9ee745d2b');
		const doc = parseDocument(text);
		expect(doc.blocks[0]).toEqual({ kind: 'header', start: 0, end: 22 });
		expect(slice(text, doc.blocks[0])).toBe(HEADER);
		expect(doc.blocks[1].kind).toBe('title');
		expect(doc.title.text).toBe('Russia-Led CSTO Troops Begin Withdrawal From Kazakhstan');
		const captions = ofKind(doc, 'caption');
		expect(captions.map((c) => slice(text, c.content!))).toEqual([
			'Kazakhstan -- Armenian CSTO peacekeepers protect Aksai Bakery in Almaty, January 11, 2022.',
			'Kazakhstan -- Armenian servicemen guard the Druzhba [Friendship] water pump station in Almaty, January 12, 2022.'
		]);
		for (const c of captions) {
			const copy = slice(text, c.content!);
			expect(slice(text, c)).toBe(`${copy}\n${copy}`);
		}
		const last = doc.blocks.at(-1)!;
		expect(last.kind).toBe('chrome');
		expect(slice(text, last)).toBe('XS\nSM\nMD\nLG');
		expect(kinds(doc)).toEqual([
			'header',
			'title',
			'caption',
			...Array(7).fill('paragraph'),
			'caption',
			...Array(4).fill('paragraph'),
			'chrome'
		]);
	});

	it('003: a two-sentence title after the dateline, subheadings, a pull-quote paragraph', () => {
		const text = corpusText('003_cbe15a5e722aaaf6');
		const doc = parseDocument(text);
		expect(doc.date).toBe('2022-01-07');
		expect(slice(text, doc.blocks[0])).toBe(' date 2022-01-07 ');
		expect(doc.title.text).toMatch(
			/^The Permanent Mission of Armenia .* It is reported by RIA News…$/
		);
		expect(ofKind(doc, 'subheading').map((b) => slice(text, b))).toEqual([
			'The tasks of the peacekeepers',
			'Doubts about legitimacy',
			'Who is behind the riots'
		]);
		const pullQuote = doc.blocks.find((b) => slice(text, b).startsWith('Come on jerking'));
		expect(pullQuote?.kind).toBe('paragraph');
	});

	it('004: three doubled captions and the chrome', () => {
		const text = corpusText('004_4edc45d2294ab903');
		const doc = parseDocument(text);
		expect(slice(text, doc.blocks[0])).toBe(HEADER);
		expect(doc.title).toMatchObject({
			text: 'Pashinian Praises CSTO Intervention In Kazakhstan',
			derived: false
		});
		expect(ofKind(doc, 'caption')).toHaveLength(3);
		expect(ofKind(doc, 'chrome')).toHaveLength(1);
		expect(doc.blocks.at(-1)!.kind).toBe('chrome');
	});
});

describe('parseDocument on every bundled rendering', () => {
	const files = corpusFiles();

	it('finds the five English originals', () => {
		expect(files.filter((f) => f.lang === 'en')).toHaveLength(5);
	});

	it.each(files)(
		'$id/$lang: blocks are ordered, disjoint, trimmed and inside the text',
		({ id, lang }) => {
			const text = corpusText(id, lang);
			const doc = parseDocument(text);
			let previousEnd = 0;
			for (const b of doc.blocks) {
				expect(b.start).toBeGreaterThanOrEqual(previousEnd);
				expect(b.end).toBeGreaterThan(b.start);
				expect(b.end).toBeLessThanOrEqual(text.length);
				if (b.kind !== 'dateline') expect(slice(text, b)).toBe(slice(text, b).trim());
				previousEnd = b.end;
			}
		}
	);

	it.each(files.filter((f) => f.lang !== 'en'))(
		'$id/$lang has the same shape as the English original',
		({ id, lang }) => {
			const en = parseDocument(corpusText(id));
			const text = corpusText(id, lang);
			const doc = parseDocument(text);
			expect(kinds(doc)).toEqual(kinds(en));
			expect(doc.date).toBe(en.date);
			expect(doc.title.derived).toBe(en.title.derived);
			for (const h of ofKind(doc, 'header')) expect(slice(text, h)).toBe(HEADER);
			for (const c of ofKind(doc, 'chrome')) expect(slice(text, c)).toBe('XS\nSM\nMD\nLG');
		}
	);
});

describe('parseDocument on other shapes', () => {
	it('handles CRLF line endings with the same blocks', () => {
		const lf = corpusText('004_4edc45d2294ab903');
		const crlf = lf.replace(/\n/g, '\r\n');
		const a = parseDocument(lf);
		const b = parseDocument(crlf);
		expect(kinds(b)).toEqual(kinds(a));
		const texts = (text: string, doc: ParsedDocument) =>
			doc.blocks.map((x) => slice(text, x).replace(/\r\n/g, '\n'));
		expect(texts(crlf, b)).toEqual(texts(lf, a));
		expect(slice(crlf, b.blocks[2].content!)).toBe(slice(lf, a.blocks[2].content!));
	});

	it('keeps a BOM in the text and starts the first block after it', () => {
		const text = `\ufeff${HEADER}\n\nTitle of the piece\n\nFirst paragraph. Second sentence.\n`;
		const doc = parseDocument(text);
		expect(doc.blocks[0]).toEqual({ kind: 'header', start: 1, end: 23 });
		expect(kinds(doc)).toEqual(['header', 'title', 'paragraph']);
	});

	it('recognises the Russian and English accessibility headers', () => {
		for (const header of ['Ссылки для упрощенного доступа', 'Accessibility links']) {
			const text = `${header}\n\nЗаголовок\n\nТекст статьи.`;
			const doc = parseDocument(text);
			expect(slice(text, doc.blocks[0])).toBe(header);
			expect(kinds(doc)).toEqual(['header', 'title', 'paragraph']);
		}
	});

	it('takes a caption whose second copy lacks the full stop as one caption', () => {
		const text =
			'Title\n\nArmenia - Pashinian chairs the summit, January 10, 2022.\nArmenia - Pashinian chairs the summit, January 10, 2022\n\nText follows.';
		const doc = parseDocument(text);
		expect(kinds(doc)).toEqual(['title', 'caption', 'paragraph']);
		expect(slice(text, doc.blocks[1].content!)).toBe(
			'Armenia - Pashinian chairs the summit, January 10, 2022.'
		);
	});

	it('never normalises: Armenian և and decomposed letters keep their offsets', () => {
		const text =
			'Միևնույն ժամանակ Ե\u0582 ցույցերը շարունակվեցին։\n\nCafe\u0301 owners closed early.';
		const doc = parseDocument(text);
		expect(doc.blocks.map((b) => slice(text, b))).toEqual([
			'Միևնույն ժամանակ Ե\u0582 ցույցերը շարունակվեցին։',
			'Cafe\u0301 owners closed early.'
		]);
	});

	it('reads text pasted with single line breaks between paragraphs like the original', () => {
		const original = corpusText('004_4edc45d2294ab903');
		const pasted = original.replace(/\n\n+/g, '\n');
		const a = parseDocument(original);
		const b = parseDocument(pasted);
		expect(kinds(b)).toEqual(kinds(a));
		expect(b.blocks.map((x) => slice(pasted, x))).toEqual(a.blocks.map((x) => slice(original, x)));
	});

	it('keeps hard-wrapped prose as one paragraph', () => {
		const text =
			'Pashinian Praises CSTO Intervention\n\nPrime Minister Nikol Pashinian expressed hope\nthat troops sent by Russia will help\nKazakhstan end the unrest.';
		const doc = parseDocument(text);
		expect(kinds(doc)).toEqual(['title', 'paragraph']);
		expect(slice(text, doc.blocks[1])).toMatch(/^Prime .* unrest\.$/s);
	});

	it('keeps a wrapped sentence together among lines pasted one paragraph per line', () => {
		const long =
			'When one pulls the trigger, the sear slips out of the notches of the hammer, '.repeat(2);
		const text = `Title\n\n${long}and the hammer falls initiating \na shot.\nThe next paragraph.`;
		const doc = parseDocument(text, 'en');
		expect(doc.blocks.map((b) => slice(text, b))).toEqual([
			'Title',
			`${long}and the hammer falls initiating \na shot.`,
			'The next paragraph.'
		]);
	});

	it('gives an empty, derived title for a text without text blocks', () => {
		expect(parseDocument('XS\nSM\nMD\nLG').title).toEqual({ text: '', derived: true });
		expect(parseDocument('').blocks).toEqual([]);
	});
});

describe('round trip: encodeOriginal(decodeBytes(bytes)) gives the same bytes', () => {
	const sameHash = async (bytes: Uint8Array) => {
		const { text, encoding } = decodeBytes(bytes);
		expect(await sha256Hex(encodeOriginal(text, encoding))).toBe(await sha256Hex(bytes));
	};

	it.each(corpusFiles())('$id/$lang', async ({ id, lang }) => {
		await sameHash(corpusBytes(id, lang));
	});

	const sample = corpusText('004_4edc45d2294ab903');

	it('UTF-8 with BOM', async () => {
		const body = new TextEncoder().encode(sample);
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
		expect(decodeBytes(bytes)).toMatchObject({ encoding: 'utf-8-bom' });
		await sameHash(bytes);
	});

	it.each([
		['utf-16le', true],
		['utf-16be', false]
	] as const)('%s with BOM', async (encoding, littleEndian) => {
		const text = `\ufeff${sample}\r\nՄիևնույն 😀`;
		const bytes = new Uint8Array(text.length * 2);
		const view = new DataView(bytes.buffer);
		for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
		expect(decodeBytes(bytes)).toEqual({ text, encoding });
		await sameHash(bytes);
	});

	it('windows-1251 Russian', async () => {
		// Encode with a table built from the platform decoder, independent of the importer's own.
		const decoder = new TextDecoder('windows-1251');
		const table = new Map<string, number>();
		for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
		const ru = corpusText('002_8b8535d9ee745d2b', 'ru').replace(
			'Մատչելիության հղումներ',
			'Ссылки для упрощенного доступа'
		);
		const text = `${ru}\r\nЁлки, «ёжики» — №5…`;
		expect([...text].filter((c) => !table.has(c))).toEqual([]);
		const bytes = new Uint8Array([...text].map((c) => table.get(c)!));
		expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1251' });
		await sameHash(bytes);
		expect(parseDocument(text).blocks[0]).toMatchObject({ kind: 'header' });
	});
});
