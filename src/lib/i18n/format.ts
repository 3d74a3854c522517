/**
 * Dates in the UI language. Browsers often ship without Armenian month names (Chromium's ICU
 * prints "2022 M01 12"), so Armenian is written by hand in the press's style:
 * `formatDate('2022-01-12', 'hy')` → `'2022 թ. հունվարի 12'`.
 */
import type { UiLang } from './languages';

const HY_MONTHS = [
	'հունվարի',
	'փետրվարի',
	'մարտի',
	'ապրիլի',
	'մայիսի',
	'հունիսի',
	'հուլիսի',
	'օգոստոսի',
	'սեպտեմբերի',
	'հոկտեմբերի',
	'նոյեմբերի',
	'դեկտեմբերի'
];

/** Formats an ISO date (`YYYY-MM-DD`, read as a calendar date, not a UTC instant). */
export function formatDate(iso: string, lang: UiLang): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!y || !m || !d) return iso;
	if (lang === 'hy') return `${y} թ. ${HY_MONTHS[m - 1]} ${d}`;
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, m - 1, d))
	);
}
