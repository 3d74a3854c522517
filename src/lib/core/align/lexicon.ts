/**
 * A small trilingual lexicon of frequent news words, matched by stem so that inflected Russian
 * and Armenian forms count (`президентом`, `նախագահի`). Each concept lists stems per language;
 * a token matches the longest stem it starts with, provided what follows is short enough to be
 * an ending. More concepts can be learned from rows translators have confirmed
 * ({@link learnLexicon}).
 */
import { LANGS, type Lang } from '../types';
import { monthOf } from './numbers';

/** One concept: stems (lower case) per language. A trailing `$` means "this exact form only". */
export type LexiconEntry = Partial<Record<Lang, string[]>>;

// `en | hy | ru`, stems separated by spaces. Hand-compiled from general news vocabulary
// (politics, security, reporting verbs, time), not from the bundled articles' sentences.
const NEWS_WORDS = `
russia russian russians | ռուսաստան ռուսական ռուս$ ռուսներ | росси российск русск
armenia armenian armenians | հայաստան հայկական հայ$ հայեր հայերը հայերի | армени армянск армян
kazakhstan kazakh kazakhstani | ղազախստան ղազախական ղազախ | казахстан казах
azerbaijan azerbaijani azerbaijanis | ադրբեջան | азербайджан
belarus belarusian | բելառուս | беларус белорус
kyrgyzstan kyrgyz | ղրղզստան ղրղզ | киргиз кыргыз
tajikistan tajik | տաջիկստան տաջիկ | таджик
us$ usa$ america american americans washington | ամն$ ամերիկ վաշինգտոն | сша$ америк вашингтон
ukraine ukrainian | ուկրաին | украин
afghanistan afghan | աֆղանստան աֆղան | афганистан афган
turkey turkish | թուրքիա թուրքական | турци турецк
iran iranian | իրան | иран
georgia georgian | վրաստան վրացական | грузи
china chinese | չինաստան չինական | кита
europe european | եվրոպ | европ
yerevan | երևան | ереван
moscow | մոսկվա | москв
almaty | ալմաթի | алматы
karabakh | ղարաբաղ | карабах
nagorno | լեռնային | нагорн
csto | հապկ | одкб
un$ | մակ$ | оон$
nato | նատո | нато
kremlin | կրեմլ | кремл
president presidents presidential presidency | նախագահ | президент
chair$ chairs$ chaired chairman chairmanship chairing presiding presided | նախագահ նախագահող | председател председательств
prime$ premier | վարչապետ | премьер
minister ministers | նախարար | министр
ministry ministries | նախարարութ | министерств минобороны мид$ ведомств
government governments governmental | կառավարութ կառավարական | правительств
parliament parliamentary | խորհրդարան | парламент
lawmaker lawmakers deputy deputies mp$ mps$ | պատգամավոր | депутат
opposition | ընդդիմութ ընդդիմադիր | оппозиц
election elections electoral vote votes voted voting | ընտրութ ընտրական քվե | выбор голосов
party parties | կուսակցութ | парти
authorities authority authoritarian power$ powers$ | իշխանութ իշխան | власт
state$ states$ statehood | պետութ պետական | государств
leader leaders leadership | ղեկավար առաջնորդ | лидер руковод
official officials officially | պաշտոնական պաշտոնյա պաշտոնապես | официальн чиновник
secretary | քարտուղար | секретар госсекретар
spokesman spokesperson spokeswoman | խոսնակ | представител пресс-секретар
council | խորհուրդ խորհրդի խորհրդում խորհրդին | совет
security | անվտանգութ | безопасност
defense defence | պաշտպանութ | оборон
foreign foreigners | արտաքին օտարերկրյա արտասահման | иностран внешн зарубеж
national nationwide | ազգային համազգային | национальн
assembly | ժողով | собрани
organization organizations organisation | կազմակերպութ | организац
treaty agreement | պայմանագ համաձայնագ | договор соглашени
collective | հավաքական | коллективн
member members membership | անդամ | член участни
alliance bloc$ | դաշինք | альянс блок
international | միջազգային | международн
community | հանրութ | сообществ
republic | հանրապետութ | республик
country countries nation nations | երկիր երկր | стран
region regions regional province provinces | մարզ տարածաշրջան | регион област
territory territories territorial | տարածք | территор
border borders | սահման | границ
city cities | քաղաք$ քաղաքի քաղաքում քաղաքը քաղաքներ քաղաքների | город
society | հասարակութ | обществ
citizen citizens civilians civilian | քաղաքացի խաղաղ | граждан мирн
resident residents population inhabitants | բնակիչ բնակչութ | жител населен
people | մարդ ժողովուրդ | люд человек народ
political politics politician | քաղաքական քաղաքագետ | политич политолог
military militarily | ռազմական զինվորական | военн
army armies | բանակ | арми
troops$ troop$ forces$ | զորք զորամաս ուժեր ուժերի ուժերը | войск сил$ силы$ силам силами силах
soldier soldiers servicemen serviceman personnel | զինծառայող զինվոր | военнослужащ солдат
peacekeeper peacekeepers peacekeeping | խաղաղապահ | миротвор
war$ wars$ wartime | պատերազմ | войн
weapon weapons arms$ armed | զենք զինված | оруж вооруж
attack attacks attacked | հարձակ գրոհ | атак напад
terrorist terrorists terrorism terror | ահաբեկ | террор
militant militants | զինյալ գրոհայ | боевик
mercenary mercenaries | վարձկան | наемник наёмник
commander | հրամանատար | командир командующ
mission | առաքելութ | мисси
operation operations | գործողութ | операц
contingent | զորախումբ կոնտինգենտ | контингент
deploy deployed deployment | տեղակայ | развер дислокац размещ
withdraw withdrawal withdrawing withdrawn pullout | դուրսբեր | вывод выход вывест
intervention intervene intervened | միջամտ | вмешательств интервенц
aggression | ագրես | агресс
coup$ | հեղաշրջ | переворот
violence violent | բռնութ բռնի | насил
unrest riot riots | անկարգութ | беспоряд
protest protests protesters protesting demonstrations demonstrators rally | բողոք ցույց ցուցարար | протест демонстрац митинг
clash clashes clashed | բախում | столкновен
killed kill death deaths dead$ toll$ | զոհ սպանվ սպան մահ | погиб убит убий смерт
wounded injured | վիրավոր | ранен
police | ոստիկան | полиц
emergency | արտակարգ | чрезвычайн
stability stabilize stabilization stabilise | կայուն | стабил
situation | իրավիճակ | ситуац обстановк положени
threat threats threaten threatened | սպառնալ վտանգ | угроз
sovereignty sovereign | ինքնիշխանութ | суверен
said$ say$ says$ saying told$ tell$ stated claimed noted announce announced declared | ասել ասաց ասում հայտարարել հայտարարեց հայտնել հայտնեց նշել նշեց պնդել պնդեց | заяв сказал говор отмет сообщил утвержд объяв
statement statements | հայտարարութ | заявлени
report reported reports reporting | հաղորդ զեկուց | сообщ доклад
agency agencies | գործակալութ | агентств информагентств
news$ | լուր լրատվ | новост
media$ | լրատվամիջոց մեդիա | сми$ медиа
press$ | մամուլ | пресс
interview | հարցազրույց | интервью
decision decided decide | որոշ | решени реши
request requested asked appeal appealed | խնդրան խնդրել խնդրեց դիմ | просьб просил попрос обрат
help helped assist assistance aid$ | օգնութ օգնել օգնի | помощ помог
support supported supporting supporters | աջակց սատար | поддерж
meeting meet$ met$ summit session | հանդիպ նիստ գագաթնաժողով | встреч заседан саммит
conference videoconference | խորհրդաժողով տեսակոնֆերանս | конференц видеоконференц
send sent$ sending dispatch dispatched | ուղարկ | направ отправ
monday | երկուշաբթի | понедельник
tuesday | երեքշաբթի | вторник
wednesday | չորեքշաբթի | среду$ среда$ среды$
thursday | հինգշաբթի | четверг
friday | ուրբաթ | пятниц
saturday | | суббот
sunday | կիրակի | воскресень
week weeks weekly | շաբաթ | недел
day$ days$ daily | օր$ օրը օրվա օրեր օրում օրից | день$ дня$ дней$ дни$ днях днями сутк
year$ years$ | տարի տարվա | год$ года$ году$ годом годы$ годов лет$
month months | ամիս ամս | месяц
today | այսօր | сегодня
yesterday | երեկ | вчера
first | առաջին | перв
second | երկրորդ | втор
hundred hundreds | հարյուր | сотн сотен
thousand thousands | հազար | тысяч
million millions | միլիոն | миллион
billion | միլիարդ | миллиард
percent | տոկոս | процент
water | ջուր ջրի ջրա ջրամատակարար | вод
bread bakery | հաց | хлеб
factory plant$ plants$ | գործարան | завод
gas$ fuel petroleum | գազ վառելիք | газ топлив
price prices | գին գնի գներ գնային | цен$ цены$ цена$ цене$ ценам ценах
oil$ | նավթ | нефт
plane planes aircraft | ինքնաթիռ | самолет самолёт
airport airports | օդանավակայան | аэропорт
building buildings | շենք | здани
street streets | փողոց | улиц
economy economic | տնտես | эконом
law$ laws$ | օրենք | закон
court courts | դատարան | суд$ суда$ суде$ судом
investigation investigate | հետաքննութ | расследован следств
evidence | ապացույց | доказательств
criticism criticized critics critic criticize | քննադատ | критик
victory | հաղթանակ | побед
history historic | պատմութ պատմական | истори
central | կենտրոնական | центральн
asia asian | ասիա ասիական | азиат ази
west western | արևմուտ արևմտյան | запад
east eastern | արևել | восток восточн
largest large$ big$ biggest | ամենամեծ մեծ$ մեծագույն խոշոր | крупн
main$ mainly | հիմնական գլխավոր | главн основн
important | կարևոր | важн
strategic strategically | ռազմավարական | стратегич
normal normalize | բնականոն նորմալ | нормал
life$ lives$ | կյանք | жизн
efforts effort | ջանք | усили
response respond responded | արձագանք | ответ реагир реакц
problem problems issue issues | խնդիր խնդրի | проблем
task tasks objective objectives | խնդիր | задач
question questions | հարց | вопрос
analyst analysts | վերլուծաբան | аналитик
expert experts | փորձագետ | эксперт
group groups | խումբ խմբեր խմբի | групп
service | ծառայութ | служб
radio | ռադիո | радио
television televised | հեռուստա | телевиз телеканал
channel | ալիք | канал
video | տեսա | видео
online virtual virtually | առցանց վիրտուալ | онлайн виртуальн
legitimate legitimacy | լեգիտիմ օրինական | легитимн законн
`;

interface StemEntry {
	concepts: number[];
	maxSuffix: number;
}

/** How many letters may follow a stem: longer stems may carry longer inflectional endings. */
function maxSuffixFor(stem: string, lang: Lang): number {
	const n = stem.length;
	if (lang === 'en') return n <= 4 ? 1 : 4;
	if (lang === 'ru') return n <= 3 ? 2 : n === 4 ? 3 : 6;
	// Armenian stacks plural, case and article endings (`-ություններից`).
	return n <= 3 ? 2 : n <= 5 ? 5 : 10;
}

/**
 * Stem-matching lexicon. Concept ids are positions in the entry list, so two lexicons built from
 * the same entries agree on ids.
 */
export class Lexicon {
	readonly entries: readonly LexiconEntry[];
	#stems: Record<Lang, Map<string, StemEntry>>;
	#longest = 0;
	/** Per language, the longest ending any stem allows: shorter prefixes need not be tried. */
	#suffix: Record<Lang, number> = { en: 0, hy: 0, ru: 0 };

	constructor(entries: readonly LexiconEntry[]) {
		this.entries = entries;
		this.#stems = { en: new Map(), hy: new Map(), ru: new Map() };
		entries.forEach((entry, id) => {
			for (const lang of LANGS) {
				for (const raw of entry[lang] ?? []) {
					const exact = raw.endsWith('$');
					const stem = (exact ? raw.slice(0, -1) : raw).toLowerCase();
					if (!stem) continue;
					const maxSuffix = exact ? 0 : maxSuffixFor(stem, lang);
					const found = this.#stems[lang].get(stem);
					if (found) {
						if (!found.concepts.includes(id)) found.concepts.push(id);
						found.maxSuffix = Math.max(found.maxSuffix, maxSuffix);
					} else {
						this.#stems[lang].set(stem, { concepts: [id], maxSuffix });
					}
					this.#longest = Math.max(this.#longest, stem.length);
					this.#suffix[lang] = Math.max(this.#suffix[lang], maxSuffix);
				}
			}
		});
	}

	/** A lexicon with more entries (e.g. learned ones); existing concept ids are kept. */
	extend(more: readonly LexiconEntry[]): Lexicon {
		return new Lexicon([...this.entries, ...more]);
	}

	/**
	 * The concepts a lower-case token belongs to (often none). The longest matching stem wins,
	 * so `քաղաքական` (political) is not read as `քաղաք` (city).
	 */
	lookup(token: string, lang: Lang): readonly number[] {
		const stems = this.#stems[lang];
		const shortest = Math.max(2, token.length - this.#suffix[lang]);
		for (let p = Math.min(token.length, this.#longest); p >= shortest; p--) {
			const hit = stems.get(token.slice(0, p));
			if (hit && token.length - p <= hit.maxSuffix) return hit.concepts;
		}
		return NONE;
	}
}

const NONE: readonly number[] = [];

function parseEntries(table: string): LexiconEntry[] {
	return table
		.trim()
		.split('\n')
		.map((line) => {
			const [en, hy, ru] = line.split('|').map((cell) => cell.trim().split(/\s+/).filter(Boolean));
			return { en, hy, ru };
		});
}

/** The bundled news lexicon. */
export const NEWS_LEXICON = new Lexicon(parseEntries(NEWS_WORDS));

// Endings stripped by the light stemmer, longest first. Only used for learning, where a stem
// just has to be the same for the forms of one word often enough to be counted together.
const ENDINGS: Record<Lang, string[]> = {
	en: ["'s", '’s', 'ing', 'ed', 'es', 's'],
	ru: [
		'ями',
		'ами',
		'ого',
		'его',
		'ому',
		'ему',
		'ыми',
		'ими',
		'ией',
		'ой',
		'ей',
		'ом',
		'ем',
		'ам',
		'ям',
		'ах',
		'ях',
		'ов',
		'ую',
		'ая',
		'яя',
		'ое',
		'ее',
		'ые',
		'ие',
		'ый',
		'ий',
		'ым',
		'им',
		'а',
		'я',
		'о',
		'е',
		'ы',
		'и',
		'у',
		'ю',
		'ь'
	],
	hy: [
		'ություններից',
		'ություններին',
		'ությունների',
		'ությունները',
		'ություններ',
		'ությունից',
		'ությունը',
		'ությունն',
		'ություն',
		'ության',
		'ներից',
		'ներին',
		'ների',
		'ները',
		'ներ',
		'երից',
		'երին',
		'երի',
		'երը',
		'եր',
		'ում',
		'ով',
		'ից',
		'ին',
		'ի',
		'ը',
		'ն'
	]
};

/**
 * A light stem: the word lower-cased with one common inflectional ending removed, keeping at
 * least four letters. `lightStem('президентом', 'ru')` → `'президент'`
 */
export function lightStem(word: string, lang: Lang): string {
	const lower = word.toLowerCase().replace(/ё/g, 'е');
	for (const ending of ENDINGS[lang]) {
		if (lower.endsWith(ending) && lower.length - ending.length >= 4) {
			return lower.slice(0, -ending.length);
		}
	}
	return lower;
}

export interface LearnOptions {
	/** Words already known here are not learned again. */
	base?: Lexicon;
	/** Rows a pair must co-occur in (default 2). */
	minCount?: number;
	/** Minimum Dice coefficient of the pair's row sets (default 0.6). */
	minDice?: number;
}

/**
 * Learns concepts from rows translators confirmed: stems that keep turning up in the same rows
 * across languages are probably translations of each other. Each English stem (or, without
 * English, each stem of the first language) gets the best-associated stem of every other
 * language that passes the thresholds.
 *
 * @example
 * learnLexicon([{ en: ['The summit opened.'], ru: ['Саммит открылся.'] }, …], { minCount: 2 })
 */
export function learnLexicon(
	rows: ReadonlyArray<Partial<Record<Lang, readonly string[]>>>,
	options: LearnOptions = {}
): LexiconEntry[] {
	const { base, minCount = 2, minDice = 0.6 } = options;
	const langs = LANGS.filter((l) => rows.some((r) => (r[l]?.length ?? 0) > 0));
	if (langs.length < 2) return [];
	const [pivot, ...others] = langs;
	// For every stem, the rows it occurs in; for every row, its stems.
	const occurs: Record<Lang, Map<string, number[]>> = {
		en: new Map(),
		hy: new Map(),
		ru: new Map()
	};
	const stemsOf: Record<Lang, string[][]> = { en: [], hy: [], ru: [] };
	rows.forEach((row, r) => {
		for (const lang of langs) {
			const seen = new Set<string>();
			for (const text of row[lang] ?? []) {
				for (const word of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
					if (word.length < 4 || monthOf(word, lang)) continue;
					if (base && base.lookup(word.toLowerCase(), lang).length) continue;
					seen.add(lightStem(word, lang));
				}
			}
			stemsOf[lang][r] = [...seen];
			for (const stem of seen) {
				const list = occurs[lang].get(stem);
				if (list) list.push(r);
				else occurs[lang].set(stem, [r]);
			}
		}
	});
	// Dice association of every pivot stem with the stems of another language it shares rows
	// with (counted through the shared rows, so the work grows with the text, not its square).
	const dice = (lang: Lang) => {
		const out = new Map<string, Map<string, number>>();
		for (const [stem, pivotRows] of occurs[pivot]) {
			if (pivotRows.length < minCount) continue;
			const shared = new Map<string, number>();
			for (const r of pivotRows) {
				for (const other of stemsOf[lang][r]) shared.set(other, (shared.get(other) ?? 0) + 1);
			}
			const scores = new Map<string, number>();
			for (const [other, count] of shared) {
				if (count < minCount) continue;
				const d = (2 * count) / (pivotRows.length + occurs[lang].get(other)!.length);
				if (d >= minDice) scores.set(other, d);
			}
			out.set(stem, scores);
		}
		return out;
	};
	// A pair is kept only if each is the other's single best partner: with the few rows a
	// translator confirms, ties and one-sided preferences are mostly coincidence.
	const best = (scores: Map<string, number> | undefined): string | undefined => {
		let top: string | undefined;
		let topScore = -1;
		let tied = false;
		for (const [other, d] of scores ?? []) {
			if (d > topScore) [top, topScore, tied] = [other, d, false];
			else if (d === topScore) tied = true;
		}
		return tied ? undefined : top;
	};
	const entries = new Map<string, LexiconEntry>();
	for (const lang of others) {
		const forward = dice(lang);
		const backward = new Map<string, Map<string, number>>();
		for (const [stem, scores] of forward) {
			for (const [other, d] of scores) {
				if (!backward.has(other)) backward.set(other, new Map());
				backward.get(other)!.set(stem, d);
			}
		}
		for (const [stem, scores] of forward) {
			const partner = best(scores);
			if (!partner || best(backward.get(partner)) !== stem) continue;
			const entry = entries.get(stem) ?? { [pivot]: [stem] };
			entry[lang] = [partner];
			entries.set(stem, entry);
		}
	}
	return [...entries.values()];
}
