/**
 * The translators' gold alignments (tests/fixtures/gold/<id>.json) list every sentence of every
 * rendering; segmenting the bundled rendering must give exactly those sentences, in order.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/lib/core/import/decode';
import { analyze } from '../../src/lib/core/segment/document';
import { LANGS, type Lang } from '../../src/lib/core/types';

interface Gold {
	article: string;
	rows: Array<Record<Lang, string[]>>;
}

const GOLD = new URL('../fixtures/gold/', import.meta.url);
const CORPUS = new URL('../../static/corpus/', import.meta.url);

const golds: Gold[] = readdirSync(GOLD)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => JSON.parse(readFileSync(new URL(f, GOLD), 'utf8')) as Gold);

const pairs = golds.flatMap((gold) => LANGS.map((lang) => ({ article: gold.article, lang, gold })));

describe('segmentation agrees with the gold alignments', () => {
	it('has the gold files of the five bundled articles', () => {
		expect(golds.map((g) => g.article)).toHaveLength(5);
	});

	it.each(pairs)('$article/$lang', ({ article, lang, gold }) => {
		const file = new URL(`${article}/${lang}.txt`, CORPUS);
		expect(existsSync(file)).toBe(true);
		const text = decodeBytes(new Uint8Array(readFileSync(file))).text;
		const sentences = analyze(text, lang).sentences.map((s) => text.slice(s.start, s.end));
		expect(sentences).toEqual(gold.rows.flatMap((row) => row[lang] ?? []));
	});
});
