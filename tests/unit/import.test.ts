import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/lib/core/hash';
import {
	decodeBytes,
	detectLanguage,
	encodeOriginal,
	extractHtmlText,
	ImportError,
	MAX_IMPORT_BYTES,
	prepareImport,
	type ImportErrorCode
} from '../../src/lib/core/import';

const CORPUS = new URL('../../static/corpus/', import.meta.url);
const utf8 = (text: string) => new TextEncoder().encode(text);
const corpus = (path: string) => new Uint8Array(readFileSync(new URL(path, CORPUS)));

/** windows-1251 bytes made with the platform decoder's table, independent of the importer. */
function cp1251(text: string): Uint8Array {
	const decoder = new TextDecoder('windows-1251');
	const table = new Map<string, number>();
	for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
	return new Uint8Array([...text].map((c) => table.get(c)!));
}

function codeOf(run: () => unknown): ImportErrorCode | 'no error' {
	try {
		run();
		return 'no error';
	} catch (err) {
		if (err instanceof ImportError) return err.code;
		throw err;
	}
}

async function codeOfAsync(run: () => Promise<unknown>): Promise<ImportErrorCode | 'no error'> {
	try {
		await run();
		return 'no error';
	} catch (err) {
		if (err instanceof ImportError) return err.code;
		throw err;
	}
}

describe('decodeBytes rejects bad input with a code', () => {
	const bad: Array<[string, Uint8Array, ImportErrorCode]> = [
		['an empty file', new Uint8Array(), 'empty'],
		['whitespace only', utf8('  \n\t\r\n '), 'empty'],
		['a UTF-8 BOM only', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
		['a file over the limit', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61), 'too-large'],
		[
			'a PNG image',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]),
			'binary'
		],
		['a JPEG image', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'binary'],
		['a GIF image', utf8('GIF89a\u0001\u0000'), 'binary'],
		['a ZIP archive (docx)', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'binary'],
		['a PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'binary'],
		['text with a stray NUL byte', utf8('Hello\u0000world'), 'nul-bytes'],
		['mostly NUL bytes', new Uint8Array([0x41, 0, 0, 0, 0x42, 0, 0, 0, 0, 0, 0x43]), 'binary'],
		[
			'control characters',
			new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
			'binary'
		],
		[
			'invalid UTF-8 that is not 1251',
			new Uint8Array([0x41, 0x80, 0x81, 0x82, 0x83, 0x42]),
			'invalid-encoding'
		],
		[
			'a UTF-8 BOM before invalid bytes',
			new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x41]),
			'invalid-encoding'
		],
		['odd-length UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'invalid-encoding'],
		[
			'UTF-16 with an unpaired surrogate',
			new Uint8Array([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]),
			'invalid-encoding'
		],
		// "Привет мир, как дела" in KOI8-R: letters in 0xC0–0xFF, but lower case in the wrong half,
		// and no Latin letters around them: neither code page fits, so the user is asked.
		[
			'KOI8-R text',
			new Uint8Array([
				0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x2c, 0x20, 0xcb, 0xc1, 0xcb,
				0x20, 0xc4, 0xc5, 0xcc, 0xc1
			]),
			'unknown-encoding'
		]
	];

	it.each(bad)('%s → %s', (_, bytes, code) => {
		expect(codeOf(() => decodeBytes(bytes))).toBe(code);
	});

	it('gives errors the UI can map to locale keys', () => {
		try {
			decodeBytes(new Uint8Array());
			expect.unreachable();
		} catch (err) {
			expect(err).toBeInstanceOf(ImportError);
			expect((err as ImportError).localeKey).toBe('import.error.empty');
		}
		try {
			decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1));
			expect.unreachable();
		} catch (err) {
			expect((err as ImportError).detail).toEqual({
				size: MAX_IMPORT_BYTES + 1,
				limit: MAX_IMPORT_BYTES
			});
		}
	});
});

describe('decodeBytes and encodeOriginal', () => {
	it('reads UTF-8 without BOM verbatim, never normalising', () => {
		const text = 'Միևնույն Ե\u0582 Cafe\u0301 ё е\u0308\r\n';
		expect(decodeBytes(utf8(text))).toEqual({ text, encoding: 'utf-8' });
	});

	it('keeps a UTF-8 BOM as U+FEFF', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ok.')]);
		expect(decodeBytes(bytes)).toEqual({ text: '\ufeffOk.', encoding: 'utf-8-bom' });
		expect(encodeOriginal('\ufeffOk.', 'utf-8-bom')).toEqual(bytes);
	});

	it('reads Russian windows-1251 and writes the same bytes back', () => {
		const text = 'Войска ОДКБ начали выход из Казахстана. «Ёлки» — №5…';
		const bytes = cp1251(text);
		expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1251' });
		expect(encodeOriginal(text, 'windows-1251')).toEqual(bytes);
	});

	it('returns the original bytes when they still match, re-encodes when the text changed', () => {
		const bytes = cp1251('Токаев заявил.');
		expect(encodeOriginal('Токаев заявил.', 'windows-1251', bytes)).toEqual(bytes);
		expect(encodeOriginal('Токаев сказал.', 'windows-1251', bytes)).toEqual(
			cp1251('Токаев сказал.')
		);
	});

	it('refuses to write characters windows-1251 cannot hold', () => {
		expect(() => encodeOriginal('Հայաստան', 'windows-1251')).toThrow(RangeError);
	});

	it('writes UTF-16 with its BOM', () => {
		expect(encodeOriginal('\ufeffA', 'utf-16le')).toEqual(new Uint8Array([0xff, 0xfe, 0x41, 0]));
		expect(encodeOriginal('A', 'utf-16be')).toEqual(new Uint8Array([0xfe, 0xff, 0, 0x41]));
	});
});

describe('detectLanguage', () => {
	it('tells the three languages apart by script', () => {
		expect(detectLanguage('Փաշինյանը գովաբանել է ՀԱՊԿ միջամտությունը')).toEqual({
			lang: 'hy',
			confidence: 1
		});
		expect(detectLanguage('Пашинян приветствовал вмешательство ОДКБ')).toEqual({
			lang: 'ru',
			confidence: 1
		});
		expect(detectLanguage('Pashinian Praises CSTO Intervention')).toEqual({
			lang: 'en',
			confidence: 1
		});
	});

	it('is not swayed by the Armenian header of an English page', () => {
		const text = new TextDecoder().decode(corpus('004_4edc45d2294ab903/en.txt'));
		const found = detectLanguage(text);
		expect(found.lang).toBe('en');
		expect(found.confidence).toBeGreaterThan(0.95);
	});

	it('says null for text without letters or in another script', () => {
		expect(detectLanguage('2022-01-12 10:30 — 164')).toEqual({ lang: null, confidence: 0 });
		expect(detectLanguage('Καλημέρα κόσμε, τι κάνεις').lang).toBeNull();
	});
});

describe('extractHtmlText', () => {
	const page = `<!DOCTYPE html>
<html lang="en"><head><title>Site | Pashinian</title><style>p { color: red }</style>
<script>var s = "<p>not text</p>"; if (a < b) {}</script></head>
<body>
<header class="site"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<!-- <p>commented out</p> -->
<main><article>
<header><h1>Pashinian Praises CSTO Intervention</h1></header>
<figure><img src="x.jpg" alt="a plane"><figcaption>Kazakhstan - Russian peacekeepers, January 6, 2022.</figcaption></figure>
<p>Prime   Minister
Nikol Pashinian expressed hope&nbsp;that troops will help.</p>
<P CLASS="x" data-note="a > b">&ldquo;We hope,&rdquo; he said. Tom &amp; Jerry &#8212; &#x00AB;ok&#xBB; &unknown;</P>
<div hidden>Hidden text.</div><p aria-hidden="true">Also hidden.</p>
<p>Line one<br>line two</p>
<aside>Related: other news</aside>
</article></main>
<footer>© RFE/RL</footer>
<form><button>Subscribe</button></form>
</body></html>`;

	it('keeps the article, drops the furniture, one paragraph per block', () => {
		expect(extractHtmlText(page)).toBe(
			[
				'Pashinian Praises CSTO Intervention',
				'Kazakhstan - Russian peacekeepers, January 6, 2022.',
				'Prime Minister Nikol Pashinian expressed hope\u00a0that troops will help.',
				'“We hope,” he said. Tom & Jerry — «ok» &unknown;',
				'Line one\nline two'
			].join('\n\n') + '\n'
		);
	});

	it('gives nothing for a page without text', () => {
		expect(
			extractHtmlText('<html><head><title>x</title></head><body><nav>Menu</nav></body></html>')
		).toBe('');
	});

	it('decodes every named character reference, as a browser does', () => {
		expect(
			extractHtmlText('<p>Caf&eacute; &Hscr; &copy 2022 &ThinSpace;&rarr; &#x1F44D;</p>')
		).toBe('Café ℋ © 2022 \u2009→ 👍\n');
	});

	it('reads script and style as raw text to drop, even with tags inside', () => {
		expect(
			extractHtmlText('<p>One.</p><script>document.write("</p><p>x")</script><p>Two.</p>')
		).toBe('One.\n\nTwo.\n');
	});

	it('keeps whitespace inside <pre> and reads unterminated input', () => {
		expect(extractHtmlText('<pre>a  b\n  c</pre>')).toBe('a  b\nc\n');
		expect(extractHtmlText('<p>a < b and <b>bold')).toBe('a < b and bold\n');
	});
});

describe('prepareImport', () => {
	it('prepares a bundled rendering: text, encoding, hash, language, blocks, sentences', async () => {
		const bytes = corpus('004_4edc45d2294ab903/ru.txt');
		const prepared = await prepareImport(bytes, { fileName: 'ru.txt' });
		expect(prepared.lang).toBe('ru');
		expect(prepared.encoding).toBe('utf-8');
		expect(prepared.originalBytes).toBeUndefined();
		expect(prepared.sha256).toBe(await sha256Hex(bytes));
		expect(prepared.text).toBe(new TextDecoder().decode(bytes));
		expect(prepared.doc.title.text).toBe('Пашинян приветствовал вмешательство ОДКБ в Казахстане');
		expect(prepared.sentences.length).toBeGreaterThan(20);
	});

	it('accepts the expected language and refuses a clearly different one', async () => {
		const bytes = corpus('002_8b8535d9ee745d2b/hy.txt');
		expect((await prepareImport(bytes, { expectLang: 'hy' })).lang).toBe('hy');
		try {
			await prepareImport(bytes, { expectLang: 'ru' });
			expect.unreachable();
		} catch (err) {
			expect((err as ImportError).code).toBe('wrong-language');
			expect((err as ImportError).detail).toEqual({ expected: 'ru', detected: 'hy' });
		}
		expect(
			await codeOfAsync(() =>
				prepareImport(utf8('Καλημέρα κόσμε. Τι κάνεις;'), { expectLang: 'en' })
			)
		).toBe('wrong-language');
	});

	it('keeps the bytes of a windows-1251 file and can give them back', async () => {
		const bytes = cp1251(
			'Заголовок статьи\n\nТокаев заявил о попытке переворота. Войска ОДКБ ушли.'
		);
		const prepared = await prepareImport(bytes);
		expect(prepared).toMatchObject({ lang: 'ru', encoding: 'windows-1251' });
		expect(prepared.originalBytes).toEqual(bytes);
		expect(encodeOriginal(prepared.text, prepared.encoding, prepared.originalBytes)).toEqual(bytes);
		expect(prepared.sentences).toHaveLength(3);
	});

	it('stores the extracted text of an HTML page', async () => {
		const html = utf8(
			'<html><body><h1>Заголовок</h1><p>Первое предложение. Второе.</p></body></html>'
		);
		const prepared = await prepareImport(html, { fileName: 'page.HTML' });
		expect(prepared.fromHtml).toBe(true);
		expect(prepared.text).toBe('Заголовок\n\nПервое предложение. Второе.\n');
		expect(prepared.encoding).toBe('utf-8');
		expect(prepared.sha256).toBe(await sha256Hex(prepared.text));
		expect(prepared.doc.title).toMatchObject({ text: 'Заголовок', derived: false });
		expect(prepared.sentences).toHaveLength(3);
		// Sniffed without a file name too.
		expect((await prepareImport(html)).fromHtml).toBe(true);
	});

	it('says what is wrong with unusable files', async () => {
		const cases: Array<[Uint8Array, ImportErrorCode]> = [
			[new Uint8Array(), 'empty'],
			[new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), 'binary'],
			[utf8('2022-01-12 — 164, 2 265; 10:30'), 'no-text'],
			[utf8('XS\nSM\nMD\nLG'), 'no-text'],
			[utf8('<html><body><nav>Menu</nav><script>x()</script></body></html>'), 'no-text'],
			[utf8('Καλημέρα κόσμε. Τι κάνεις;'), 'unknown-language'],
			[new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41), 'too-large'],
			[new Uint8Array([0x41, 0x80, 0x81, 0x82]), 'invalid-encoding']
		];
		for (const [bytes, code] of cases) {
			expect(await codeOfAsync(() => prepareImport(bytes))).toBe(code);
		}
	});
});
