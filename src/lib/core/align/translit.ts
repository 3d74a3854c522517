/**
 * Names across scripts. `Pashinian`, `Փաշինյանը` and `Пашиняном` must count as the same name:
 * each is transliterated to Latin, then reduced to a consonant skeleton in which sounds that
 * transliterations disagree on share one letter (vowels and `h`/`y` vanish, voiced and voiceless
 * stops merge, `sh`/`zh`/`ch`/`j` merge, `ts`/`dz` become `s`). Skeletons are then compared fuzzily so that Russian and
 * Armenian case endings (`-ом`, `-ին`) and spelling variants (`Mkrtchian` / `Mkrtchyan`) still
 * match.
 */

const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'y',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'sh',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	// Ukrainian and Kazakh letters that turn up in names.
	і: 'i',
	ї: 'yi',
	є: 'ye',
	ґ: 'g',
	қ: 'q',
	ғ: 'gh',
	ң: 'n',
	ү: 'u',
	ұ: 'u',
	ө: 'o',
	ә: 'a',
	һ: 'h'
};

// Eastern Armenian, letter by letter; `ու` is handled before this table (it is one vowel).
const ARMENIAN: Record<string, string> = {
	ա: 'a',
	բ: 'b',
	գ: 'g',
	դ: 'd',
	ե: 'e',
	զ: 'z',
	է: 'e',
	ը: 'e',
	թ: 't',
	ժ: 'zh',
	ի: 'i',
	լ: 'l',
	խ: 'kh',
	ծ: 'ts',
	կ: 'k',
	հ: 'h',
	ձ: 'dz',
	ղ: 'gh',
	ճ: 'ch',
	մ: 'm',
	յ: 'y',
	ն: 'n',
	շ: 'sh',
	ո: 'o',
	չ: 'ch',
	պ: 'p',
	ջ: 'j',
	ռ: 'r',
	ս: 's',
	վ: 'v',
	տ: 't',
	ր: 'r',
	ց: 'ts',
	ւ: 'v',
	փ: 'p',
	ք: 'k',
	և: 'ev',
	օ: 'o',
	ֆ: 'f'
};

/**
 * A word in Latin letters, lower case. Latin input keeps its letters (diacritics dropped).
 * `toLatin('Փաշինյան')` → `'pashinyan'`, `toLatin('Токаев')` → `'tokaev'`
 */
export function toLatin(word: string): string {
	const lower = word.toLowerCase().replace(/ու/g, 'u');
	let out = '';
	for (const ch of lower) {
		const mapped = CYRILLIC[ch] ?? ARMENIAN[ch];
		if (mapped !== undefined) out += mapped;
		else if (/[a-z]/.test(ch)) out += ch;
		else {
			// Latin letters with diacritics (Toqaev's `ğ`, `š`): keep the base letter.
			const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
			if (/^[a-z]$/.test(base)) out += base;
		}
	}
	return out;
}

// Digraphs first, so `sh` does not become `s` + (dropped) `h`.
const DIGRAPHS: Array<[RegExp, string]> = [
	[/sch|shch/g, 'j'],
	[/kh|gh|ck/g, 'k'],
	[/zh|sh|ch|dzh|dj/g, 'j'],
	[/ts|tz|dz/g, 's'],
	[/ph/g, 'p'],
	[/th/g, 't'],
	[/x/g, 'ks'],
	[/w/g, 'v']
];

const CONSONANT_CLASS: Record<string, string> = {
	b: 'p',
	p: 'p',
	f: 'v',
	v: 'v',
	d: 't',
	t: 't',
	g: 'k',
	k: 'k',
	q: 'k',
	c: 'k',
	z: 'z',
	s: 's',
	j: 'j',
	l: 'l',
	r: 'r',
	m: 'm',
	n: 'n'
};

/**
 * The consonant skeleton of a word in any of the three scripts: what is left when the sounds
 * transliterations disagree on are merged or dropped. Doubled letters collapse.
 * `skeleton('Nazarbayev')` = `skeleton('Назарбаев')` = `skeleton('Նազարբաև')` = `'nzrpv'`
 */
export function skeleton(word: string): string {
	let latin = toLatin(word);
	for (const [re, to] of DIGRAPHS) latin = latin.replace(re, to);
	let out = '';
	for (const ch of latin) {
		const cls = CONSONANT_CLASS[ch];
		if (cls && out[out.length - 1] !== cls) out += cls;
	}
	return out;
}

/**
 * Whether two skeletons name the same thing: equal; or, from three letters on, one is the other
 * plus a short inflectional ending (`tkv` / `tkvm` for Токаев / Токаевым); or, from five letters
 * on, one substitution, insertion or deletion apart.
 */
export function skeletonsMatch(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short.length < 3) return false;
	if (long.startsWith(short) && long.length - short.length <= 2) return true;
	if (short.length >= 5 && long.length - short.length <= 1) return withinOneEdit(short, long);
	return false;
}

function withinOneEdit(short: string, long: string): boolean {
	let i = 0;
	while (i < short.length && short[i] === long[i]) i++;
	if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
	return short.slice(i) === long.slice(i + 1);
}

/**
 * Groups skeletons that name the same thing and returns a group number per skeleton. Matching is
 * transitive (union-find), which is what lets `Pashinyan` and `Пашиняном` meet through
 * `Փաշինյան`. Comparisons stay within skeletons that share their first letter, which keeps this
 * cheap for long documents.
 */
export function clusterSkeletons(skeletons: Iterable<string>): Map<string, number> {
	const distinct = [...new Set(skeletons)].filter((s) => s.length > 0).sort();
	const parent = distinct.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	};
	const byInitial = new Map<string, number[]>();
	distinct.forEach((s, i) => {
		const list = byInitial.get(s[0]);
		if (list) list.push(i);
		else byInitial.set(s[0], [i]);
	});
	for (const list of byInitial.values()) {
		for (let x = 0; x < list.length; x++) {
			for (let y = x + 1; y < list.length; y++) {
				if (skeletonsMatch(distinct[list[x]], distinct[list[y]])) {
					parent[find(list[x])] = find(list[y]);
				}
			}
		}
	}
	const out = new Map<string, number>();
	distinct.forEach((s, i) => out.set(s, find(i)));
	return out;
}
