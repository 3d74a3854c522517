/** Which library language a text is in, judged by the scripts of its letters. */
import { countScripts, dominantLang } from '../segment/script';
import type { Lang } from '../types';

export interface DetectedLanguage {
	/** null when the text has too few letters or no script has a majority. */
	lang: Lang | null;
	/** Share of the letters written in the detected language's script, in [0, 1]. */
	confidence: number;
}

/** Fewer letters than this say nothing reliable. */
const MIN_LETTERS = 3;

/**
 * Detects Armenian (U+0530–U+058F), Russian (Cyrillic) or English (Latin) by letter counts. The
 * Armenian accessibility header on the English and Russian pages is outweighed by their text.
 *
 * @example
 * detectLanguage('Войска ОДКБ начали выход') // → { lang: 'ru', confidence: 1 }
 */
export function detectLanguage(text: string): DetectedLanguage {
	const counts = countScripts(text);
	const total = counts.armenian + counts.cyrillic + counts.latin + counts.other;
	const lang = dominantLang(counts);
	if (lang === null || total < MIN_LETTERS) return { lang: null, confidence: 0 };
	const own = lang === 'hy' ? counts.armenian : lang === 'ru' ? counts.cyrillic : counts.latin;
	const confidence = own / total;
	return { lang: confidence >= 0.5 ? lang : null, confidence };
}

/** Share of the letters of `text` written in `lang`'s script. */
export function scriptShare(text: string, lang: Lang): number {
	const counts = countScripts(text);
	const total = counts.armenian + counts.cyrillic + counts.latin + counts.other;
	if (total === 0) return 0;
	const own = lang === 'hy' ? counts.armenian : lang === 'ru' ? counts.cyrillic : counts.latin;
	return own / total;
}
