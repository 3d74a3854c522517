/** Letter counts per script: the basis of language detection (Armenian, Russian or English). */
import type { Lang } from '../types';

export interface ScriptCounts {
	armenian: number;
	cyrillic: number;
	latin: number;
	/** Letters of any other script. */
	other: number;
}

/** Counts letters by script in one pass: Armenian U+0530–U+058F (and the ligatures U+FB13–U+FB17). */
export function countScripts(text: string): ScriptCounts {
	const counts: ScriptCounts = { armenian: 0, cyrillic: 0, latin: 0, other: 0 };
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) {
			if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) counts.latin++;
		} else if (c >= 0x530 && c <= 0x58f) {
			if ((c >= 0x531 && c <= 0x556) || (c >= 0x561 && c <= 0x587)) counts.armenian++;
		} else if (c >= 0x400 && c <= 0x52f) {
			counts.cyrillic++;
		} else if (c >= 0xc0 && c <= 0x24f) {
			if (c !== 0xd7 && c !== 0xf7) counts.latin++;
		} else if (c >= 0xfb13 && c <= 0xfb17) {
			counts.armenian++;
		} else if (c >= 0x370 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xd800 && c <= 0xdfff)) {
			// Letters of other scripts; punctuation and symbols (U+2000–U+2BFF) are not counted.
			if (/\p{L}/u.test(text[i])) counts.other++;
		}
	}
	return counts;
}

/** The library language whose script has the most letters, or null when there are no letters. */
export function dominantLang(counts: ScriptCounts): Lang | null {
	const { armenian, cyrillic, latin } = counts;
	const max = Math.max(armenian, cyrillic, latin);
	if (max === 0) return null;
	if (armenian === max) return 'hy';
	if (cyrillic === max) return 'ru';
	return 'en';
}
