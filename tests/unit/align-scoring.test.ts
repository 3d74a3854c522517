import { describe, expect, it } from 'vitest';
import { alignUnits, learnLexicon, lightStem, NEWS_LEXICON } from '../../src/lib/core/align';
import { prepareDoc, type PreparedDoc } from '../../src/lib/core/align/features';
import type { Lang } from '../../src/lib/core/types';
import { extractNumbers, monthOf, numberWord } from '../../src/lib/core/align/numbers';
import { lengthCost, LENGTH_MODELS, prior2, prior3 } from '../../src/lib/core/align/scoring';
import {
	clusterSkeletons,
	skeleton,
	skeletonsMatch,
	toLatin
} from '../../src/lib/core/align/translit';

describe('numbers', () => {
	it('reads the same value however each language writes it', () => {
		expect(extractNumbers('More than 2,265 were wounded, 2.5 thousand sent')).toEqual([
			'2265',
			'25'
		]);
		expect(extractNumbers('ранены 2 265 человек, около 2,5 тысячи')).toEqual(['2265', '25']);
		expect(extractNumbers('վիրավորվել է 2265 մարդ')).toEqual(['2265']);
	});

	it('keeps a date’s day and year apart', () => {
		expect(extractNumbers('January 11, 2022')).toEqual(['11', '2022']);
		expect(extractNumbers('11 января 2022 года')).toEqual(['11', '2022']);
		expect(extractNumbers('2022 թվականի հունվարի 11')).toEqual(['2022', '11']);
	});

	it('finds numbers glued to words and drops leading zeros', () => {
		expect(extractNumbers('the 44-Day war, 81-летнего, 19-ը, 05')).toEqual(['44', '81', '19', '5']);
	});

	it('reads numbers written out as the same figures, inflected, and not "one"', () => {
		expect(numberWord('five', 'en')).toBe('5');
		expect(numberWord('пятеро', 'ru')).toBe('5');
		expect(numberWord('հինգը', 'hy')).toBe('5');
		expect(numberWord('двенадцати', 'ru')).toBe('12');
		expect(numberWord('one', 'en')).toBeUndefined();
		expect(numberWord('fifth', 'en')).toBeUndefined();
	});

	it('knows month names in all three languages, inflected', () => {
		expect([monthOf('January', 'en'), monthOf('января', 'ru'), monthOf('հունվարի', 'hy')]).toEqual([
			1, 1, 1
		]);
		expect([monthOf('мая', 'ru'), monthOf('մայիսին', 'hy'), monthOf('May', 'en')]).toEqual([
			5, 5, 5
		]);
	});

	it('does not take look-alike words for months', () => {
		expect(monthOf('may', 'en')).toBe(0);
		expect(monthOf('мама', 'ru')).toBe(0);
		expect(monthOf('Мартиросян', 'ru')).toBe(0);
		expect(monthOf('մարտական', 'hy')).toBe(0);
	});
});

describe('transliteration', () => {
	it('transliterates Armenian and Cyrillic to Latin', () => {
		expect(toLatin('Փաշինյան')).toBe('pashinyan');
		expect(toLatin('Токаев')).toBe('tokaev');
		expect(toLatin('Երևան')).toBe('erevan');
	});

	it('gives spelling variants of a name one skeleton', () => {
		for (const group of [
			['Nazarbayev', 'Nazarbaev', 'Назарбаев', 'Նազարբաև'],
			['Pashinyan', 'Pashinian', 'Пашинян', 'Փաշինյան'],
			['Tokayev', 'Toqaev', 'Токаев', 'Տոկաև'],
			['Mkrtchyan', 'Mkrtchian', 'Мкртчян', 'Մկրտչյան'],
			['Shoigu', 'Шойгу', 'Շոյգու'],
			['Zas', 'Зась', 'Զաս']
		]) {
			expect(new Set(group.map(skeleton)).size, group.join(' ')).toBe(1);
		}
	});

	it('matches inflected forms fuzzily, but not different names', () => {
		expect(skeletonsMatch(skeleton('Токаев'), skeleton('Токаевым'))).toBe(true);
		expect(skeletonsMatch(skeleton('Փաշինյան'), skeleton('Փաշինյանին'))).toBe(true);
		expect(skeletonsMatch(skeleton('Putin'), skeleton('Pashinyan'))).toBe(false);
		expect(skeletonsMatch(skeleton('Zas'), skeleton('Zakharova'))).toBe(false);
	});

	it('clusters names across scripts transitively', () => {
		const c = clusterSkeletons(['Pashinyan', 'Փաշինյանը', 'Пашиняном', 'Putin'].map(skeleton));
		const [a, b, d, p] = ['Pashinyan', 'Փաշինյանը', 'Пашиняном', 'Putin'].map((w) =>
			c.get(skeleton(w))
		);
		expect(a).toBe(b);
		expect(b).toBe(d);
		expect(p).not.toBe(a);
	});
});

describe('lexicon', () => {
	const concept = (word: string, lang: 'en' | 'hy' | 'ru') => NEWS_LEXICON.lookup(word, lang);

	it('maps inflected news words of all three languages to one concept', () => {
		const president = concept('president', 'en');
		expect(president.length).toBeGreaterThan(0);
		expect(concept('президентом', 'ru')).toEqual(president);
		expect(concept('նախագահի', 'hy')).toEqual(expect.arrayContaining([...president]));
		expect(concept('կառավարությունը', 'hy')).toEqual(concept('government', 'en'));
		expect(concept('правительства', 'ru')).toEqual(concept('government', 'en'));
	});

	it('prefers the longest stem and rejects long tails', () => {
		expect(concept('քաղաքական', 'hy')).toEqual(concept('political', 'en'));
		expect(concept('քաղաքական', 'hy')).not.toEqual(concept('city', 'en'));
		// `war` takes one more letter ("wars"), not four ("warlock").
		expect(concept('wars', 'en')).toEqual(concept('war', 'en'));
		expect(concept('warlock', 'en')).toEqual([]);
	});

	it('learns word pairs that keep turning up in confirmed rows', () => {
		const rows = [
			{ en: ['The lighthouse stands.'], ru: ['Маяк стоит.'] },
			{ en: ['A new lighthouse is needed.'], ru: ['Нужен новый маяк.'] },
			{ en: ['Doctors left.'], ru: ['Врачи ушли.'] },
			{ en: ['The lighthouses are old.'], ru: ['Маяки старые.'] }
		];
		// Not in the bundled lexicon: only the confirmed rows can teach it.
		expect(NEWS_LEXICON.lookup('lighthouse', 'en')).toEqual([]);
		const learned = learnLexicon(rows, { base: NEWS_LEXICON });
		const entry = learned.find((e) => e.en?.[0] === lightStem('lighthouse', 'en'));
		expect(entry?.ru).toEqual([lightStem('маяк', 'ru')]);
		const lexicon = NEWS_LEXICON.extend(learned);
		expect(lexicon.lookup('lighthouses', 'en')).toEqual(lexicon.lookup('маяком', 'ru'));
	});

	it('stems lightly', () => {
		expect(lightStem('президентом', 'ru')).toBe('президент');
		expect(lightStem('զինծառայողները', 'hy')).toBe('զինծառայող');
		expect(lightStem('troops', 'en')).toBe('troop');
	});
});

describe('length and shape', () => {
	it('costs more the further lengths are from the expected ratio, up to a cap', () => {
		const m = LENGTH_MODELS['en-ru'];
		const costs = [100, 130, 160, 250, 1000].map((ly) => lengthCost(100, ly * m.c, m));
		expect(costs[0]).toBeLessThan(costs[1]);
		expect(costs[1]).toBeLessThan(costs[2]);
		expect(costs[3]).toBeLessThanOrEqual(costs[4]);
		expect(costs[4]).toBeLessThan(10);
	});

	it('prefers 1-1 rows, then joins, then missing sentences', () => {
		expect(prior2(1, 1)).toBe(0);
		expect(prior2(2, 1)).toBeLessThan(prior2(1, 0));
		expect(prior3(1, 1, 1)).toBe(0);
		expect(prior3(2, 2, 1)).toBe(prior3(1, 2, 1));
		expect(prior3(2, 2, 2)).toBeGreaterThan(prior3(2, 2, 1));
		expect(prior3(0, 0, 2)).toBe(Number.POSITIVE_INFINITY);
		expect(prior3(4, 1, 1)).toBe(Number.POSITIVE_INFINITY);
	});
});

describe('lexical evidence beyond the lexicon', () => {
	const ids = (doc: PreparedDoc, lang: Lang, unit: number) => {
		const g = doc.by[lang]!.groups[0];
		return [...g.ids.subarray(g.off[unit], g.off[unit + 1])];
	};

	it('matches international words across scripts, not unrelated ones', () => {
		const doc = prepareDoc(
			{
				// Words the lexicon does not know: only their letters can match them.
				en: [{ text: 'Under the microscope, a protein.' }],
				ru: [{ text: 'Под микроскопом — протеин.' }, { text: 'Забор упал.' }]
			},
			['en', 'ru']
		);
		const en = ids(doc, 'en', 0);
		expect(ids(doc, 'ru', 0).filter((id) => en.includes(id))).toHaveLength(2);
		expect(ids(doc, 'ru', 1).filter((id) => en.includes(id))).toHaveLength(0);
	});

	it('leaves a sentence from elsewhere on its own rather than merging it into a neighbour', () => {
		const en = [
			'The council met on Monday to discuss the budget.',
			'Members agreed to spend more on schools and roads next year.',
			'The mayor said the plan would be published in March.'
		];
		const ru = [
			'Совет собрался в понедельник, чтобы обсудить бюджет.',
			'Депутаты договорились в следующем году тратить больше на школы и дороги.',
			'В 1998 году Маргарет Тэтчер посетила Бристоль.',
			'Мэр сообщил, что план опубликуют в марте.'
		];
		const rows = alignUnits({
			en: en.map((text) => ({ text })),
			ru: ru.map((text) => ({ text }))
		});
		expect(rows.map((r) => [r.en, r.ru])).toEqual([
			[[0], [0]],
			[[1], [1]],
			[[], [2]],
			[[2], [3]]
		]);
	});
});
