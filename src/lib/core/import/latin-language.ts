/**
 * Is a Latin-script text English? Script counts cannot say (French, German and English share
 * the alphabet), so this counts the commonest function words of each language: articles,
 * prepositions, conjunctions, auxiliaries. Every running text uses them, whatever its subject,
 * and a short profile per language is enough to tell a page of news apart. A word two
 * languages share ("in", "a", "is") counts for English only, so English text is never mistaken.
 */

const ENGLISH = words(
	'the and of to is was that for with on are this by from at have has it be not which were said will an or they their he she his been would its had after but who'
);

/** Function-word profiles of the Latin-script languages people are likely to drop by mistake. */
const OTHERS: Record<string, Set<string>> = {
	fr: words(
		'le la les des du est et une un dans pour qui que pas sur au aux avec ce cette sont il elle ont été par mais nous vous leur plus ne se son sa ses'
	),
	de: words(
		'der die das und ist nicht ein eine mit den dem zu von auf sich auch es sie wird wurde im für bei aus nach einer des sind hat dass wir ich'
	),
	es: words(
		'el los las del que y en es por con una para se lo como más pero sus fue ha está al le este esta son su no'
	),
	it: words(
		'il di che della del è e per con sono gli nel una alla non si da delle anche come più ha dei nella questo lo le'
	),
	pt: words(
		'o os as da do dos das em que não uma com para é por mais se foi ao na no está são seu sua um'
	),
	nl: words(
		'de het een en van dat niet op te zijn met voor er aan ook als wordt bij maar werd nog dit'
	)
};

for (const set of Object.values(OTHERS)) for (const w of ENGLISH) set.delete(w);

function words(list: string): Set<string> {
	return new Set(list.split(' '));
}

/** Fewer Latin words than this are too few to judge (a title, a caption): taken as English. */
const MIN_WORDS = 12;

/**
 * The language of a Latin-script text: `'en'`, or the code of another language whose function
 * words clearly dominate (`'fr'`, `'de'`, `'es'`, `'it'`, `'pt'`, `'nl'`). Short or
 * unclear texts are `'en'`: the check refuses only what is clearly something else.
 *
 * @example
 * latinLanguage('Le président a déclaré que les troupes quitteront le pays dans dix jours.')
 * // → 'fr'
 */
export function latinLanguage(text: string): string {
	const tokens = text.toLowerCase().match(/\p{Script=Latin}+/gu) ?? [];
	if (tokens.length < MIN_WORDS) return 'en';
	let english = 0;
	const hits: Record<string, number> = {};
	for (const token of tokens) {
		if (ENGLISH.has(token)) {
			english++;
			continue;
		}
		for (const [lang, set] of Object.entries(OTHERS)) {
			if (set.has(token)) hits[lang] = (hits[lang] ?? 0) + 1;
		}
	}
	const [best, count] = Object.entries(hits).sort((a, b) => b[1] - a[1])[0] ?? ['en', 0];
	// Another language's function words are a tenth of the words and outnumber English's twice.
	return count >= tokens.length * 0.1 && count > english * 2 ? best : 'en';
}
