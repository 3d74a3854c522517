import { describe, expect, it } from 'vitest';
import {
	escapeTsv,
	parseTsv,
	rowsFromAlignment,
	toJson,
	toTsv,
	unescapeTsv,
	type AlignmentJson,
	type ExportRow
} from '../../src/lib/core/export';
import { trickyArticle } from '../fixtures/tmx/sample-library';

const { renderings, alignment } = trickyArticle();
const rows = rowsFromAlignment(renderings, alignment);

describe('TSV export', () => {
	it('writes a header of language codes and one line per row', () => {
		const tsv = toTsv({ rows });
		const lines = tsv.split('\n');
		expect(lines[0]).toBe('en\thy\tru');
		expect(lines).toHaveLength(rows.length + 2);
		expect(lines.at(-1)).toBe('');
		expect(lines[1]).toBe(
			'CSTO summit in Almaty\tՀԱՊԿ գագաթնաժողով Ալմաթիում\tСаммит ОДКБ в Алматы'
		);
		expect(lines[4]).toBe('Only English here.\t\t');
	});

	it('escapes tabs, line breaks and backslashes inside cells', () => {
		expect(escapeTsv('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
		const tsv = toTsv({ rows });
		expect(tsv).toContain('Line one\\r\\nline two, CRLF inside.\t');
		expect(tsv).toContain('Tab\\there.\t');
		const tricky: ExportRow[] = [
			{ id: 'x', texts: { en: ['C:\\path\\to\tfile\n'], ru: ['\\n is not a newline'] } }
		];
		expect(toTsv({ rows: tricky, langs: ['en', 'ru'] })).toBe(
			'en\tru\nC:\\\\path\\\\to\\tfile\t\\\\n is not a newline\n'
		);
	});

	it('reads back what it wrote, cell for cell', () => {
		const tricky: ExportRow[] = [
			{ id: '1', texts: { en: ['a\\tb', 'c\td'], hy: ['և\n👍🏽'], ru: ['\\\\\\'] } },
			{ id: '2', texts: { hy: ['только hy\r\n'] } }
		];
		expect(parseTsv(toTsv({ rows: tricky }))).toEqual({
			langs: ['en', 'hy', 'ru'],
			rows: [{ en: 'a\\tb c\td', hy: 'և\n👍🏽', ru: '\\\\\\' }, { hy: 'только hy' }]
		});
		expect(unescapeTsv('\\x\\\\')).toBe('\\x\\');
		expect(() => parseTsv('en\tde\n')).toThrow(SyntaxError);
	});

	it('writes pairs and skips rows with an empty side when asked', () => {
		const tsv = toTsv({ rows, langs: ['hy', 'en'], empty: 'skip' });
		const lines = tsv.trimEnd().split('\n');
		expect(lines[0]).toBe('hy\ten');
		expect(lines).toHaveLength(rows.length);
		expect(lines.some((l) => l.startsWith('\t'))).toBe(false);
	});
});

describe('JSON export', () => {
	it('keeps sentences apart and carries the row metadata', () => {
		const doc = JSON.parse(toJson({ rows, langs: ['en', 'ru'] })) as AlignmentJson;
		expect(doc.format).toBe('triptych-alignment');
		expect(doc.version).toBe(1);
		expect(doc.langs).toEqual(['en', 'ru']);
		expect(doc.rows[1]).toEqual({
			id: 'r1',
			texts: {
				en: ['Tags <b> & "quotes" \'apos\' > end.', 'Second English sentence.'],
				ru: ['Теги <b> & «кавычки» > конец.', 'Второе предложение.']
			},
			status: 'auto',
			score: 0.75,
			flagged: true,
			review: false,
			notes: ['Check "quotes" & <tags>.', 'Second note\nwith a line break.']
		});
		expect(doc.rows[3].missing).toEqual(['ru']);
	});

	it('is deterministic and tab-indented', () => {
		const text = toJson({ rows });
		expect(text).toBe(toJson({ rows }));
		expect(text).toMatch(/^\{\n\t"format": "triptych-alignment",\n\t"version": 1,/);
		expect(text.endsWith('}\n')).toBe(true);
	});
});
