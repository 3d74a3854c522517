import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { I18N_OPTIONS } from '../../src/lib/i18n/options';

const dir = join(import.meta.dirname, '../../locales');
const LANGS = ['en', 'hy', 'ru'] as const;
type Lang = (typeof LANGS)[number];
const load = (lang: Lang) =>
	JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, string>;
const messages = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<
	Lang,
	Record<string, string>
>;
const { en, hy, ru } = messages;

/** i18next's JSON v4 plural suffixes: `key_one`, `key_few`, … */
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/** A locale's keys: plain ones, and plural base keys with the categories they are written for. */
function keysOf(lang: Lang): { plain: string[]; plural: Map<string, string[]> } {
	const plain: string[] = [];
	const plural = new Map<string, string[]>();
	for (const key of Object.keys(messages[lang])) {
		const m = PLURAL.exec(key);
		if (!m) plain.push(key);
		else plural.set(m[1], [...(plural.get(m[1]) ?? []), m[2]]);
	}
	return { plain: plain.sort(), plural };
}

/** The forms a language needs, per CLDR as the runtime knows it (en: one, other; ru: one, few, many, other). */
const categories = (lang: Lang) =>
	[...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

/** Every form of a key in a locale: the value itself, or all its plural forms. */
function forms(lang: Lang, base: string): Array<[key: string, value: string]> {
	const all = messages[lang];
	if (base in all) return [[base, all[base]]];
	return categories(lang).map((c) => [`${base}_${c}`, all[`${base}_${c}`]]);
}

const bases = [...keysOf('en').plain, ...keysOf('en').plural.keys()];
const vars = (s: string) => [...new Set(s.match(/\{\{\w+\}\}/g) ?? [])].sort();

/** Keys whose value is legitimately the same in every language (none today). */
const SAME_EVERYWHERE = new Set<string>([]);

describe('locale files', () => {
	it('exist for exactly en, hy and ru', () => {
		expect(readdirSync(dir).sort()).toEqual(['en.json', 'hy.json', 'ru.json']);
	});

	it('the runtime knows the plural categories each language needs', () => {
		expect(categories('en')).toEqual(['one', 'other']);
		expect(categories('hy')).toEqual(['one', 'other']);
		expect(categories('ru')).toEqual(['few', 'many', 'one', 'other']);
	});

	it('have the same plain keys and the same plural keys in every language', () => {
		const reference = keysOf('en');
		for (const lang of LANGS) {
			const { plain, plural } = keysOf(lang);
			expect(plain, `${lang}: plain keys`).toEqual(reference.plain);
			expect([...plural.keys()].sort(), `${lang}: plural keys`).toEqual(
				[...reference.plural.keys()].sort()
			);
		}
	});

	it('write each plural key in exactly the categories its language needs', () => {
		for (const lang of LANGS) {
			const { plain, plural } = keysOf(lang);
			expect(plural.size, `${lang}: plural keys`).toBeGreaterThan(0);
			for (const [base, written] of plural) {
				expect(written.sort(), `${lang} ${base}`).toEqual(categories(lang));
				expect(plain, `${lang}: ${base} is both plain and plural`).not.toContain(base);
			}
		}
	});

	it('hold only non-empty strings (flat keys)', () => {
		for (const lang of LANGS) {
			for (const value of Object.values(messages[lang])) {
				expect(typeof value).toBe('string');
				expect(value.trim()).not.toBe('');
			}
		}
	});

	it('Armenian and Russian values are translations, not copies of English', () => {
		for (const base of bases) {
			if (SAME_EVERYWHERE.has(base)) continue;
			const english = new Set(forms('en', base).map(([, v]) => v));
			for (const lang of ['hy', 'ru'] as const) {
				for (const [key, value] of forms(lang, base)) {
					expect(english.has(value), `${lang} ${key}: ${value}`).toBe(false);
				}
			}
		}
	});

	it('Armenian values are written in Armenian script and Russian in Cyrillic', () => {
		const letters = (s: string, re: RegExp) => (s.match(re) ?? []).length;
		const script = { hy: /[\u0531-\u0587]/g, ru: /[\u0400-\u04ff]/g };
		for (const base of bases) {
			for (const lang of ['hy', 'ru'] as const) {
				for (const [key, value] of forms(lang, base)) {
					const latin = letters(value.replace(/\{\{\w+\}\}/g, ''), /[A-Za-z]/g);
					expect(letters(value, script[lang]), `${lang} ${key}: ${value}`).toBeGreaterThan(latin);
				}
			}
		}
	});

	it('use the same interpolation variables in every language and every plural form', () => {
		for (const base of bases) {
			const expected = vars(forms('en', base)[0][1]);
			for (const lang of LANGS) {
				for (const [key, value] of forms(lang, base)) {
					expect(vars(value), `${lang} ${key}`).toEqual(expected);
				}
			}
			if (keysOf('en').plural.has(base)) expect(expected, base).toContain('{{count}}');
		}
	});
});

describe('plural forms through i18next', () => {
	const i18n = i18next.createInstance();
	const ready = i18n.init({
		...I18N_OPTIONS,
		lng: 'en',
		resources: Object.fromEntries(LANGS.map((l) => [l, { translation: messages[l] }]))
	});
	const t = async (lang: Lang, key: string, count: number) => {
		await ready;
		return i18n.getFixedT(lang)(key, { count });
	};

	it('English: one note, two notes', async () => {
		expect(await t('en', 'edit.status.notes', 1)).toBe('1 note');
		expect(await t('en', 'edit.status.notes', 2)).toBe('2 notes');
		expect(await t('en', 'edit.status.notes', 0)).toBe('0 notes');
	});

	it('Russian: 1, 21 заметка; 2, 3, 24 заметки; 0, 5, 11, 12 заметок', async () => {
		for (const n of [1, 21, 101])
			expect(await t('ru', 'edit.status.notes', n)).toBe(`${n} заметка`);
		for (const n of [2, 3, 24]) expect(await t('ru', 'edit.status.notes', n)).toBe(`${n} заметки`);
		for (const n of [0, 5, 11, 12, 14, 100]) {
			expect(await t('ru', 'edit.status.notes', n)).toBe(`${n} заметок`);
		}
		expect(await t('ru', 'edit.progress', 21)).toContain('из 21 строки');
		expect(await t('ru', 'edit.progress', 16)).toContain('из 16 строк)');
	});

	it('Armenian: the noun stays singular after a number', async () => {
		expect(await t('hy', 'edit.status.notes', 1)).toBe('1 նշում');
		expect(await t('hy', 'edit.status.notes', 5)).toBe('5 նշում');
	});

	it('every plural key resolves to its own form, never to a missing-key fallback', async () => {
		for (const lang of LANGS) {
			for (const base of keysOf(lang).plural.keys()) {
				for (const n of [0, 1, 2, 5, 21]) {
					const shown = await t(lang, base, n);
					expect(shown, `${lang} ${base} ${n}`).not.toBe(base);
					expect(shown, `${lang} ${base} ${n}`).toContain(String(n));
				}
			}
		}
	});
});

describe('keys used by the app', () => {
	const srcDir = join(import.meta.dirname, '../../src');
	const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(svelte|ts)$/.test(f))
		.map((f) => ({
			file: relative(srcDir, join(srcDir, f)),
			text: readFileSync(join(srcDir, f), 'utf8')
		}));
	/** The rest of a call whose opening bracket is just before `from`: up to its closing bracket. */
	const restOfCall = (text: string, from: number) => {
		let depth = 1;
		let i = from;
		for (; i < text.length && depth > 0; i++) {
			if (text[i] === '(') depth++;
			else if (text[i] === ')') depth--;
		}
		return text.slice(from, i);
	};
	/** Literal `t('key', …)` calls, with the text of their arguments. */
	const calls = sources.flatMap(({ file, text }) =>
		[...text.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => ({
			file,
			key: m[1],
			options: restOfCall(text, m.index + m[0].length)
		}))
	);

	it('are found in the sources', () => {
		expect(calls.length).toBeGreaterThan(100);
	});

	it('exist in the locale files, and plural keys are always given a count', () => {
		const { plain, plural } = keysOf('en');
		for (const { file, key, options } of calls) {
			expect(plain.includes(key) || plural.has(key), `${file}: ${key}`).toBe(true);
			if (plural.has(key)) expect(options, `${file}: ${key} without count`).toMatch(/\bcount\b/);
		}
	});
});
