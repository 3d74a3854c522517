import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/i18n/format';

describe('formatDate', () => {
	it('writes dates as each language’s press does, whatever the time zone', () => {
		expect(formatDate('2022-01-12', 'hy')).toBe('2022 թ. հունվարի 12');
		expect(formatDate('2022-01-12', 'en')).toBe('January 12, 2022');
		expect(formatDate('2022-01-12', 'ru')).toMatch(/^12 января 2022/);
		expect(formatDate('2022-12-31', 'hy')).toBe('2022 թ. դեկտեմբերի 31');
	});

	it('leaves anything that is not an ISO date as it is', () => {
		expect(formatDate('2022-01', 'en')).toBe('2022-01');
	});
});
