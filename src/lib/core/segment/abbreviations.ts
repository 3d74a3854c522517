/**
 * What the word before a period tells the segmenter. Tables are chosen by the script of the
 * word, not by the language of the text, so "U.S." in a Russian text or "т. е." in a quotation
 * behave the same everywhere.
 *
 * - `title`: never ends a sentence (Mr., Dr., ул., им., проф., Պրն., e.g.).
 * - `numeric`: does not end a sentence before a number (No. 5, ст. 12, էջ 3).
 * - `ambiguous`: may end a sentence (U.S., a.m., Jan., г., гг., թ.); it does only when the next
 *   word is a common sentence opener ("the U.S. The…", "в 2019 г. Однако…"), since a proper
 *   noun often follows it inside a sentence ("U.S. President", "в 1991 г. Советский Союз").
 * - `final`: ends the sentence when a capitalised word follows, like an ordinary word; listed so
 *   that one-letter parts are not taken for initials or "т. е." (etc., т. д., и др., млн, руб.).
 */
export type AbbreviationKind = 'title' | 'numeric' | 'ambiguous' | 'final';

type Table = ReadonlyMap<string, AbbreviationKind>;

function table(entries: Record<AbbreviationKind, string>): Table {
	const map = new Map<string, AbbreviationKind>();
	for (const kind of ['title', 'numeric', 'ambiguous', 'final'] as const) {
		for (const key of entries[kind].split(/\s+/)) if (key) map.set(key, kind);
	}
	return map;
}

/**
 * Keys are written without the final period and without inner spaces ("т.е" matches "т. е." and
 * "т.е."). Keys in lower case match any case; keys with a capital match that case only, so
 * "Sun." is a weekday and "sun." a word.
 */
const LATIN = table({
	title:
		'mr mrs ms messrs mmes dr prof gen lt col maj capt cpt sgt cpl pvt cmdr adm brig sen rep gov ' +
		'pres amb rev hon sens reps st mt ft e.g i.e vs cf approx incl esp dept univ assn bros viz ibid',
	numeric: 'no No nos Nos art arts fig figs vol vols p pp ch chap sec para op tel ext nr rs',
	ambiguous:
		'inc ltd co corp llc plc jr sr u.s u.k u.n e.u u.s.a u.s.s.r a.m p.m d.c ph.d b.a m.a ' +
		'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat ' +
		'Sun est govt ave blvd rd sq al',
	final: 'etc bn mln mn km kg'
});

const CYRILLIC = table({
	title:
		'ул им проф акад ген г-н г-жа т.е т.к т.н т.о т.ч и.о см ср напр пр просп пер пл наб ш д кв ' +
		'корп обл р-н пос дер св гр тов зам пом нач зав ред изд англ рус лат доц канд докт мл ' +
		'г-на г-ну г-ном пгт',
	numeric: 'ст п пп ч гл рис табл с стр вып т разд №',
	ambiguous: 'г гг в вв н.э янв фев февр мар апр авг сент сен окт нояб дек',
	final: 'т.д т.п др тыс млн млрд трлн руб долл коп км кг га чел мин сек'
});

const ARMENIAN = table({
	title: 'պրն տկն տիկ պրոֆ դոկտ ակադ գեն ք փ պող գ շ բն հմմտ օր',
	numeric: 'էջ հոդ գլ նկ աղ հ №',
	ambiguous: 'թ թթ դ ժ ր մ.թ.ա մ.թ',
	final: 'մլն մլրդ հազ տրլն կմ կգ դր ռուբ դոլ'
});

/**
 * Abbreviations that are units of measure right after a number ("10 см.", "6 ft."): there they
 * end a sentence before a capital like any word, whatever they mean elsewhere ("см." = see,
 * "Ft." = Fort, "т." = volume, "ч." = part).
 */
const UNITS = new Set('ft см мм м км кг л т ч с мин сек га'.split(' '));

export function isUnit(word: string): boolean {
	return UNITS.has(word.toLowerCase());
}

export function abbreviationTable(script: 'latin' | 'cyrillic' | 'armenian' | 'other'): Table {
	if (script === 'cyrillic') return CYRILLIC;
	if (script === 'armenian') return ARMENIAN;
	return LATIN;
}

/** Looks a word up: exact spelling first, then its lower case against the lower-case keys. */
export function lookupAbbreviation(tbl: Table, word: string): AbbreviationKind | undefined {
	const exact = tbl.get(word);
	if (exact) return exact;
	// Lower-case keys match any case; a capitalised key only matches its own spelling.
	const lower = word.toLowerCase();
	return lower === word ? undefined : tbl.get(lower);
}

/**
 * Words that open a sentence after an ambiguous abbreviation: function words that are never
 * capitalised mid-sentence, unlike the proper nouns that follow "U.S." or "г." inside a sentence.
 * Quantities that stand as the subject ("Millions attended", "Десятки людей", "Հազարավոր
 * մարդիկ") are of the same kind: no name goes on with them ("the U.S. Government" does).
 */
const STARTERS = new Set(
	// English
	(
		'The A An He She It They We I You This That These Those There Here But And Or So Yet Still ' +
		'In On At For With From By As After Before During When While If Although Though However ' +
		'Meanwhile According His Her Its Their Our My Some Many Most All Both Each Other Another ' +
		'Such Earlier Later Last Next Then Now Today Also Since Despite Instead Under What Why How ' +
		'Who Where Asked Speaking Several Few Dozens Hundreds Thousands Millions Billions ' +
		// Russian
		'В Во На По С Со К Ко О Об У Из За Для При После До Перед Но А И Однако Это Этот Эта Эти Он ' +
		'Она Оно Они Мы Я Вы Так Как Также Кроме Тогда Затем Позже Позднее Ранее Сейчас Теперь Уже ' +
		'Еще Ещё Все Всего Всё Его Ее Её Их Там Здесь Что Кто Когда Где Почему Если Хотя Поэтому ' +
		'Между Среди Согласно Тем Причем Причём Впрочем Кстати Сегодня Вчера Завтра Напомним ' +
		'Несколько Многие Десятки Сотни Тысячи Миллионы Миллиарды ' +
		// Armenian
		'Նա Նրանք Այն Այդ Այս Սա Դա Նույն Սակայն Բայց Իսկ Եվ Ու Ըստ Այնուհետև Նաև Մենք Ես Դուք ' +
		'Դու Նրա Նրանց Դրա Այսպիսով Հետո Երբ Եթե Որ Ինչպես Ավելին Միևնույն Մինչ Մինչդեռ Այժմ ' +
		'Այսօր Երեկ Հիշեցնենք Նշենք Բացի Ուստի Հետևաբար Քանի Թեև Չնայած Դրանից Ինչ Ով Ինչու ' +
		'Այստեղ Այնտեղ Արդյունքում Միաժամանակ Նախկինում Բոլոր Մի Շատ Շատերը Տասնյակ Հարյուրավոր ' +
		'Հազարավոր Միլիոնավոր'
	).split(' ')
);

export function isSentenceStarter(word: string): boolean {
	return STARTERS.has(word);
}

/**
 * Armenian words that introduce a list or an explanation with a colon ("հետևյալը:"); in texts
 * that use ASCII `:` as the full stop, a colon after them is not an ending.
 */
const ARMENIAN_LIST_INTRO = new Set(
	(
		'հետևյալը հետևյալն հետևյալ հետևյալները հետևյալներն հետևյալում հետևյալով հետևյալի ' +
		'հետևյալից օրինակ մասնավորապես այսպես ասել նշանակում'
	).split(' ')
);

export function isArmenianListIntro(word: string): boolean {
	return ARMENIAN_LIST_INTRO.has(word.toLowerCase());
}

/**
 * Stems of Armenian verbs of saying: a colon after one of their forms introduces a quotation
 * ("Նա ասաց: «…»", "նշել է: «…»").
 */
const ARMENIAN_SPEECH_STEMS = [
	'աս',
	'նշ',
	'հայտարար',
	'ավելացր',
	'հավել',
	'գր',
	'պատասխան',
	'շեշտ',
	'ընդգծ',
	'հարցր',
	'հայտն',
	'պնդ',
	'բացատր'
];

/** Whether a word is a past form or participle of a verb of saying (ասաց, նշեց, հայտարարել). */
export function isArmenianSpeechVerb(word: string): boolean {
	const w = word.toLowerCase();
	if (!/(եց|աց|ել|ալ)$/u.test(w)) return false;
	return ARMENIAN_SPEECH_STEMS.some((stem) => w.startsWith(stem) && w.length <= stem.length + 4);
}
