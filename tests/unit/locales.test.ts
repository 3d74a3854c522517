import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../locales');
const load = (lang: string) =>
	JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, string>;
const en = load('en');
const hy = load('hy');
const ru = load('ru');

/** Keys whose value is legitimately the same in every language (none today). */
const SAME_EVERYWHERE = new Set<string>([]);

describe('locale files', () => {
	it('exist for exactly en, hy and ru', () => {
		expect(readdirSync(dir).sort()).toEqual(['en.json', 'hy.json', 'ru.json']);
	});

	it('have identical key sets', () => {
		const keys = Object.keys(en).sort();
		expect(Object.keys(hy).sort()).toEqual(keys);
		expect(Object.keys(ru).sort()).toEqual(keys);
	});

	it('hold only non-empty strings (flat keys)', () => {
		for (const messages of [en, hy, ru]) {
			for (const value of Object.values(messages)) {
				expect(typeof value).toBe('string');
				expect(value.trim()).not.toBe('');
			}
		}
	});

	it('Armenian and Russian values are translations, not copies of English', () => {
		for (const key of Object.keys(en)) {
			if (SAME_EVERYWHERE.has(key)) continue;
			expect(hy[key], `hy ${key}`).not.toBe(en[key]);
			expect(ru[key], `ru ${key}`).not.toBe(en[key]);
		}
	});

	it('Armenian values are written in Armenian script and Russian in Cyrillic', () => {
		const letters = (s: string, re: RegExp) => (s.match(re) ?? []).length;
		for (const key of Object.keys(en)) {
			const latinHy = letters(hy[key].replace(/\{\{\w+\}\}/g, ''), /[A-Za-z]/g);
			const armenian = letters(hy[key], /[\u0531-\u0587]/g);
			expect(armenian, `hy ${key}: ${hy[key]}`).toBeGreaterThan(latinHy);
			const latinRu = letters(ru[key].replace(/\{\{\w+\}\}/g, ''), /[A-Za-z]/g);
			const cyrillic = letters(ru[key], /[\u0400-\u04ff]/g);
			expect(cyrillic, `ru ${key}: ${ru[key]}`).toBeGreaterThan(latinRu);
		}
	});

	it('use the same interpolation variables in every language', () => {
		const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
		for (const key of Object.keys(en)) {
			expect(vars(hy[key]), `hy ${key}`).toEqual(vars(en[key]));
			expect(vars(ru[key]), `ru ${key}`).toEqual(vars(en[key]));
		}
	});
});
