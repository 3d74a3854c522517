import type { Lang } from '../types';

/**
 * The languages an import would hold twice: two files in one language, or a file in a language
 * the target article already has. An article holds one text per language, so the import
 * preview shows these before Save rather than the save failing afterwards.
 *
 * @example
 * sameLanguage(['en', 'ru', 'en']) // → ['en']
 * sameLanguage(['hy'], ['en', 'hy']) // → ['hy']
 */
export function sameLanguage(langs: readonly Lang[], existing: readonly Lang[] = []): Lang[] {
	const seen = new Set<Lang>(existing);
	const clashes = new Set<Lang>();
	for (const lang of langs) {
		if (seen.has(lang)) clashes.add(lang);
		seen.add(lang);
	}
	return [...clashes];
}
