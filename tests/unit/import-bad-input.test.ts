/**
 * Bad input that used to get through the importer: Latin-script text that is not English, code
 * pages read as the wrong one, UTF-16 without a BOM, stray NUL bytes, bidi controls, two texts
 * in one language. Each is refused with its own code (the UI shows `import.error.<code>`) or,
 * where the text is fine, read correctly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	decodeBytes,
	encodeOriginal,
	ImportError,
	latinLanguage,
	prepareImport,
	type ImportErrorCode
} from '../../src/lib/core/import';
import { bidiRuns, hasBidiControls } from '../../src/lib/core/import/bidi';
import { sameLanguage } from '../../src/lib/core/import/same-language';

const CORPUS = new URL('../../static/corpus/', import.meta.url);
const corpusText = (path: string) => readFileSync(new URL(path, CORPUS), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Single-byte code page bytes made with the platform decoder's table. */
function codePage(text: string, encoding: 'windows-1251' | 'windows-1252'): Uint8Array {
	const decoder = new TextDecoder(encoding);
	const table = new Map<string, number>();
	for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
	return new Uint8Array([...text].map((c) => table.get(c)!));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
	const bytes = new Uint8Array(text.length * 2);
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
	return bytes;
}

async function failure(run: () => unknown): Promise<ImportError | 'no error'> {
	try {
		await run();
		return 'no error';
	} catch (err) {
		if (err instanceof ImportError) return err;
		throw err;
	}
}

async function codeOf(run: () => unknown): Promise<ImportErrorCode | 'no error'> {
	const err = await failure(run);
	return err === 'no error' ? err : err.code;
}

const FRENCH =
	'Le Premier ministre arménien a déclaré mardi que les troupes de la mission quitteront le pays dans les dix jours. ' +
	'Selon lui, la situation est sous contrôle et il ne voit pas de raison pour une présence plus longue.\n';
const GERMAN =
	'Der armenische Regierungschef sagte am Dienstag, dass die Truppen das Land in zehn Tagen verlassen werden. ' +
	'Die Lage sei unter Kontrolle, und es gebe keinen Grund für eine längere Präsenz der Soldaten.\n';
const SPANISH =
	'El primer ministro armenio dijo el martes que las tropas de la misión saldrán del país en diez días. ' +
	'Según él, la situación está bajo control y no ve motivo para una presencia más larga de los soldados.\n';
const ITALIAN =
	'Il primo ministro armeno ha detto martedì che le truppe della missione lasceranno il paese entro dieci giorni. ' +
	'Secondo lui la situazione è sotto controllo e non vede motivo per una presenza più lunga dei soldati.\n';
const RUSSIAN =
	'Заголовок статьи\n\nТокаев заявил о попытке государственного переворота. Войска ОДКБ начали выход из Казахстана.\n';

describe('Latin-script text that is not English', () => {
	it.each([
		['French', FRENCH, 'fr'],
		['German', GERMAN, 'de'],
		['Spanish', SPANISH, 'es'],
		['Italian', ITALIAN, 'it']
	])('recognises %s', (_, text, lang) => {
		expect(latinLanguage(text)).toBe(lang);
	});

	it('takes English news as English, even with foreign names and short titles', () => {
		for (const id of ['000_cbd3c1b3a728994e', '002_8b8535d9ee745d2b', '004_4edc45d2294ab903']) {
			expect(latinLanguage(corpusText(`${id}/en.txt`)), id).toBe('en');
		}
		expect(latinLanguage('Pashinian Praises CSTO Intervention')).toBe('en');
		expect(
			latinLanguage(
				'Speaking in Paris, the minister quoted the motto "liberté, égalité, fraternité" and said ' +
					'that the talks with the delegation of the Conseil de la Fédération had been useful.'
			)
		).toBe('en');
	});

	it('refuses a French file saved as English, with the message key the UI shows', async () => {
		const err = await failure(() => prepareImport(utf8(FRENCH), { fileName: 'fr.txt' }));
		expect(err).toBeInstanceOf(ImportError);
		expect((err as ImportError).localeKey).toBe('import.error.unsupported-language');
		// Into the English column of an article (re-import) as well.
		expect(await codeOf(() => prepareImport(utf8(GERMAN), { expectLang: 'en' }))).toBe(
			'unsupported-language'
		);
	});

	it('lets the user say the text is English after all', async () => {
		const prepared = await prepareImport(utf8(FRENCH), {
			expectLang: 'en',
			acceptOtherLatin: true
		});
		expect(prepared.lang).toBe('en');
		expect(prepared.text).toBe(FRENCH);
	});
});

describe('windows-1251 or windows-1252', () => {
	it('reads ISO-8859-1 / windows-1252 French and German as Latin text, not Cyrillic', async () => {
		for (const text of [FRENCH, GERMAN]) {
			const bytes = codePage(text, 'windows-1252');
			expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1252' });
			expect(encodeOriginal(text, 'windows-1252')).toEqual(bytes);
		}
		// …and then the language check says what it is.
		expect(await codeOf(() => prepareImport(codePage(FRENCH, 'windows-1252')))).toBe(
			'unsupported-language'
		);
	});

	it('reads an English text with a few accents in windows-1252 and keeps its bytes', async () => {
		const text =
			'The café on the corner served crème brûlée to the delegation. ' +
			'The naïve plan was dropped after a short résumé of the talks.\n';
		const bytes = codePage(text, 'windows-1252');
		const prepared = await prepareImport(bytes);
		expect(prepared).toMatchObject({ text, encoding: 'windows-1252', lang: 'en' });
		expect(encodeOriginal(prepared.text, prepared.encoding, prepared.originalBytes)).toEqual(bytes);
	});

	it('still reads Russian windows-1251', () => {
		const bytes = codePage(RUSSIAN, 'windows-1251');
		expect(decodeBytes(bytes)).toEqual({ text: RUSSIAN, encoding: 'windows-1251' });
	});

	it('asks when it cannot tell, and reads the code page the user chooses', async () => {
		// English with one Russian word: the Cyrillic run is too little to tell 1251 from 1252.
		const text = 'The word for peace is мир in the language of the other side of the talks.\n';
		const bytes = codePage(text, 'windows-1251');
		const err = await failure(() => decodeBytes(bytes));
		expect((err as ImportError).code).toBe('unknown-encoding');
		expect((err as ImportError).detail.encodings).toEqual(['windows-1251', 'windows-1252']);
		expect(decodeBytes(bytes, { encoding: 'windows-1251' })).toEqual({
			text,
			encoding: 'windows-1251'
		});
		const prepared = await prepareImport(bytes, { encoding: 'windows-1251' });
		expect(prepared.text).toBe(text);
	});

	it('does not let a chosen code page override valid UTF-8', () => {
		expect(decodeBytes(utf8(RUSSIAN), { encoding: 'windows-1252' })).toEqual({
			text: RUSSIAN,
			encoding: 'utf-8'
		});
	});
});

describe('UTF-16 without a BOM', () => {
	it.each([
		['Russian', RUSSIAN, 'ru'],
		[
			'Armenian',
			'Վերնագիր\n\nՓաշինյանը գովաբանել է ՀԱՊԿ միջամտությունը։ Զորքերը հեռանում են։\n',
			'hy'
		],
		['English', 'Title\n\nPashinian praised the intervention. The troops are leaving.\n', 'en']
	])('reads %s in UTF-16 LE and BE by its zero bytes', async (_, text, lang) => {
		for (const le of [true, false]) {
			const bytes = utf16(text, le);
			const encoding = le ? 'utf-16le' : 'utf-16be';
			expect(decodeBytes(bytes)).toEqual({ text, encoding });
			const prepared = await prepareImport(bytes);
			expect(prepared).toMatchObject({ text, encoding, lang });
			expect(encodeOriginal(prepared.text, prepared.encoding, prepared.originalBytes)).toEqual(
				bytes
			);
		}
	});
});

describe('NUL bytes', () => {
	it('names stray NUL bytes in a text instead of calling it "not a text file"', async () => {
		const bytes = utf8('Title\n\nThe troops are leaving.\u0000\u0000 They said so on Tuesday.\n');
		const err = await failure(() => prepareImport(bytes));
		expect((err as ImportError).code).toBe('nul-bytes');
		expect((err as ImportError).detail.count).toBe(2);
	});

	it('still calls a binary with many zero bytes a binary', () => {
		const bytes = new Uint8Array(400).map((_, i) => (i % 4 === 0 ? 0x41 + (i % 26) : 0));
		expect(() => decodeBytes(bytes)).toThrow(expect.objectContaining({ code: 'binary' }));
	});
});

describe('bidi controls', () => {
	it('are kept verbatim by the importer', async () => {
		const text = 'Title\n\nThe word \u202Elive\u202C is not evil. Check it.\n';
		const prepared = await prepareImport(utf8(text));
		expect(prepared.text).toBe(text);
	});

	it('are split out into named runs that join back to the text', () => {
		const text = 'a \u202Eevil\u202C b \u2067x\u2069';
		const runs = bidiRuns(text);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.filter((r) => r.control).map((r) => r.control)).toEqual([
			'RLO',
			'PDF',
			'RLI',
			'PDI'
		]);
		expect(runs.filter((r) => !r.control).map((r) => r.text)).toEqual(['a ', 'evil', ' b ', 'x']);
		expect(hasBidiControls(text)).toBe(true);
	});

	it('leave plain text as one run', () => {
		expect(bidiRuns('Ordinary text, אבג and عربي.')).toEqual([
			{ text: 'Ordinary text, אבג and عربي.' }
		]);
		expect(bidiRuns('')).toEqual([]);
		expect(hasBidiControls('Ordinary')).toBe(false);
	});
});

describe('two texts in one language', () => {
	it('are found before saving, also against the target article', () => {
		expect(sameLanguage(['en', 'hy', 'ru'])).toEqual([]);
		expect(sameLanguage(['en', 'ru', 'en'])).toEqual(['en']);
		expect(sameLanguage(['hy'], ['en', 'hy'])).toEqual(['hy']);
		expect(sameLanguage(['ru'], ['en', 'hy'])).toEqual([]);
	});
});
