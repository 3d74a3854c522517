/**
 * The hand-checked gold alignments of the bundled library (tests/fixtures/gold): what the
 * aligner is measured against must itself be sound. Sentence order and completeness against the
 * renderings are checked in segment.gold.test.ts; here, what a translator would check by eye.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/lib/core/types';

interface Gold {
	article: string;
	rows: Array<Partial<Record<Lang, string[]>>>;
	restructured: Array<{ lang: Lang; type: 'join' | 'split'; en: string[] }>;
}

const DIR = new URL('../fixtures/gold/', import.meta.url);
const golds: Gold[] = readdirSync(DIR)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) as Gold);

/** Digit sequences with their group separators removed: `2,265` = `2 265` = `2265`; `2.5` = `2,5`. */
function numbers(texts: string[]): string[] {
	const joined = texts.join(' ').replace(/(\d)[,.\u00a0\u202f ](?=\d)/g, '$1');
	return (joined.match(/\d+/g) ?? []).sort();
}

describe.each(golds.map((g) => [g.article, g] as const))('gold %s', (_id, gold) => {
	it('has rows with at least one sentence, none repeated', () => {
		const seen = new Set<string>();
		for (const row of gold.rows) {
			const all = LANGS.flatMap((l) => (row[l] ?? []).map((s) => `${l}:${s}`));
			expect(all.length).toBeGreaterThan(0);
			for (const key of all) {
				expect(seen.has(key), key).toBe(false);
				seen.add(key);
			}
		}
	});

	it('agrees on the numbers of every row across its languages', () => {
		for (const row of gold.rows) {
			const present = LANGS.filter((l) => (row[l] ?? []).length > 0);
			const [first, ...rest] = present.map((l) => numbers(row[l]!));
			for (const other of rest) expect(other, JSON.stringify(row)).toEqual(first);
		}
	});

	it('joins or splits English sentences at least twice per rendering, never at the same place in hy and ru', () => {
		const restructuredRows = (lang: Lang) =>
			gold.rows.flatMap((row, i) =>
				(row.en ?? []).length !== (row[lang] ?? []).length ? [i] : []
			);
		const hy = restructuredRows('hy');
		const ru = restructuredRows('ru');
		expect(hy.length).toBeGreaterThanOrEqual(2);
		expect(ru.length).toBeGreaterThanOrEqual(2);
		// Where both languages restructure within one row, they must do it differently.
		for (const i of hy.filter((i) => ru.includes(i))) {
			const row = gold.rows[i];
			expect(row.hy?.length, JSON.stringify(row)).not.toBe(row.ru?.length);
		}
		for (const lang of ['hy', 'ru'] as const) {
			expect(gold.restructured.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(2);
		}
	});
});
