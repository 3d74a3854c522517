import { isLang, type Lang } from '$lib/core/types';

/**
 * The title to list an article under: in the reader's UI language when that rendering exists,
 * else English, else any; the article id when it has no title at all.
 */
export function preferredTitle(
	titles: Partial<Record<Lang, { text: string }>>,
	id: string,
	uiLang: string
): { text: string; lang: Lang } {
	const lang = [uiLang, 'en', 'hy', 'ru'].filter(isLang).find((l) => titles[l]);
	return lang ? { text: titles[lang]!.text, lang } : { text: id, lang: 'en' };
}
