/**
 * The library search index (core/search-index): what the search worker answers queries with.
 */
import { describe, expect, it } from 'vitest';
import { SearchIndex, searchRecord } from '../../src/lib/core/search-index';
import type { Alignment, Lang, Rendering } from '../../src/lib/core/types';

/** An article whose languages each hold `lines` as sentences, aligned line by line. */
function article(id: string, lines: Partial<Record<Lang, string[]>>) {
	const renderings = Object.entries(lines).map(([lang, texts]): Rendering => {
		let at = 0;
		const sentences = texts!.map((text, k) => {
			const s = { id: `s${k}`, start: at, end: at + text.length, block: k };
			at += text.length + 1;
			return s;
		});
		return {
			id: `${id}:${lang}`,
			articleId: id,
			lang: lang as Lang,
			original: texts!.join('\n'),
			encoding: 'utf-8',
			sha256: '',
			blocks: sentences.map((s) => ({ kind: 'paragraph', start: s.start, end: s.end })),
			sentences,
			title: { text: texts![0], derived: true },
			provenance: { kind: 'import' },
			version: 1,
			userModified: false,
			importedAt: 0,
			updatedAt: 0
		};
	});
	const n = Math.max(...Object.values(lines).map((t) => t!.length));
	const alignment: Alignment = {
		articleId: id,
		rows: Array.from({ length: n }, (_, k) => ({
			id: `r${k}`,
			cells: {
				en: lines.en?.[k] ? [`s${k}`] : [],
				hy: lines.hy?.[k] ? [`s${k}`] : [],
				ru: lines.ru?.[k] ? [`s${k}`] : []
			},
			status: 'auto' as const,
			score: 1,
			flagged: false,
			review: false,
			missing: [],
			notes: []
		})),
		orphanNotes: [],
		basis: {},
		updatedAt: 0
	};
	return { renderings, alignment };
}

const csto = article('csto', {
	en: ['CSTO troops begin to leave Kazakhstan', 'Tokayev thanked the mercenaries.'],
	hy: ['ՀԱՊԿ-ի զորքերը սկսել են դուրս գալ Ղազախստանից', 'Տոկաևը շնորհակալություն հայտնեց։'],
	ru: ['Войска ОДКБ начали выход из Казахстана', 'Токаев поблагодарил наёмников.']
});

function indexOf(...articles: Array<[string, ReturnType<typeof article>]>) {
	const index = new SearchIndex();
	for (const [id, a] of articles) index.setArticle(id, '1', a.renderings, a.alignment);
	return index;
}

describe('SearchIndex', () => {
	it('finds a word by any case in all three scripts, with the aligned counterparts', () => {
		const index = indexOf(['csto', csto]);
		for (const q of ['Ղազախստան', 'ղԱԶԱԽՍՏԱՆ']) {
			const hits = index.search(q);
			expect(hits).toHaveLength(1);
			const [hit] = hits;
			expect(hit.lang).toBe('hy');
			expect(hit.text.slice(hit.match.start, hit.match.end)).toBe('Ղազախստան');
			expect(hit.counterparts).toEqual({
				en: 'CSTO troops begin to leave Kazakhstan',
				ru: 'Войска ОДКБ начали выход из Казахстана'
			});
		}
		expect(index.search('TOKAYEV')[0].counterparts.ru).toBe('Токаев поблагодарил наёмников.');
	});

	it('finds ё by е and е by ё, marking the original letters', () => {
		const index = indexOf(['csto', csto]);
		for (const q of ['наемник', 'НАЁМНИК']) {
			const [hit] = index.search(q);
			expect(hit.text.slice(hit.match.start, hit.match.end)).toBe('наёмник');
		}
	});

	it('matches phrases and any part of a word, as the search always did', () => {
		const index = indexOf(['csto', csto]);
		expect(index.search('begin to le').map((h) => h.sentenceId)).toEqual(['s0']);
		expect(index.search('kayev').map((h) => h.lang)).toEqual(['en']);
		expect(index.search('to begin')).toEqual([]);
		expect(index.search('T')).toEqual([]);
		// A query never runs across two sentences.
		expect(index.search('kazakhstan tokayev')).toEqual([]);
	});

	it('follows edits, re-imports and deletions article by article', () => {
		const other = article('other', {
			en: ['Tokayev spoke again.'],
			ru: ['Токаев снова выступил.']
		});
		const index = indexOf(['csto', csto], ['other', other]);
		expect(
			index
				.search('Tokayev')
				.map((h) => h.articleId)
				.sort()
		).toEqual(['csto', 'other']);

		const edited = article('other', { en: ['The president spoke again.'] });
		index.setArticle('other', '2', edited.renderings, edited.alignment);
		expect(index.search('Tokayev').map((h) => h.articleId)).toEqual(['csto']);
		expect(index.search('president').map((h) => h.articleId)).toEqual(['other']);
		expect(index.stamps()).toEqual(
			new Map([
				['csto', '1'],
				['other', '2']
			])
		);

		index.removeArticle('csto');
		expect(index.search('Tokayev')).toEqual([]);
		expect(index.search('Токаев')).toEqual([]);
		expect(index.size).toBe(1);
	});

	it('answers the same from a search record that went through structured cloning (the cache)', () => {
		const fresh = indexOf(['csto', csto]);
		const loaded = new SearchIndex();
		loaded.setRecord('csto', '1', structuredClone(searchRecord(csto.renderings, csto.alignment)));
		for (const q of ['Ղազախստան', 'наемник', 'tokayev', 'kazakhstan']) {
			expect(loaded.search(q)).toEqual(fresh.search(q));
		}
		expect(loaded.search('наемник')[0].counterparts).toEqual({
			en: 'Tokayev thanked the mercenaries.',
			hy: 'Տոկաևը շնորհակալություն հայտնեց։'
		});
	});

	it('matches across a line break inside a sentence, never across two sentences', () => {
		const a = article('lines', { en: ['The harbour\nreopened, ab', 'ab ab here'] });
		const index = indexOf(['lines', a]);
		const [hit] = index.search('harbour reopened');
		expect(hit.sentenceId).toBe('s0');
		expect(hit.text.slice(hit.match.start, hit.match.end)).toBe('harbour\nreopened');
		// "ab ab" first occurs across the two sentences: it is found inside the second one only.
		expect(index.search('ab ab').map((h) => [h.sentenceId, h.match.start])).toEqual([['s1', 0]]);
	});

	it('shows the counterparts of a many-to-one row in the row order, and edited sentences', () => {
		const a = article('merged', {
			en: ['First part.', 'Second part.'],
			ru: ['Первая и вторая части.']
		});
		a.alignment.rows = [
			{ ...a.alignment.rows[0], cells: { en: ['s1', 's0'], hy: [], ru: ['s0'] } }
		];
		const ru = a.renderings.find((r) => r.lang === 'ru')!;
		ru.sentences[0] = { ...ru.sentences[0], text: 'Первая и вторая части (правка).' };
		const index = indexOf(['merged', a]);
		expect(index.search('правка')[0].counterparts).toEqual({ en: 'Second part. First part.' });
		expect(index.search('second')[0].counterparts).toEqual({
			ru: 'Первая и вторая части (правка).'
		});
	});

	it('lists hits in library order, whatever order the articles were indexed in', () => {
		const one = (id: string): [string, ReturnType<typeof article>] => [
			id,
			article(id, { en: [`Tokayev in ${id}`] })
		];
		const forwards = indexOf(one('a1'), one('b2'), one('c3'));
		const backwards = indexOf(one('c3'), one('b2'), one('a1'));
		const ids = (index: SearchIndex) => index.search('tokayev').map((h) => h.articleId);
		expect(ids(forwards)).toEqual(['a1', 'b2', 'c3']);
		expect(ids(backwards)).toEqual(['a1', 'b2', 'c3']);
		expect(backwards.search('tokayev', 2).map((h) => h.articleId)).toEqual(['a1', 'b2']);
	});

	it('stops at the limit', () => {
		const many = article('many', { en: Array.from({ length: 30 }, (_, k) => `Tokayev ${k}`) });
		expect(indexOf(['many', many]).search('tokayev', 10)).toHaveLength(10);
	});
});
