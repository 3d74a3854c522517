import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	PAIRS,
	rowsFromAlignment,
	toTmx,
	type EmptySides,
	type ExportRow,
	type TmxOptions
} from '../../src/lib/core/export';
import { buildImportedArticle, parseTmx } from '../../src/lib/core/import/tmx';
import type { Lang } from '../../src/lib/core/types';
import { sampleLibrary, trickyArticle } from '../fixtures/tmx/sample-library';

const repo = resolve(import.meta.dirname, '../..');
const { renderings, alignment } = trickyArticle();
const rows = rowsFromAlignment(renderings, alignment);
const DATE = '20240111T100000Z';

/** Export → import → build the article → rows again → export, as the app would do it. */
async function reExport(tmx: string, options: Omit<TmxOptions, 'rows'>): Promise<string> {
	const imp = parseTmx(tmx);
	const article = await buildImportedArticle(imp, { articleId: 'again', now: 0 });
	return toTmx({
		...options,
		rows: rowsFromAlignment(article.renderings, article.alignment),
		creationDate: imp.creationDate
	});
}

describe('TMX export → import → export', () => {
	const cases: Array<[string, readonly Lang[], EmptySides]> = [
		['three-way', ['en', 'hy', 'ru'], 'keep'],
		['three-way, skip', ['en', 'hy', 'ru'], 'skip'],
		...PAIRS.map((pair): [string, readonly Lang[], EmptySides] => [pair.join('-'), pair, 'keep'])
	];

	it.each(cases)('is identical for %s', async (_name, langs, empty) => {
		const first = toTmx({ rows, langs, empty, creationDate: DATE });
		expect(await reExport(first, { langs, empty })).toBe(first);
	});

	it('restores sentences, status, score, flags, notes and missing languages', async () => {
		const imp = parseTmx(toTmx({ rows }));
		const { renderings: again, alignment: back } = await buildImportedArticle(imp, {
			articleId: 'x',
			now: 0
		});
		const restored = rowsFromAlignment(again, back);
		const comparable = (r: ExportRow) => ({ ...r, notes: r.notes ?? [] });
		// Only the characters XML cannot carry are lost.
		const expected = rows.map((r) =>
			r.id === 'r4' ? { ...r, texts: { ...r.texts, ru: ['Строка один, строка два.'] } } : r
		);
		expect(restored.map(comparable)).toEqual(expected.map(comparable));
		expect(again.find((r) => r.lang === 'en')?.sentences).toHaveLength(7);
	});

	it('is identical for any text, including characters XML cannot carry', async () => {
		const unit = fc.oneof(
			fc.constantFrom(
				'<',
				'&',
				'>',
				'"',
				"'",
				']]>',
				' ',
				'\t',
				'\n',
				'\r',
				'\r\n',
				'և',
				'👍🏽',
				'\uFEFF',
				'\u0001',
				'\uD800',
				'\uDC00',
				'\uFFFF'
			),
			fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
			fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c))
		);
		const sentence = fc.string({ unit, maxLength: 12 });
		const row = fc.record({
			en: fc.array(sentence, { maxLength: 3 }),
			hy: fc.array(sentence, { maxLength: 3 }),
			note: sentence
		});
		await fc.assert(
			fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 5 }), async (generated) => {
				const input: ExportRow[] = generated.map((r, i) => ({
					id: `r${i}`,
					texts: { en: r.en, hy: r.hy },
					status: 'auto',
					score: 0.5,
					flagged: false,
					review: false,
					missing: [],
					notes: [r.note]
				}));
				const first = toTmx({ rows: input, langs: ['en', 'hy'] });
				// A sentence never holds a blank line (it would split the paragraph on import),
				// and the importer needs both languages somewhere.
				fc.pre(!/(\r\n|\r|\n)[^\S\r\n]*(\r\n|\r|\n)/.test(first.replace(/&#13;/g, '\r')));
				fc.pre(first.includes('xml:lang="en"') && first.includes('xml:lang="hy"'));
				expect(await reExport(first, { langs: ['en', 'hy'] })).toBe(first);
			}),
			{ numRuns: 200 }
		);
	});
});

/** The fixture copy first, then $TMX_DTD, then the shared schema next to the repository. */
function findDtd(): string | undefined {
	return [
		join(repo, 'tests/fixtures/tmx14.dtd'),
		process.env.TMX_DTD,
		resolve(repo, '../shared/schemas/tmx14.dtd')
	].find((p): p is string => !!p && existsSync(p));
}

const xmllint = spawnSync('xmllint', ['--version']).status === 0;
const dtd = findDtd();
if (!xmllint)
	console.warn('Skipping TMX DTD validation: xmllint not found (apt install libxml2-utils)');
if (!dtd)
	console.warn(
		'Skipping TMX DTD validation: no tmx14.dtd in tests/fixtures, $TMX_DTD or ../shared'
	);

describe.skipIf(!xmllint || !dtd)('TMX export against tmx14.dtd (xmllint)', () => {
	let dir = '';
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'triptych-tmx-'));
		// Beside the files too, so the DOCTYPE's own `SYSTEM "tmx14.dtd"` resolves without a warning.
		copyFileSync(dtd!, join(dir, 'tmx14.dtd'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	function validate(name: string, tmx: string) {
		const file = join(dir, name);
		writeFileSync(file, tmx);
		return spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd!, file], {
			encoding: 'utf8'
		});
	}

	const files: Array<[string, readonly Lang[]]> = [
		['three-way', ['en', 'hy', 'ru']],
		...PAIRS.map((p): [string, readonly Lang[]] => [p.join('-'), p])
	];

	it.each(files)('%s export is valid', (name, langs) => {
		const result = validate(`${name}.tmx`, toTmx({ rows, langs, creationDate: DATE }));
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('an export with readers’ reports on its units is valid', () => {
		const lib = sampleLibrary();
		const reported = rowsFromAlignment(lib.renderings, lib.alignments[0], lib.reports);
		const result = validate('reports.tmx', toTmx({ rows: reported, creationDate: DATE }));
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('an export with no rows is valid', () => {
		expect(validate('empty.tmx', toTmx({ rows: [] })).status).toBe(0);
	});

	it('xmllint does reject an invalid file (the check is real)', () => {
		const broken = toTmx({ rows }).replace(' segtype="sentence"', '');
		const result = validate('broken.tmx', broken);
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('segtype');
	});
});

describe('readers’ reports in TMX', () => {
	const lib = sampleLibrary();
	const [report] = lib.reports.filter((r) => r.articleId === 'a1');
	const reported = rowsFromAlignment(lib.renderings, lib.alignments[0], lib.reports);
	const tmx = toTmx({ rows: reported, creationDate: DATE });

	it('go on the unit now holding their sentences, as a note and x-report props', () => {
		const unit = tmx.split('<tu ').find((tu) => tu.includes('x-report-id'))!;
		expect(unit).toContain(`tuid="${report.rowId}"`);
		expect(unit).toContain(
			'<note>[report 6f1c2a9e-0b7d-4e8a-9c3f-2d5e8b1a7c40] mistranslation, resolved, by rita: ' +
				'Перевод «строка два» — не то. — reply: Fixed, thanks.</note>'
		);
		for (const [type, value] of [
			['x-report-id', report.id],
			['x-report-reason', 'mistranslation'],
			['x-report-state', 'resolved'],
			['x-report-author', 'rita'],
			['x-report-resolved-by', 'tom'],
			['x-report-reply', 'Fixed, thanks.']
		])
			expect(unit).toContain(`<prop type="${type}">${value}</prop>`);
		// The other article's report is not in this export.
		expect(tmx.match(/x-report-id/g)).toHaveLength(1);
	});

	it('are not taken for translators’ notes when the file is imported again', () => {
		const parsed = parseTmx(tmx);
		const row = parsed.rows.find((r) => r.id === report.rowId)!;
		expect(row.notes.some((n) => n.startsWith('[report '))).toBe(false);
		const plain = rowsFromAlignment(lib.renderings, lib.alignments[0]);
		const without = parseTmx(toTmx({ rows: plain, creationDate: DATE }));
		expect(parsed.rows.map((r) => r.notes)).toEqual(without.rows.map((r) => r.notes));
	});
});
