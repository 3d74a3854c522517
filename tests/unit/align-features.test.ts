import { describe, expect, it } from 'vitest';
import { prepareDoc, wordsOf } from '../../src/lib/core/align/features';

describe('feature preparation', () => {
	it('finds the words a Unicode letter class finds, in every script', () => {
		const texts = [
			'The U.S. envoy met Pashinyan in Yerevan on 12 May.',
			'Премьер-министр Пашинян встретился с посланником США.',
			'Վարչապետ Փաշինյանը հանդիպե՞ց ԱՄՆ բանագնացին։',
			// Combining marks, a soft hyphen, letters outside the BMP and a lone surrogate.
			'naïve café e\u0301 co\u00adoperation 𝐀𝐁c 𐐀𐐨 x\ud800y ok',
			'',
			'a b 1 2 — …'
		];
		for (const text of texts) {
			const expected = (text.match(/[\p{L}\p{M}]+/gu) ?? []).filter((w) => w.length >= 2);
			expect(wordsOf(text)).toEqual(expected);
		}
	});

	it('gives a group of sentences the features of its sentences together', () => {
		const units = [
			{ text: 'Pashinyan met Macron in Paris on 12 May 2023.' },
			{ text: 'Macron said 40 million euros would go to Armenia.' },
			{ text: 'Talks continued in Yerevan.' },
			{ text: 'Aliyev did not comment.' }
		];
		const doc = prepareDoc({ en: units, ru: units }, ['en', 'ru']);
		const en = doc.by.en!;
		const unit = (i: number) => [
			...en.groups[0].ids.subarray(en.groups[0].off[i], en.groups[0].off[i + 1])
		];
		for (let size = 2; size <= 3; size++) {
			const g = en.groups[size - 1];
			expect(g.off.length).toBe(units.length - size + 2);
			for (let i = 0; i + size <= units.length; i++) {
				const expected = Array.from({ length: size }, (_, k) => unit(i + k))
					.flat()
					.sort((x, y) => x - y);
				expect([...g.ids.subarray(g.off[i], g.off[i + 1])]).toEqual(expected);
				expect(expected.length).toBeGreaterThan(0);
			}
		}
		// Each sentence's own ids are sorted too.
		for (let i = 0; i < units.length; i++) {
			const ids = unit(i);
			expect(ids).toEqual([...ids].sort((x, y) => x - y));
		}
	});
});
