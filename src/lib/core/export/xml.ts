/**
 * XML 1.0 text helpers for the TMX writer: removing characters XML 1.0 cannot carry and escaping
 * the rest so a conforming parser reads back exactly the same string.
 */

/**
 * Everything outside the XML 1.0 `Char` production
 * (`#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`): C0 controls other
 * than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. U+FEFF, C1 controls and noncharacters such
 * as U+FDD0 are valid `Char`s and are kept. With the `u` flag a lone surrogate is one code point,
 * while a proper pair is an astral code point, so emoji survive.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 cannot represent, even as `&#…;`, and only those. */
export function stripInvalidXmlChars(text: string): string {
	return text.replace(NOT_XML_CHAR, '');
}

/**
 * Escapes element content. `>` is escaped too so `]]>` can never appear; CR is written as `&#13;`
 * because a parser turns a literal CR (or CRLF) into LF.
 * `escapeXmlText('a < b & "c"\r')` → `'a &lt; b &amp; "c"&#13;'`
 */
export function escapeXmlText(text: string): string {
	return stripInvalidXmlChars(text).replace(/[<>&\r]/g, (c) => TEXT_ESCAPES[c]);
}

/**
 * Escapes a double-quoted attribute value. Tab, LF and CR are written as character references
 * because attribute-value normalisation would otherwise turn them into spaces.
 */
export function escapeXmlAttr(text: string): string {
	return stripInvalidXmlChars(text).replace(/[<>&"\t\n\r]/g, (c) => ATTR_ESCAPES[c]);
}

const TEXT_ESCAPES: Record<string, string> = {
	'<': '&lt;',
	'>': '&gt;',
	'&': '&amp;',
	'\r': '&#13;'
};

const ATTR_ESCAPES: Record<string, string> = {
	...TEXT_ESCAPES,
	'"': '&quot;',
	'\t': '&#9;',
	'\n': '&#10;'
};

/** Trims XML white space (space, tab, CR, LF) only; `String.prototype.trim` would drop U+FEFF. */
export function trimXmlSpace(text: string): string {
	return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}
