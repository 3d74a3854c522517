/**
 * Invisible bidirectional controls (LRE, RLE, PDF, LRO, RLO: U+202A–202E; LRI, RLI, FSI, PDI:
 * U+2066–2069) can make imported text display in another order than it is stored ("evil" shown
 * as "live"). The stored text keeps them verbatim; the UI renders each sentence isolated and
 * shows the controls to translators, using the runs below.
 */

const NAMES: Record<string, string> = {
	'\u202a': 'LRE',
	'\u202b': 'RLE',
	'\u202c': 'PDF',
	'\u202d': 'LRO',
	'\u202e': 'RLO',
	'\u2066': 'LRI',
	'\u2067': 'RLI',
	'\u2068': 'FSI',
	'\u2069': 'PDI'
};

const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
const SPLIT = /([\u202a-\u202e\u2066-\u2069])/;

/** A stretch of plain text, or one bidi control with its short name (`RLO`, …). */
export type BidiRun = { text: string; control?: undefined } | { text: string; control: string };

/** Whether `text` holds any bidirectional control. */
export function hasBidiControls(text: string): boolean {
	return CONTROLS.test(text);
}

/**
 * Splits text into plain runs and single bidi-control runs; joining the `text`s gives `text`.
 *
 * @example
 * bidiRuns('a\u202Eb') // → [{ text: 'a' }, { text: '\u202E', control: 'RLO' }, { text: 'b' }]
 */
export function bidiRuns(text: string): BidiRun[] {
	if (!CONTROLS.test(text)) return text ? [{ text }] : [];
	return text
		.split(SPLIT)
		.filter((part) => part !== '')
		.map((part) => (NAMES[part] ? { text: part, control: NAMES[part] } : { text: part }));
}
