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
