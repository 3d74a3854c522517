import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatPercent } from '../../src/lib/i18n/format';

describe('formatDate', () => {
	it('writes dates as each language’s press does, whatever the time zone', () => {
		expect(formatDate('2022-01-12', 'hy')).toBe('2022 թ. հունվարի 12');
		expect(formatDate('2022-01-12', 'en')).toBe('January 12, 2022');
		expect(formatDate('2022-01-12', 'ru')).toMatch(/^12 января 2022/);
		expect(formatDate('2022-12-31', 'hy')).toBe('2022 թ. դեկտեմբերի 31');
	});

	it('writes English and Russian dates exactly as the browser’s long date format does', () => {
		for (const lang of ['en', 'ru'] as const) {
			const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
			for (let month = 1; month <= 12; month++) {
				for (const [year, day] of [
					[2022, 1],
					[1999, 28]
				]) {
					const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
					expect(formatDate(iso, lang), iso).toBe(
						intl.format(new Date(Date.UTC(year, month - 1, day)))
					);
				}
			}
		}
	});

	it('leaves anything that is not an ISO date as it is', () => {
		expect(formatDate('2022-01', 'en')).toBe('2022-01');
	});
});

describe('formatBytes and formatPercent', () => {
	it('write storage sizes with each language’s units and decimal mark', () => {
		expect(formatBytes(12_345_678, 'en')).toBe('12 MB');
		expect(formatBytes(1_500_000_000, 'ru')).toBe('1,5 ГБ');
		expect(formatBytes(2_500_000, 'hy')).toBe('2,5 ՄԲ');
		expect(formatBytes(800, 'en')).toBe('0.8 kB');
	});

	it('write shares as percentages', () => {
		expect(formatPercent(0.125, 'en')).toBe('12.5%');
		expect(formatPercent(0.125, 'ru')).toMatch(/^12,5\s%$/);
	});
});
