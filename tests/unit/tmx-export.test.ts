import { describe, expect, it } from 'vitest';
import {
	escapeXmlAttr,
	escapeXmlText,
	exportAlignment,
	parsePair,
	rowsFromAlignment,
	stripInvalidXmlChars,
	toTmx,
	toTmxDate,
	type ExportRow
} from '../../src/lib/core/export';
import { trickyArticle } from '../fixtures/tmx/sample-library';

const { renderings, alignment } = trickyArticle();
const rows = rowsFromAlignment(renderings, alignment);

function tus(tmx: string): string[] {
	return tmx.match(/<tu [\s\S]*?<\/tu>/g) ?? [];
}

describe('TMX header and structure', () => {
	it('writes the declaration, DOCTYPE, version and every required header attribute', () => {
		const tmx = toTmx({ rows });
		const lines = tmx.split('\n');
		expect(lines[0]).toBe('<?xml version="1.0" encoding="UTF-8"?>');
		expect(lines[1]).toBe('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
		expect(lines[2]).toBe('<tmx version="1.4">');
		expect(lines[3]).toBe(
			'  <header creationtool="Triptych" creationtoolversion="1.0" segtype="sentence" ' +
				'o-tmf="Triptych" adminlang="en" srclang="*all*" datatype="plaintext"/>'
		);
		expect(tmx.endsWith('</tmx>\n')).toBe(true);
	});

	it('uses the first language of a pair as srclang unless told otherwise', () => {
		expect(toTmx({ rows, langs: ['hy', 'ru'] })).toContain('srclang="hy"');
		expect(toTmx({ rows, langs: ['en', 'ru'], srclang: 'ru' })).toContain('srclang="ru"');
		expect(toTmx({ rows, langs: ['en', 'ru'], srclang: '*all*' })).toContain('srclang="*all*"');
		expect(() => toTmx({ rows, langs: ['en', 'ru'], srclang: 'hy' })).toThrow(RangeError);
	});

	it('writes no creation date unless one is passed, and normalises ISO dates', () => {
		expect(toTmx({ rows })).not.toContain('creationdate');
		expect(toTmx({ rows, creationDate: '2024-01-11T10:20:30.123Z' })).toContain(
			'creationdate="20240111T102030Z"'
		);
		expect(toTmxDate('20240111T102030Z')).toBe('20240111T102030Z');
		expect(() => toTmxDate('yesterday')).toThrow(RangeError);
	});

	it('is deterministic', () => {
		expect(toTmx({ rows, creationDate: '20240111T100000Z' })).toBe(
			toTmx({ rows, creationDate: '20240111T100000Z' })
		);
	});

	it('writes one tu per row with the row id as tuid, one tuv with one seg per language', () => {
		const units = tus(toTmx({ rows }));
		expect(units).toHaveLength(rows.length);
		expect(units.map((u) => /tuid="([^"]*)"/.exec(u)?.[1])).toEqual(rows.map((r) => r.id));
		for (const unit of units) {
			const tuvs = unit.match(/<tuv [\s\S]*?<\/tuv>/g) ?? [];
			for (const tuv of tuvs) expect(tuv.match(/<seg>/g)).toHaveLength(1);
		}
		expect(units[0]).toContain('<tuv xml:lang="en">\n        <seg>CSTO summit in Almaty</seg>');
		expect(units[0]).toContain(
			'<tuv xml:lang="hy">\n        <seg>ՀԱՊԿ գագաթնաժողով Ալմաթիում</seg>'
		);
	});

	it('joins the sentences of a cell with a space and records their lengths', () => {
		const unit = tus(toTmx({ rows }))[1];
		const en = 'Tags &lt;b&gt; &amp; "quotes" \'apos\' &gt; end. Second English sentence.';
		expect(unit).toContain(
			`<prop type="x-triptych-sentence-lengths">33 24</prop>\n        <seg>${en}</seg>`
		);
		// The single Armenian sentence needs no lengths.
		expect(unit.match(/sentence-lengths/g)).toHaveLength(2);
	});

	it('writes notes, status, score, flags and missing languages', () => {
		const [r0, r1, r2, r3] = tus(toTmx({ rows }));
		expect(r0).toContain('<prop type="x-triptych-status">confirmed</prop>');
		expect(r0).toContain('<prop type="x-triptych-score">1</prop>');
		expect(r1).toContain('<note>Check "quotes" &amp; &lt;tags&gt;.</note>');
		expect(r1).toContain('<note>Second note\nwith a line break.</note>');
		expect(r1).toContain('<prop type="x-triptych-flagged">true</prop>');
		expect(r2).toContain('<prop type="x-triptych-score">0.4321</prop>');
		expect(r2).toContain('<prop type="x-triptych-review">true</prop>');
		expect(r3).toContain('<prop type="x-triptych-missing">hy ru</prop>');
		expect(tus(toTmx({ rows, langs: ['en', 'hy'] }))[3]).toContain(
			'<prop type="x-triptych-missing">hy</prop>'
		);
		// Notes come before props, props before tuvs, as the DTD requires.
		expect(r1.indexOf('<note>')).toBeLessThan(r1.indexOf('<prop'));
		expect(r1.lastIndexOf('<prop type="x-triptych-flagged">')).toBeLessThan(r1.indexOf('<tuv'));
	});
});

describe('TMX text', () => {
	it('escapes markup characters in text and attributes', () => {
		expect(escapeXmlText(`a < b & c > "d" 'e' ]]>`)).toBe(`a &lt; b &amp; c &gt; "d" 'e' ]]&gt;`);
		expect(escapeXmlAttr('x"y\tz\nw\r<&')).toBe('x&quot;y&#9;z&#10;w&#13;&lt;&amp;');
		expect(escapeXmlText('CR\r\nLF')).toBe('CR&#13;\nLF');
		const tmx = toTmx({ rows: [{ id: 'id "1"\t<x>', texts: { en: ['a'], hy: ['b'] } }] });
		expect(tmx).toContain('<tu tuid="id &quot;1&quot;&#9;&lt;x&gt;">');
	});

	it('removes exactly the characters outside the XML 1.0 Char production', () => {
		const kept =
			'tab\t lf\n cr\r \u0020 \uD7FF \uE000 \uFFFD \uFEFF \u0085 \u007F \uFDD0 \u{10000} \u{10FFFF} 👍🏽 և';
		expect(stripInvalidXmlChars(kept)).toBe(kept);
		const removed = '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF';
		expect(stripInvalidXmlChars(`a${removed}b`)).toBe('ab');
		expect(stripInvalidXmlChars('a\uD800b\uDBFFc\uDC00d\uDFFF')).toBe('abcd');
		// A low surrogate before a high one is two lone halves, not a pair.
		expect(stripInvalidXmlChars('\uDE00\uD83D')).toBe('');
	});

	it('keeps Armenian ligatures, emoji and U+FEFF and drops control characters in segs', () => {
		const tmx = toTmx({ rows });
		expect(tmx).toContain('Էմոջի 👍🏽 և 🇦🇲 դրոշներ։');
		expect(tmx).toContain('<seg>Թաբ\uFEFF։</seg>');
		expect(tmx).toContain('<seg>Строка один, строка два.</seg>');
		expect(tmx).toContain('<seg>Line one&#13;\nline two, CRLF inside.</seg>');
		expect(tmx).toContain('<seg>Tab\there.</seg>');
		expect(tmx).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
	});
});

describe('empty sides', () => {
	const sparse: ExportRow[] = [
		{ id: 'full', texts: { en: ['A.'], hy: ['Ա։'], ru: ['А.'] } },
		{ id: 'no-hy', texts: { en: ['B.'], hy: [], ru: ['Б.'] } },
		{ id: 'blank-hy', texts: { en: ['C.'], hy: ['  '], ru: ['В.'] } },
		{ id: 'only-hy', texts: { hy: ['Դ։'] } },
		{ id: 'nothing', texts: { en: [' \u0001 '] } }
	];
	const ids = (tmx: string) => tus(tmx).map((u) => /tuid="([^"]*)"/.exec(u)?.[1]);

	it('keeps rows with the languages present by default', () => {
		const tmx = toTmx({ rows: sparse });
		expect(ids(tmx)).toEqual(['full', 'no-hy', 'blank-hy', 'only-hy']);
		expect(tus(tmx)[1]).not.toContain('xml:lang="hy"');
	});

	it('skips rows missing an exported language with empty: skip', () => {
		expect(ids(toTmx({ rows: sparse, empty: 'skip' }))).toEqual(['full']);
		expect(ids(toTmx({ rows: sparse, langs: ['en', 'ru'], empty: 'skip' }))).toEqual([
			'full',
			'no-hy',
			'blank-hy'
		]);
	});

	it('never writes a tu without any tuv', () => {
		expect(ids(toTmx({ rows: sparse, langs: ['en', 'ru'] }))).toEqual([
			'full',
			'no-hy',
			'blank-hy'
		]);
	});
});

describe('export helpers', () => {
	it('parses language pairs', () => {
		expect(parsePair('en-hy')).toEqual(['en', 'hy']);
		expect(parsePair('HY_RU')).toEqual(['hy', 'ru']);
		expect(parsePair('en-en')).toBeUndefined();
		expect(parsePair('en-de')).toBeUndefined();
		expect(parsePair('en-hy-ru')).toBeUndefined();
	});

	it('builds rows from renderings and an alignment, preferring corrected sentence texts', () => {
		expect(rows[1].texts).toEqual({
			en: ['Tags <b> & "quotes" \'apos\' > end.', 'Second English sentence.'],
			hy: ['Պիտակներ <b> & «չակերտներ» և ավարտ։'],
			ru: ['Теги <b> & «кавычки» > конец.', 'Второе предложение.']
		});
		expect(rows[5].texts.hy).toEqual(['Թաբ\uFEFF։']);
		expect(rows[3]).toMatchObject({ texts: { en: ['Only English here.'] }, missing: ['hy', 'ru'] });
	});

	it('offers one entry point with file type information', () => {
		const file = exportAlignment('tmx', { rows, langs: ['en', 'ru'] });
		expect(file.extension).toBe('tmx');
		expect(file.mimeType).toBe('application/x-tmx+xml');
		expect(file.text).toBe(toTmx({ rows, langs: ['en', 'ru'] }));
		expect(exportAlignment('json', { rows }).mimeType).toBe('application/json');
	});

	it('rejects bad language lists', () => {
		expect(() => toTmx({ rows, langs: [] })).toThrow(RangeError);
		expect(() => toTmx({ rows, langs: ['en', 'en'] })).toThrow(RangeError);
	});
});
