/**
 * Article text from a saved HTML page, without a DOM (the core also runs in Node and workers):
 * htmlparser2's streaming parser tokenizes as browsers do (raw-text elements, implied end
 * tags, the full table of character references) and this module keeps the article. Page furniture (scripts, styles,
 * navigation, site header and footer, forms, hidden elements) is dropped; block elements become
 * paragraphs separated by blank lines, the shape the plain-text parser reads.
 */
import { Parser } from 'htmlparser2';

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
	'dialog',
	'title',
	'xmp',
	'noembed',
	'noframes'
]);

/** Site header and footer are furniture, but an article's own <header> holds its title. */
const DROP_OUTSIDE_ARTICLE = new Set(['header', 'footer']);

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
	/** Depth inside a dropped element (0: not dropping); open and close events always pair. */
	let dropDepth = 0;
	let articleDepth = 0;
	let preDepth = 0;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (dropDepth > 0) {
					dropDepth++;
					return;
				}
				const hidden =
					'hidden' in attributes || attributes['aria-hidden']?.trim().toLowerCase() === 'true';
				if (DROP.has(name) || (DROP_OUTSIDE_ARTICLE.has(name) && articleDepth === 0) || hidden) {
					dropDepth = 1;
					return;
				}
				if (name === 'article' || name === 'main') articleDepth++;
				if (name === 'pre') preDepth++;
				if (name === 'br') out.lineBreak();
				else if (name === 'td' || name === 'th') out.text(' ', false);
				else if (BLOCK.has(name)) out.paragraphBreak();
			},
			onclosetag(name) {
				if (dropDepth > 0) {
					dropDepth--;
					return;
				}
				if ((name === 'article' || name === 'main') && articleDepth > 0) articleDepth--;
				if (name === 'pre' && preDepth > 0) preDepth--;
				if (BLOCK.has(name)) out.paragraphBreak();
			},
			ontext(text) {
				if (dropDepth === 0) out.text(text, preDepth > 0);
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.end(html);
	return out.finish();
}

/** Collects paragraphs, collapsing whitespace the way HTML rendering does. */
class ParagraphWriter {
	#paragraphs: string[] = [];
	#current = '';

	/** Text with its character references already decoded. */
	text(text: string, pre: boolean): void {
		if (pre) {
			this.#current += text;
			return;
		}
		// The parser may hand one run of text over in pieces: collapse across them too.
		const collapsed = text.replace(/[ \t\n\f\r]+/g, ' ');
		this.#current += this.#current.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
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
