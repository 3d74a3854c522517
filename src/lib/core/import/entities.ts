/** HTML character references: numeric ones and the named ones news pages actually use. */

const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	shy: '\u00ad',
	ndash: '–',
	mdash: '—',
	minus: '−',
	hellip: '…',
	laquo: '«',
	raquo: '»',
	lsaquo: '‹',
	rsaquo: '›',
	ldquo: '“',
	rdquo: '”',
	bdquo: '„',
	lsquo: '‘',
	rsquo: '’',
	sbquo: '‚',
	prime: '′',
	Prime: '″',
	bull: '•',
	middot: '·',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	plusmn: '±',
	times: '×',
	divide: '÷',
	frac12: '½',
	frac14: '¼',
	frac34: '¾',
	sect: '§',
	para: '¶',
	euro: '€',
	pound: '£',
	yen: '¥',
	cent: '¢',
	numero: '№',
	thinsp: '\u2009',
	ensp: '\u2002',
	emsp: '\u2003',
	zwnj: '\u200c',
	zwj: '\u200d',
	lrm: '\u200e',
	rlm: '\u200f',
	iexcl: '¡',
	iquest: '¿',
	acute: '´',
	uml: '¨',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	agrave: 'à',
	oacute: 'ó',
	uacute: 'ú',
	iacute: 'í',
	ntilde: 'ñ',
	ccedil: 'ç',
	ouml: 'ö',
	uuml: 'ü',
	auml: 'ä',
	szlig: 'ß'
};

/** What browsers show for the C1 references &#128;–&#159; (windows-1252 punctuation). */
const C1: Record<number, number> = {
	0x80: 0x20ac,
	0x82: 0x201a,
	0x84: 0x201e,
	0x85: 0x2026,
	0x8b: 0x2039,
	0x91: 0x2018,
	0x92: 0x2019,
	0x93: 0x201c,
	0x94: 0x201d,
	0x95: 0x2022,
	0x96: 0x2013,
	0x97: 0x2014,
	0x99: 0x2122,
	0x9b: 0x203a
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

/**
 * Decodes character references; unknown names stay as they are.
 *
 * @example
 * decodeEntities('Tom &amp; Jerry &#8212; &laquo;hi&raquo;') // → 'Tom & Jerry — «hi»'
 */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
		if (name !== undefined) return NAMED[name] ?? whole;
		const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
		return fromCodePoint(code);
	});
}

function fromCodePoint(code: number): string {
	if (C1[code] !== undefined) return String.fromCharCode(C1[code]);
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
	return String.fromCodePoint(code);
}
