/**
 * Numbers and dates as alignment evidence. Translators keep every digit sequence of a sentence
 * (docs/sample-library-conventions.md), but write it the local way: `2,265` (en) is `2 265` (ru),
 * `2.5` is `2,5`. Comparing the digits alone, with separators dropped, makes all of those equal
 * without having to guess whether a comma is a decimal or a thousands mark.
 */
import type { Lang } from '../types';

// A digit run, optionally continued by thousands groups (`2,265`, `2 265` with any space) and a
// decimal part. Groups need exactly three digits so that `11, 2022` stays two numbers.
const NUMBER_RE = /\d+(?:[,.\u00a0\u202f\u2009 ]\d{3}(?!\d))*(?:[.,]\d+)?/g;

/**
 * The numbers of a text as digit strings without separators or leading zeros.
 * `extractNumbers('More than 2,000 troops, 2.5 days')` → `['2000', '25']`
 */
export function extractNumbers(text: string): string[] {
	const out: string[] = [];
	for (const match of text.matchAll(NUMBER_RE)) {
		const digits = match[0].replace(/\D/g, '').replace(/^0+(?=\d)/, '');
		out.push(digits);
	}
	return out;
}

// Month-name stems per language; a word is a month when it is a stem plus one of the allowed
// endings (Russian and Armenian inflect month names: `января`, `հունվարի`).
const MONTHS: Record<Lang, { stems: string[]; endings: RegExp }> = {
	en: {
		stems: [
			'january',
			'february',
			'march',
			'april',
			'may',
			'june',
			'july',
			'august',
			'september',
			'october',
			'november',
			'december'
		],
		endings: /^$/
	},
	ru: {
		stems: [
			'январ',
			'феврал',
			'март',
			'апрел',
			'ма',
			'июн',
			'июл',
			'август',
			'сентябр',
			'октябр',
			'ноябр',
			'декабр'
		],
		endings: /^(?:ь|я|е|ю|ем|ём|ом|а|й|)$/
	},
	hy: {
		stems: [
			'հունվար',
			'փետրվար',
			'մարտ',
			'ապրիլ',
			'մայիս',
			'հունիս',
			'հուլիս',
			'օգոստոս',
			'սեպտեմբեր',
			'հոկտեմբեր',
			'նոյեմբեր',
			'դեկտեմբեր'
		],
		endings: /^(?:ի|ին|ից|ը|ն|ով|)$/
	}
};

// English abbreviations as used in datelines; "May" needs no abbreviation.
const EN_ABBREVIATIONS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
];

/**
 * The month (1-12) a word names, or 0. `word` is one token as written; case matters only for the
 * English "May", which is a month only when capitalised.
 * `monthOf('января', 'ru')` → 1, `monthOf('may', 'en')` → 0
 */
export function monthOf(word: string, lang: Lang): number {
	const lower = word.toLowerCase();
	if (lang === 'en') {
		const i = MONTHS.en.stems.indexOf(lower);
		if (i >= 0) return i === 4 && word[0] !== 'M' ? 0 : i + 1;
		const j =
			lower.length === 3 || lower === 'sept' ? EN_ABBREVIATIONS.indexOf(lower.slice(0, 3)) : -1;
		return j >= 0 && word[0] === word[0].toUpperCase() ? j + 1 : 0;
	}
	const { stems, endings } = MONTHS[lang];
	for (let i = 0; i < stems.length; i++) {
		// The short Russian stem `ма` only takes the endings of май / мая / мае.
		if (lang === 'ru' && i === 4) {
			if (/^ма[йяе]$|^маем$/.test(lower)) return 5;
			continue;
		}
		if (lower.startsWith(stems[i]) && endings.test(lower.slice(stems[i].length))) return i + 1;
	}
	return 0;
}

// Numbers written out, by value: exact forms (Russian and Armenian inflected ones listed), from
// two on ("one" is far more often a pronoun than a number).
const NUMBER_WORDS: Record<Lang, string[]> = {
	en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
	ru: [
		'два две двух двум двумя двое двоих',
		'три трех трем тремя трое троих',
		'четыре четырех четырем четырьмя четверо четверых',
		'пять пяти пятью пятеро пятерых',
		'шесть шести шестью шестеро',
		'семь семи семью семеро',
		'восемь восьми восемью',
		'девять девяти девятью',
		'десять десяти десятью',
		'одиннадцать одиннадцати',
		'двенадцать двенадцати'
	],
	hy: [
		'երկու երկուսը երկուսն երկուսի երկուսից',
		'երեք երեքը երեքն երեքի երեքից',
		'չորս չորսը չորսն չորսի',
		'հինգ հինգը հինգն հինգի',
		'վեց վեցը վեցն',
		'յոթ յոթը յոթն',
		'ութ ութը ութն',
		'ինը ինն',
		'տասը տասն տաս',
		'տասնմեկ',
		'տասներկու'
	]
};

const NUMBER_WORD_VALUE: Record<Lang, Map<string, string>> = {
	en: new Map(),
	hy: new Map(),
	ru: new Map()
};
for (const lang of Object.keys(NUMBER_WORDS) as Lang[]) {
	NUMBER_WORDS[lang].forEach((forms, k) => {
		for (const form of forms.split(' ')) NUMBER_WORD_VALUE[lang].set(form, String(k + 2));
	});
}

/**
 * The value of a number written out in words, as digits (`'five'` → `'5'`, `'пятеро'` → `'5'`,
 * `'հինգը'` → `'5'`), so that it matches the same number written in figures; `undefined`
 * for other words. Takes a lower-case word.
 */
export function numberWord(lower: string, lang: Lang): string | undefined {
	return NUMBER_WORD_VALUE[lang].get(lower);
}
