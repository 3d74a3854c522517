/**
 * Article text from a saved HTML page, without a DOM (the core also runs in Node and workers):
 * a small tokenizer walks tags, comments and text once. Page furniture (scripts, styles,
 * navigation, site header and footer, forms, hidden elements) is dropped; block elements become
 * paragraphs separated by blank lines, the shape the plain-text parser reads.
 */
import { decodeEntities } from './entities';

/** Elements whose whole content is dropped. */
const DROP = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'head',
	'nav',
	'aside',
	'form',
	'button',
	'select',
	'textarea',
	'iframe',
	'object',
	'embed',
	'svg',
	'math',
	'canvas',
	'video',
	'audio',
	'menu',
	'dialog'
]);

/** Site header and footer are furniture, but an article's own <header> holds its title. */
const DROP_OUTSIDE_ARTICLE = new Set(['header', 'footer']);

/** Elements whose content is raw text up to their end tag (no tags inside). */
const RAW_TEXT = new Set([
	'script',
	'style',
	'textarea',
	'title',
	'xmp',
	'iframe',
	'noembed',
	'noframes',
	'noscript'
]);

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr'
]);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'caption',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hgroup',
	'hr',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'tfoot',
	'thead',
	'tr',
	'ul'
]);

const HIDDEN = /(?:^|\s)(?:hidden(?:\s|=|$)|aria-hidden\s*=\s*["']?true)/i;

/**
 * Plain article text of an HTML document: one paragraph per block element, blank lines between,
 * entities decoded, whitespace collapsed as a browser would (except inside `<pre>`).
 *
 * @example
 * extractHtmlText('<nav>Menu</nav><h1>Title</h1><p>One &amp; two.</p>')
 * // → 'Title\n\nOne & two.\n'
 */
export function extractHtmlText(html: string): string {
	const out = new ParagraphWriter();
	const n = html.length;
	let dropName = '';
	let dropDepth = 0;
	let articleDepth = 0;
	let preDepth = 0;
	let i = 0;
	while (i < n) {
		const lt = html.indexOf('<', i);
		const textEnd = lt < 0 ? n : lt;
		if (textEnd > i && dropDepth === 0) out.text(html.slice(i, textEnd), preDepth > 0);
		if (lt < 0) break;
		const tag = readTag(html, lt);
		if (!tag) {
			if (dropDepth === 0) out.text('<', preDepth > 0);
			i = lt + 1;
			continue;
		}
		i = tag.end;
		if (tag.kind !== 'start' && tag.kind !== 'end') continue;
		const name = tag.name;
		if (tag.kind === 'start') {
			if (RAW_TEXT.has(name) && !tag.selfClosing) {
				const close = findEndTag(html, i, name);
				if (name === 'title' || dropDepth > 0 || DROP.has(name)) {
					i = close.after;
					continue;
				}
				out.text(html.slice(i, close.start), false);
				i = close.after;
				continue;
			}
			if (dropDepth > 0) {
				if (name === dropName && !VOID.has(name) && !tag.selfClosing) dropDepth++;
				continue;
			}
			const drop =
				DROP.has(name) ||
				(DROP_OUTSIDE_ARTICLE.has(name) && articleDepth === 0) ||
				HIDDEN.test(tag.attributes);
			if (drop && !VOID.has(name) && !tag.selfClosing) {
				dropName = name;
				dropDepth = 1;
				continue;
			}
			if (name === 'article' || name === 'main') articleDepth++;
			if (name === 'pre') preDepth++;
			if (name === 'br') out.lineBreak();
			else if (name === 'td' || name === 'th') out.text(' ', false);
			else if (BLOCK.has(name)) out.paragraphBreak();
		} else {
			if (dropDepth > 0) {
				if (name === dropName) dropDepth--;
				continue;
			}
			if ((name === 'article' || name === 'main') && articleDepth > 0) articleDepth--;
			if (name === 'pre' && preDepth > 0) preDepth--;
			if (BLOCK.has(name)) out.paragraphBreak();
		}
	}
	return out.finish();
}

interface Tag {
	kind: 'start' | 'end' | 'other';
	name: string;
	attributes: string;
	selfClosing: boolean;
	/** Offset right after the tag's `>`. */
	end: number;
}

/** Reads the tag, comment or declaration at `lt`; null when `<` is plain text ("a < b"). */
function readTag(html: string, lt: number): Tag | null {
	const n = html.length;
	const next = html[lt + 1];
	if (html.startsWith('<!--', lt)) {
		const close = html.indexOf('-->', lt + 4);
		return other(close < 0 ? n : close + 3);
	}
	if (next === '!' || next === '?') {
		const close = html.indexOf('>', lt + 2);
		return other(close < 0 ? n : close + 1);
	}
	const isEnd = next === '/';
	let p = lt + (isEnd ? 2 : 1);
	if (!/[A-Za-z]/.test(html[p] ?? '')) return null;
	const nameStart = p;
	while (p < n && !/[\s/>]/.test(html[p])) p++;
	const name = html.slice(nameStart, p).toLowerCase();
	const attrStart = p;
	let quote = '';
	while (p < n) {
		const c = html[p];
		if (quote) {
			if (c === quote) quote = '';
		} else if (c === '"' || c === "'") {
			quote = c;
		} else if (c === '>') {
			break;
		}
		p++;
	}
	const attributes = html.slice(attrStart, p);
	return {
		kind: isEnd ? 'end' : 'start',
		name,
		attributes,
		selfClosing: attributes.trimEnd().endsWith('/'),
		end: Math.min(p + 1, n)
	};
}

function other(end: number): Tag {
	return { kind: 'other', name: '', attributes: '', selfClosing: false, end };
}

/** Where the raw-text element's end tag `</name>` starts, and the offset after it. */
function findEndTag(html: string, from: number, name: string): { start: number; after: number } {
	let p = from;
	for (;;) {
		const at = html.indexOf('</', p);
		if (at < 0) return { start: html.length, after: html.length };
		if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) {
			const close = html.indexOf('>', at);
			return { start: at, after: close < 0 ? html.length : close + 1 };
		}
		p = at + 2;
	}
}

/** Collects paragraphs, collapsing whitespace the way HTML rendering does. */
class ParagraphWriter {
	#paragraphs: string[] = [];
	#current = '';

	text(raw: string, pre: boolean): void {
		const decoded = pre ? decodeEntities(raw) : decodeEntities(raw.replace(/[ \t\n\f\r]+/g, ' '));
		this.#current += decoded;
	}

	lineBreak(): void {
		this.#current += '\n';
	}

	/** Ends the paragraph; `<br><br>` inside it (an empty line) also separates paragraphs. */
	paragraphBreak(): void {
		const lines = this.#current
			.split('\n')
			.map((line) => line.replace(/^[ \t\f\r]+|[ \t\f\r]+$/g, ''));
		let paragraph: string[] = [];
		for (const line of [...lines, '']) {
			if (line.trim() !== '') {
				paragraph.push(line);
			} else if (paragraph.length > 0) {
				this.#paragraphs.push(paragraph.join('\n'));
				paragraph = [];
			}
		}
		this.#current = '';
	}

	finish(): string {
		this.paragraphBreak();
		return this.#paragraphs.length > 0 ? `${this.#paragraphs.join('\n\n')}\n` : '';
	}
}
