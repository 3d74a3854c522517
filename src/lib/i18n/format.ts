/**
 * Dates in the UI language, written from month names: `formatDate('2022-01-12', 'hy')` →
 * `'2022 թ. հունվարի 12'`. Browsers often ship without Armenian month names (Chromium's ICU
 * prints "2022 M01 12"), so Armenian is written in the press's style; English and Russian are
 * written exactly as `Intl.DateTimeFormat` with `dateStyle: 'long'` writes them
 * (tests/unit/format.test.ts), because the browser's first date formatter loads its locale data
 * for tens of milliseconds (more on a phone), on the way to the first screen.
 */
import type { UiLang } from './languages';

const MONTHS: Record<UiLang, readonly string[]> = {
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	],
	hy: [
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
	],
	ru: [
		'января',
		'февраля',
		'марта',
		'апреля',
		'мая',
		'июня',
		'июля',
		'августа',
		'сентября',
		'октября',
		'ноября',
		'декабря'
	]
};

/** Formats an ISO date (`YYYY-MM-DD`, read as a calendar date, not a UTC instant). */
export function formatDate(iso: string, lang: UiLang): string {
	const [y, m, d] = iso.split('-').map(Number);
	if (!y || !m || !d || m > 12) return iso;
	const month = MONTHS[lang][m - 1];
	if (lang === 'hy') return `${y} թ. ${month} ${d}`;
	if (lang === 'ru') return `${d} ${month} ${y} г.`;
	return `${month} ${d}, ${y}`;
}

type ByteUnit = 'kilobyte' | 'megabyte' | 'gigabyte';
const HY_BYTE_UNITS: Record<ByteUnit, string> = { kilobyte: 'ԿԲ', megabyte: 'ՄԲ', gigabyte: 'ԳԲ' };

/**
 * A storage size in the UI language, in kB, MB or GB (decimal, as browsers report quota):
 * `formatBytes(12_345_678, 'en')` → `'12 MB'`; `formatBytes(1_500_000_000, 'ru')` → `'1,5 ГБ'`.
 * Armenian units are written by hand, like its month names.
 */
export function formatBytes(bytes: number, lang: UiLang): string {
	const unit: ByteUnit = bytes >= 1e9 ? 'gigabyte' : bytes >= 1e6 ? 'megabyte' : 'kilobyte';
	const value = bytes / { kilobyte: 1e3, megabyte: 1e6, gigabyte: 1e9 }[unit];
	const maximumFractionDigits = value < 10 ? 1 : 0;
	if (lang === 'hy') {
		const number = new Intl.NumberFormat('hy', { maximumFractionDigits }).format(value);
		return `${number} ${HY_BYTE_UNITS[unit]}`;
	}
	return new Intl.NumberFormat(lang, {
		style: 'unit',
		unit,
		unitDisplay: 'short',
		maximumFractionDigits
	}).format(value);
}

/** A share in the UI language: `formatPercent(0.125, 'ru')` → `'12,5 %'`. */
export function formatPercent(share: number, lang: UiLang): string {
	return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
