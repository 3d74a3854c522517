import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTmx } from '../../src/lib/core/export';
import {
	MAX_TMX_BYTES,
	TmxImportError,
	buildImportedArticle,
	parseTmx,
	tmxLang,
	type TmxImport,
	type TmxImportErrorCode
} from '../../src/lib/core/import/tmx';
import type { Lang } from '../../src/lib/core/types';

const fixtures = join(import.meta.dirname, '../fixtures/tmx');
const fixture = (name: string) => readFileSync(join(fixtures, name));

function errorCode(run: () => unknown): TmxImportErrorCode | 'no error' {
	try {
		run();
		return 'no error';
	} catch (err) {
		expect(err).toBeInstanceOf(TmxImportError);
		return (err as TmxImportError).code;
	}
}

/** The sentences of each row, as text, for readable expectations. */
function rowTexts(imp: TmxImport): Array<Partial<Record<Lang, string[]>>> {
	return imp.rows.map((row) => {
		const out: Partial<Record<Lang, string[]>> = {};
		for (const [lang, indices] of Object.entries(row.cells) as Array<[Lang, number[]]>) {
			const text = imp.texts[lang] ?? '';
			out[lang] = indices.map((i) => {
				const s = imp.sentences[lang]![i];
				return text.slice(s.start, s.end);
			});
		}
		return out;
	});
}

const tmx = (body: string, header = 'srclang="*all*"') =>
	`<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" ` +
	`segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext" ${header}/><body>${body}</body></tmx>`;

describe('hostile and broken files', () => {
	it.each([
		['billion-laughs.tmx', 'doctype'],
		['external-entity.tmx', 'doctype'],
		['parameter-entity.tmx', 'doctype'],
		['malformed.tmx', 'malformed'],
		['undefined-entity.tmx', 'malformed'],
		['no-languages.tmx', 'no-languages'],
		['not-tmx.xml', 'not-tmx']
	] as const)('refuses %s with code %s', (name, code) => {
		expect(errorCode(() => parseTmx(fixture(name)))).toBe(code);
	});

	it('refuses files over the size limit before reading them', () => {
		expect(MAX_TMX_BYTES).toBe(20 * 1024 * 1024);
		expect(errorCode(() => parseTmx(new Uint8Array(MAX_TMX_BYTES + 1)))).toBe('too-large');
		expect(errorCode(() => parseTmx(new ArrayBuffer(MAX_TMX_BYTES + 1)))).toBe('too-large');
		// A string counts its UTF-8 bytes: 7 million Armenian letters are 14 MB of UTF-8.
		expect(errorCode(() => parseTmx('Ա'.repeat(7_000_000), { maxBytes: 10_000_000 }))).toBe(
			'too-large'
		);
		const ok = tmx(
			'<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="hy"><seg>բ</seg></tuv></tu>'
		);
		expect(errorCode(() => parseTmx(ok, { maxBytes: ok.length + 1 }))).toBe('no error');
		expect(errorCode(() => parseTmx(ok, { maxBytes: ok.length - 1 }))).toBe('too-large');
	});

	it('refuses bytes that are not UTF-8 or UTF-16', () => {
		const bytes = new TextEncoder().encode(tmx('<tu><tuv xml:lang="en"><seg>XX</seg></tuv></tu>'));
		bytes[bytes.indexOf(0x58)] = 0xff;
		expect(errorCode(() => parseTmx(bytes))).toBe('encoding');
	});

	it('reads the encoding from the XML declaration, and refuses one it does not know', () => {
		const imp = parseTmx(fixture('sample-windows1251.tmx'));
		expect(rowTexts(imp)).toEqual([
			{
				en: ['Collective Security Council — "CSTO".'],
				ru: ['Совет коллективной безопасности — «ОДКБ».']
			}
		]);
		const klingon = new TextEncoder().encode(
			tmx('<tu><tuv xml:lang="en"><seg>a</seg></tuv></tu>').replace('?>', ' encoding="x-klingon"?>')
		);
		expect(errorCode(() => parseTmx(klingon))).toBe('encoding');
	});

	it('refuses a DOCTYPE for another root, and any DOCTYPE with an internal subset', () => {
		const body =
			'<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="hy"><seg>բ</seg></tuv></tu>';
		const withDoctype = (doctype: string) => tmx(body).replace('<tmx', `${doctype}<tmx`);
		expect(errorCode(() => parseTmx(withDoctype('<!DOCTYPE html>')))).toBe('not-tmx');
		expect(errorCode(() => parseTmx(withDoctype('<!DOCTYPE tmx []>')))).toBe('doctype');
		expect(errorCode(() => parseTmx(withDoctype('<!DOCTYPE tmx SYSTEM "a" junk>')))).toBe(
			'doctype'
		);
		expect(errorCode(() => parseTmx(withDoctype('<!DOCTYPE tmx SYSTEM "tmx14.dtd">')))).toBe(
			'no error'
		);
		expect(
			errorCode(() =>
				parseTmx(
					withDoctype('<!DOCTYPE tmx PUBLIC "-//LISA OSCAR:1998//DTD for TMX//EN" "tmx14.dtd">')
				)
			)
		).toBe('no error');
	});

	it('refuses trailing garbage, a second root and a missing root', () => {
		const body =
			'<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="hy"><seg>բ</seg></tuv></tu>';
		expect(errorCode(() => parseTmx(tmx(body) + '<tmx/>'))).toBe('malformed');
		expect(errorCode(() => parseTmx(''))).toBe('malformed');
		expect(errorCode(() => parseTmx('just text'))).toBe('malformed');
	});

	it('gives errors a locale key', () => {
		const err = new TmxImportError('doctype', 'x');
		expect(err.localeKey).toBe('tmx.error.doctype');
		expect(err.message).toContain('doctype');
		expect(err).toBeInstanceOf(Error);
	});
});

describe('languages', () => {
	it('maps language tags of any case and region to ours', () => {
		expect(
			['en-US', 'EN', 'en_GB', 'eng', 'hy-AM', 'HY', 'hye', 'arm', 'ru-RU', 'RU', 'rus'].map(
				tmxLang
			)
		).toEqual(['en', 'en', 'en', 'en', 'hy', 'hy', 'hy', 'hy', 'ru', 'ru', 'ru']);
		expect(tmxLang('de-DE')).toBeUndefined();
		expect(tmxLang('')).toBeUndefined();
		expect(tmxLang(undefined)).toBeUndefined();
	});

	it('reads srclang *all*, * and a language', () => {
		const body =
			'<tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>';
		expect(parseTmx(tmx(body, 'srclang="*all*"')).srclang).toBe('*all*');
		expect(parseTmx(tmx(body, 'srclang="*"')).srclang).toBe('*all*');
		expect(parseTmx(tmx(body, 'srclang="ru-RU"')).srclang).toBe('ru');
		expect(parseTmx(tmx(body, 'srclang="de"')).srclang).toBeUndefined();
	});

	it('reads a TMX 1.1 file with lang attributes and drops inline codes', () => {
		const imp = parseTmx(fixture('sample-tmx11.tmx'));
		expect(imp.langs).toEqual(['en', 'ru']);
		expect(imp.srclang).toBe('en');
		expect(imp.creationDate).toBe('20020101T120000Z');
		expect(rowTexts(imp)).toEqual([
			{ en: ['The CSTO met in Almaty.'], ru: ['ОДКБ собралась в Алматы.'] },
			{ en: ['Second sentence.'], ru: ['Второе предложение.'] }
		]);
		expect(imp.rows.map((r) => r.id)).toEqual(['1', '2']);
	});

	it('reads a UTF-16LE bilingual memory from a CAT tool', () => {
		const imp = parseTmx(fixture('sample-trados-utf16le.tmx'));
		expect(imp.langs).toEqual(['en', 'hy']);
		expect(rowTexts(imp)).toEqual([
			{
				en: ['The Collective Security Council met on January 11, 2022.'],
				hy: ['Հավաքական անվտանգության խորհուրդը հավաքվեց 2022 թ. հունվարի 11-ին։']
			},
			{ en: ['And և ligature stays.'], hy: ['Եվ և-ն մնում է։'] }
		]);
		// Rows made by a translator in a CAT tool carry no status or score.
		expect(imp.rows[0]).toEqual({ id: 'tu1', cells: { en: [0], hy: [0] }, notes: [] });
	});

	it('reads a multilingual memory: every tuv, notes, CDATA, odd tuids, with a report', () => {
		const imp = parseTmx(fixture('sample-multilingual.tmx'));
		expect(imp.langs).toEqual(['en', 'hy', 'ru']);
		expect(imp.srclang).toBe('*all*');
		expect(rowTexts(imp)).toEqual([
			{
				en: ['Pashinyan arrived in Almaty.'],
				hy: ['Փաշինյանը ժամանեց Ալմաթի։'],
				ru: ['Пашинян прибыл в Алматы & <встретился>.']
			},
			{ en: ['Line one\nline two\nafter a blank line.'], ru: ['Только по-русски.'] },
			{
				en: ['Armenian and a second English variant.', 'A second English variant, kept as well.'],
				hy: ['Միայն հայերեն։']
			}
		]);
		// The duplicate tuid "a" and the missing one get the tu's position; the German-only tu is skipped.
		expect(imp.rows.map((r) => r.id)).toEqual(['a', 'tu2', 'tu4']);
		// Nothing is changed or left out without a word: each oddity is reported, its row reviewed.
		expect(imp.warnings).toEqual([
			{ code: 'unknown-status', tu: 1, rowId: 'a', value: 'maybe' },
			{ code: 'bad-score', tu: 1, rowId: 'a', value: '7' },
			{ code: 'duplicate-tuid', tu: 2, rowId: 'tu2', value: 'a' },
			{ code: 'other-language', tu: 3, value: 'de-DE' },
			{ code: 'duplicate-variant', tu: 4, rowId: 'tu4', lang: 'en', value: '2' }
		]);
		expect(imp.rows.map((r) => r.review)).toEqual([true, true, true]);
		expect(imp.rows[0].notes).toEqual([
			'Checked against the site.',
			'Name spelling per the style sheet.'
		]);
		// Out-of-range score and unknown status are not guessed: the row is not taken as confirmed.
		expect(imp.rows[0].score).toBeUndefined();
		expect(imp.rows[0].status).toBe('auto');
	});
});

describe('rendering texts', () => {
	it('writes one paragraph per seg with blank lines between, and spans that slice back', () => {
		const imp = parseTmx(fixture('sample-multilingual.tmx'));
		expect(imp.texts.hy).toBe('Փաշինյանը ժամանեց Ալմաթի։\n\nՄիայն հայերեն։\n');
		expect(imp.texts.en).toBe(
			'Pashinyan arrived in Almaty.\n\nLine one\nline two\nafter a blank line.\n\n' +
				'Armenian and a second English variant.\n\nA second English variant, kept as well.\n'
		);
		for (const lang of imp.langs) {
			const text = imp.texts[lang]!;
			const blocks = imp.blocks[lang]!;
			expect(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n') + '\n').toBe(text);
			for (const s of imp.sentences[lang]!) {
				expect(s.start).toBeGreaterThanOrEqual(blocks[s.block].start);
				expect(s.end).toBeLessThanOrEqual(blocks[s.block].end);
			}
		}
	});

	it('restores our sentence split only when the recorded lengths fit the seg', () => {
		const seg = (lengths: string) =>
			tmx(
				`<tu><tuv xml:lang="en"><prop type="x-triptych-sentence-lengths">${lengths}</prop>` +
					'<seg>One. Two two.</seg></tuv><tuv xml:lang="hy"><seg>Մեկ։</seg></tuv></tu>'
			);
		expect(rowTexts(parseTmx(seg('4 8')))[0].en).toEqual(['One.', 'Two two.']);
		for (const bad of ['4 7', '5 7', '4 9', 'x', '0 4 8', '-4 8', '3 9']) {
			expect(rowTexts(parseTmx(seg(bad)))[0].en).toEqual(['One. Two two.']);
		}
	});

	it('keeps text with markup characters, ligatures, emoji and U+FEFF', () => {
		const texts = { en: ['<&>"\' 👍🏽 \uFEFFx'], hy: ['և 🇦🇲'] };
		const imp = parseTmx(toTmx({ rows: [{ id: 'r', texts }] }));
		expect(rowTexts(imp)[0]).toEqual(texts);
	});
});

describe('building the article', () => {
	it('makes an article, renderings and an alignment that refer to each other', async () => {
		const imp = parseTmx(fixture('sample-multilingual.tmx'));
		const { article, renderings, alignment } = await buildImportedArticle(imp, {
			articleId: 'tmx-1',
			now: 1000,
			fileName: 'memory.tmx'
		});
		expect(article).toEqual({ id: 'tmx-1', origin: 'tmx', createdAt: 1000, updatedAt: 1000 });
		expect(renderings.map((r) => r.id)).toEqual(['tmx-1:en', 'tmx-1:hy', 'tmx-1:ru']);
		const en = renderings[0];
		expect(en.original).toBe(imp.texts.en);
		expect(en.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(en.provenance).toEqual({ kind: 'import', source: 'memory.tmx' });
		expect(en.title).toEqual({
			text: 'Pashinyan arrived in Almaty.',
			derived: true,
			span: { start: 0, end: 28 }
		});
		expect(en.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
		// Every sentence is in exactly one row.
		for (const r of renderings) {
			const used = alignment.rows.flatMap((row) => row.cells[r.lang]);
			expect(used.sort()).toEqual(r.sentences.map((s) => s.id).sort());
		}
		expect(alignment.rows[0]).toMatchObject({
			id: 'a',
			status: 'auto',
			review: true,
			score: 1,
			flagged: false,
			cells: { hy: [renderings[1].sentences[0].id] }
		});
		expect(alignment.rows[0].notes.map((n) => n.text)).toEqual([
			'Checked against the site.',
			'Name spelling per the style sheet.'
		]);
		expect(alignment.rows[1].cells.hy).toEqual([]);
		expect(alignment.basis).toEqual({ en: 1, hy: 1, ru: 1 });
	});
});
