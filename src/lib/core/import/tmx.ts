/**
 * TMX import: a bilingual or multilingual TMX (1.1–1.4, any `srclang`) becomes a new article.
 *
 * Each `<tu>` is an alignment row. For each of en/hy/ru, the `<seg>` text of the row is one
 * paragraph of that language's rendering text: paragraphs are separated by one blank line and the
 * text ends with a newline (`"seg 1\n\nseg 2\n"`). A seg is trimmed and blank lines inside it
 * collapse to a single line break, so a paragraph is never split when the text is parsed again.
 * Each paragraph is one sentence, unless our own `x-triptych-sentence-lengths` prop says how the
 * seg joins several (then the split is restored exactly). The returned spans are authoritative:
 * the rendering is built from them, never by re-segmenting.
 *
 * Safety: the input is size-checked before decoding; XML is parsed with saxes, which never reads
 * external resources or expands DTD entities; a DOCTYPE is only accepted as a plain
 * `<!DOCTYPE tmx …>` with no internal subset (what our exports write), so billion-laughs and
 * external-entity files are rejected up front with code `doctype`.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { sentenceIds, sha256Hex } from '../hash';
import { TMX_PROPS } from '../export/tmx';
import { trimXmlSpace } from '../export/xml';
import {
	LANGS,
	isLang,
	type Alignment,
	type AlignmentRow,
	type Article,
	type Lang,
	type Rendering,
	type RowStatus,
	type Span
} from '../types';

/** Largest TMX file accepted: 20 MiB (bytes as given; a string counts its UTF-8 length). */
export const MAX_TMX_BYTES = 20 * 1024 * 1024;

/**
 * Why a file was refused; the UI shows the locale key `tmx.error.<code>`.
 * - `too-large`: over {@link MAX_TMX_BYTES}
 * - `encoding`: bytes not valid in their encoding (BOM, else the XML declaration, else UTF-8)
 * - `malformed`: not well-formed XML (including undefined entities)
 * - `doctype`: a DOCTYPE with an internal subset or entity declarations, or not a TMX DOCTYPE
 * - `not-tmx`: well-formed XML whose root is not `<tmx>`
 * - `no-languages`: fewer than two of en/hy/ru have any text
 */
export type TmxImportErrorCode =
	'too-large' | 'encoding' | 'malformed' | 'doctype' | 'not-tmx' | 'no-languages';

export class TmxImportError extends Error {
	override name = 'TmxImportError';
	constructor(
		readonly code: TmxImportErrorCode,
		/** Developer-facing detail (parser position, languages found); not for the UI. */
		readonly detail?: string
	) {
		super(detail ? `TMX import failed (${code}): ${detail}` : `TMX import failed (${code})`);
	}

	/** The locale key the UI shows for this error. */
	get localeKey(): `tmx.error.${TmxImportErrorCode}` {
		return `tmx.error.${this.code}`;
	}
}

/**
 * What the import changed or ignored in a file it still took, for the UI to show (locale key
 * `tmx.warning.<code>`). Rows concerned are marked for review; no text is ever dropped.
 * - `duplicate-variant`: a `<tu>` has several `<tuv>` of one language; all are kept in the row
 * - `unknown-status`: a status prop other than `auto`/`confirmed`; the row is left unconfirmed
 * - `bad-score`: a score prop that is not a number from 0 to 1; ignored
 * - `duplicate-tuid`: a `tuid` used by an earlier `<tu>`; the row gets the id `rowId`
 * - `other-language`: text in a language the library does not hold (`value`: its tags) was
 *   left out; a `<tu>` with nothing else makes no row
 */
export type TmxWarningCode =
	'duplicate-variant' | 'unknown-status' | 'bad-score' | 'duplicate-tuid' | 'other-language';

export interface TmxWarning {
	code: TmxWarningCode;
	/** 1-based position of the `<tu>` in the file. */
	tu: number;
	/** The id of the row it became; absent when it made no row. */
	rowId?: string;
	/** The value in question (status, score, tuid) or the number of variants. */
	value?: string;
	lang?: Lang;
}

/** A sentence of an imported rendering text; `block` indexes {@link TmxImport.blocks}. */
export interface TmxSentence extends Span {
	block: number;
}

export interface TmxImportRow {
	/** The `tuid`, or `tu<n>` (1-based position of the `<tu>`) when missing, empty or already used. */
	id: string;
	/** Indices into {@link TmxImport.sentences} of each language present in the row. */
	cells: Partial<Record<Lang, number[]>>;
	status?: RowStatus;
	score?: number;
	flagged?: boolean;
	review?: boolean;
	missing?: Lang[];
	/** `<note>`s of the `<tu>` and then of its `<tuv>`s, in document order. */
	notes: string[];
}

export interface TmxImport {
	/** Languages with text, in canonical order (at least two). */
	langs: Lang[];
	/** The header's `srclang`: a language of ours, `*all*` (also for `*`), or absent. */
	srclang?: Lang | '*all*';
	/** The header's `creationdate`, verbatim; pass it back to `toTmx` for an identical export. */
	creationDate?: string;
	/** Per language: the rendering text (paragraph per seg, blank line between). */
	texts: Partial<Record<Lang, string>>;
	/** Per language: one paragraph span per seg. */
	blocks: Partial<Record<Lang, Span[]>>;
	sentences: Partial<Record<Lang, TmxSentence[]>>;
	rows: TmxImportRow[];
	/** What was changed or ignored on the way in; empty for a clean file. */
	warnings: TmxWarning[];
}

export interface TmxImportOptions {
	/** Overrides {@link MAX_TMX_BYTES}. */
	maxBytes?: number;
}

/**
 * Parses a TMX file. Throws {@link TmxImportError}; nothing else escapes.
 *
 * @example
 * const imp = parseTmx(await file.arrayBuffer());
 * const { article, renderings, alignment } = await buildImportedArticle(imp, { articleId, now });
 */
export function parseTmx(
	input: string | Uint8Array | ArrayBuffer,
	options: TmxImportOptions = {}
): TmxImport {
	const text = decode(input, options.maxBytes ?? MAX_TMX_BYTES);
	const raw = readTmx(text);
	return assemble(raw);
}

/** Maps `en-US`, `HY`, `hy_AM`, `rus`, … to one of our languages. */
export function tmxLang(code: string | undefined): Lang | undefined {
	const primary = (code ?? '').trim().toLowerCase().split(/[-_]/)[0];
	return LANG_ALIASES[primary];
}

const LANG_ALIASES: Record<string, Lang | undefined> = {
	en: 'en',
	eng: 'en',
	hy: 'hy',
	hye: 'hy',
	arm: 'hy',
	ru: 'ru',
	rus: 'ru'
};

// ---------------------------------------------------------------------------------------------
// Decoding

function decode(input: string | Uint8Array | ArrayBuffer, maxBytes: number): string {
	if (typeof input === 'string') {
		if (utf8Length(input, maxBytes) > maxBytes) throw tooLarge(maxBytes);
		return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	}
	const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
	if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
	const encoding = sniffEncoding(bytes);
	try {
		// TextDecoder drops a leading BOM of its own encoding.
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		// Also reached when TextDecoder does not know the declared label (a RangeError).
		throw new TmxImportError('encoding', `not valid ${encoding}`);
	}
}

/**
 * A BOM or the UTF-16 pattern of `<`, else the XML declaration's `encoding` (older Russian
 * memories are often windows-1251), else UTF-8. Unknown labels fail as `encoding`.
 */
function sniffEncoding(bytes: Uint8Array): string {
	const [b0, b1, b2] = bytes;
	if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00)) return 'utf-16le';
	if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c)) return 'utf-16be';
	if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
	const head = String.fromCharCode(...bytes.subarray(0, 200));
	const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
	// UTF-16 declared without a BOM or `<` pattern cannot be right; read it as UTF-8 and let that fail.
	return !declared || /^utf-?16/i.test(declared) ? 'utf-8' : declared.toLowerCase();
}

function tooLarge(maxBytes: number) {
	return new TmxImportError('too-large', `larger than ${maxBytes} bytes`);
}

/** UTF-8 length of a string, stopping early once past `limit`. */
function utf8Length(text: string, limit: number): number {
	if (text.length > limit) return text.length;
	let n = 0;
	for (let i = 0; i < text.length && n <= limit; i++) {
		const c = text.charCodeAt(i);
		n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
	}
	return n;
}

// ---------------------------------------------------------------------------------------------
// XML → raw translation units

interface RawTuv {
	lang?: Lang;
	/** The language tag as written. */
	tag: string;
	segs: string[];
	props: Map<string, string>;
	notes: string[];
}

interface RawTu {
	tuid?: string;
	props: Map<string, string>;
	notes: string[];
	tuvs: RawTuv[];
}

interface RawTmx {
	srclang?: string;
	creationDate?: string;
	tus: RawTu[];
}

/** Inline codes whose content is native markup, not text (`<hi>` content is text and is kept). */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

const QUOTED = `(?:"[^"]*"|'[^']*')`;
const PLAIN_TMX_DOCTYPE = new RegExp(
	`^\\s*tmx(?:\\s+(?:SYSTEM\\s+${QUOTED}|PUBLIC\\s+${QUOTED}\\s+${QUOTED}))?\\s*$`
);

function checkDoctype(doctype: string): void {
	if (doctype.includes('[') || /<!ENTITY/i.test(doctype)) {
		throw new TmxImportError('doctype', 'DOCTYPE with an internal subset or entity declarations');
	}
	if (!PLAIN_TMX_DOCTYPE.test(doctype)) {
		const isTmx = /^\s*tmx(\s|$)/.test(doctype);
		throw new TmxImportError(isTmx ? 'doctype' : 'not-tmx', `DOCTYPE ${doctype.trim()}`);
	}
}

function readTmx(text: string): RawTmx {
	const parser = new SaxesParser({ xmlns: false, position: true });
	const raw: RawTmx = { tus: [] };
	const stack: string[] = [];
	let tu: RawTu | undefined;
	let tuv: RawTuv | undefined;
	/** Text being collected for the innermost note, prop or seg. */
	let capture: string[] | undefined;
	let propType: string | undefined;
	/** Depth inside inline code elements of a seg, whose text is dropped. */
	let codeDepth = 0;

	const attr = (tag: SaxesTagPlain, name: string) => {
		const value = tag.attributes[name];
		return typeof value === 'string' ? value : undefined;
	};

	parser.on('doctype', checkDoctype);
	parser.on('error', (err) => {
		throw new TmxImportError('malformed', err.message);
	});
	parser.on('opentag', (tag) => {
		const parent = stack[stack.length - 1];
		stack.push(tag.name);
		if (parent === undefined) {
			if (tag.name !== 'tmx') throw new TmxImportError('not-tmx', `root element <${tag.name}>`);
		} else if (tag.name === 'header' && parent === 'tmx') {
			raw.srclang = attr(tag, 'srclang');
			raw.creationDate = attr(tag, 'creationdate');
		} else if (tag.name === 'tu' && parent === 'body') {
			tu = { tuid: attr(tag, 'tuid'), props: new Map(), notes: [], tuvs: [] };
			raw.tus.push(tu);
		} else if (tag.name === 'tuv' && parent === 'tu' && tu) {
			const langTag = attr(tag, 'xml:lang') ?? attr(tag, 'lang') ?? '';
			tuv = {
				lang: tmxLang(langTag),
				tag: langTag,
				segs: [],
				props: new Map(),
				notes: []
			};
			tu.tuvs.push(tuv);
		} else if (
			(tag.name === 'note' || tag.name === 'prop') &&
			(parent === 'tu' || parent === 'tuv')
		) {
			capture = [];
			propType = tag.name === 'prop' ? (attr(tag, 'type') ?? '') : undefined;
		} else if (tag.name === 'seg' && parent === 'tuv') {
			capture = [];
			codeDepth = 0;
		} else if (capture && CODE_ELEMENTS.has(tag.name)) {
			codeDepth++;
		}
	});
	const onText = (chunk: string) => {
		if (capture && codeDepth === 0) capture.push(chunk);
	};
	parser.on('text', onText);
	parser.on('cdata', onText);
	parser.on('closetag', (tag) => {
		stack.pop();
		const parent = stack[stack.length - 1];
		const owner = parent === 'tuv' ? tuv : parent === 'tu' ? tu : undefined;
		if (tag.name === 'seg' && parent === 'tuv' && capture) {
			tuv?.segs.push(capture.join(''));
			capture = undefined;
		} else if (tag.name === 'note' && owner && capture) {
			owner.notes.push(capture.join(''));
			capture = undefined;
		} else if (tag.name === 'prop' && owner && capture) {
			// The first prop of a type wins, as with the first tuv of a language.
			if (propType && !owner.props.has(propType)) owner.props.set(propType, capture.join(''));
			capture = undefined;
		} else if (tag.name === 'tuv') {
			tuv = undefined;
		} else if (tag.name === 'tu') {
			tu = undefined;
		} else if (capture && CODE_ELEMENTS.has(tag.name)) {
			codeDepth--;
		}
	});

	try {
		parser.write(text).close();
	} catch (err) {
		if (err instanceof TmxImportError) throw err;
		throw new TmxImportError('malformed', err instanceof Error ? err.message : String(err));
	}
	return raw;
}

// ---------------------------------------------------------------------------------------------
// Raw units → rendering texts, sentence spans and rows

/** A line break (CRLF counts once) followed by more breaks with only white space between. */
const BLANK_LINES = /(\r\n|\r(?!\n)|\n)(?:[^\S\r\n]*(?:\r\n|\r(?!\n)|\n))+/g;

/**
 * The paragraph a seg becomes: trimmed, with each run of blank lines collapsed into its first
 * line break. Line breaks themselves are kept as they are (a CR our export wrote as `&#13;`
 * comes back), so export → import → export stays identical.
 */
function segParagraph(seg: string): string {
	return trimXmlSpace(seg.replace(BLANK_LINES, '$1'));
}

/** The sentences of a paragraph: split by our sentence-lengths prop when it fits exactly. */
function splitSentences(paragraph: string, lengthsProp: string | undefined): string[] {
	if (lengthsProp === undefined) return [paragraph];
	const lengths = lengthsProp.trim().split(/\s+/).map(Number);
	const parts: string[] = [];
	let pos = 0;
	for (const len of lengths) {
		if (!Number.isInteger(len) || len <= 0) return [paragraph];
		if (pos > 0 && paragraph[pos - 1] !== ' ') return [paragraph];
		const part = paragraph.slice(pos, pos + len);
		if (part.length !== len || trimXmlSpace(part) !== part) return [paragraph];
		parts.push(part);
		pos += len + 1;
	}
	return pos - 1 === paragraph.length ? parts : [paragraph];
}

const BOOLEAN: Record<string, boolean | undefined> = { true: true, false: false };

function assemble(raw: RawTmx): TmxImport {
	const paragraphs: Record<Lang, string[]> = { en: [], hy: [], ru: [] };
	const blocks: Record<Lang, Span[]> = { en: [], hy: [], ru: [] };
	const sentences: Record<Lang, TmxSentence[]> = { en: [], hy: [], ru: [] };
	const offsets: Record<Lang, number> = { en: 0, hy: 0, ru: 0 };
	const usedIds = new Set<string>();
	const rows: TmxImportRow[] = [];
	const warnings: TmxWarning[] = [];

	raw.tus.forEach((tu, index) => {
		const cells: Partial<Record<Lang, number[]>> = {};
		const notes = [...tu.notes];
		const found: Omit<TmxWarning, 'rowId'>[] = [];
		for (const lang of LANGS) {
			const tuvs = tu.tuvs.filter((v) => v.lang === lang && segParagraph(v.segs.join(' ')) !== '');
			if (tuvs.length === 0) continue;
			// Several variants of one language: each is a paragraph of the row, none is dropped.
			if (tuvs.length > 1) {
				found.push({ code: 'duplicate-variant', tu: index + 1, lang, value: `${tuvs.length}` });
			}
			const indices: number[] = [];
			for (const tuv of tuvs) {
				notes.push(...tuv.notes);
				const paragraph = segParagraph(tuv.segs.join(' '));
				const start = offsets[lang] + (paragraphs[lang].length > 0 ? 2 : 0);
				const block = blocks[lang].length;
				blocks[lang].push({ start, end: start + paragraph.length });
				paragraphs[lang].push(paragraph);
				offsets[lang] = start + paragraph.length;
				let pos = start;
				const lengths = tuv.props.get(TMX_PROPS.sentenceLengths);
				for (const sentence of splitSentences(paragraph, lengths)) {
					indices.push(sentences[lang].length);
					sentences[lang].push({ start: pos, end: pos + sentence.length, block });
					pos += sentence.length + 1;
				}
			}
			cells[lang] = indices;
		}
		const others = tu.tuvs.filter((v) => !v.lang && segParagraph(v.segs.join(' ')) !== '');
		if (others.length > 0) {
			const tags = [...new Set(others.map((v) => v.tag || '?'))].join(', ');
			found.push({ code: 'other-language', tu: index + 1, value: tags });
		}
		if (Object.keys(cells).length === 0) {
			warnings.push(...found);
			return;
		}
		const id = rowId(tu.tuid, index, usedIds);
		if (tu.tuid && tu.tuid !== id) {
			found.push({ code: 'duplicate-tuid', tu: index + 1, value: tu.tuid });
		}
		const meta = rowMeta(tu.props, index, found);
		// Anything odd about a row makes it one to review, not a confirmed row.
		if (found.some((w) => w.code !== 'other-language')) meta.review = true;
		warnings.push(...found.map((w) => ({ ...w, rowId: id })));
		// A reader's report exported on the unit is not a translator's note.
		const isReport = (n: string) => /^\[report [^\]\s]+\] /.test(n);
		rows.push({ id, cells, ...meta, notes: notes.filter((n) => n !== '' && !isReport(n)) });
	});

	const langs = LANGS.filter((lang) => paragraphs[lang].length > 0);
	if (langs.length < 2) {
		throw new TmxImportError('no-languages', `languages with text: ${langs.join(', ') || 'none'}`);
	}
	const out: TmxImport = { langs, texts: {}, blocks: {}, sentences: {}, rows, warnings };
	for (const lang of langs) {
		out.texts[lang] = paragraphs[lang].join('\n\n') + '\n';
		out.blocks[lang] = blocks[lang];
		out.sentences[lang] = sentences[lang];
	}
	const src = raw.srclang?.trim();
	const srclang = src === '*all*' || src === '*' ? '*all*' : tmxLang(src);
	if (srclang) out.srclang = srclang;
	if (raw.creationDate !== undefined) out.creationDate = raw.creationDate;
	return out;
}

function rowId(tuid: string | undefined, index: number, used: Set<string>): string {
	let id = tuid && !used.has(tuid) ? tuid : `tu${index + 1}`;
	for (let n = 2; used.has(id); n++) id = `tu${index + 1}-${n}`;
	used.add(id);
	return id;
}

function rowMeta(
	props: Map<string, string>,
	index: number,
	warnings: Omit<TmxWarning, 'rowId'>[]
): Omit<TmxImportRow, 'id' | 'cells' | 'notes'> {
	const meta: Omit<TmxImportRow, 'id' | 'cells' | 'notes'> = {};
	const status = props.get(TMX_PROPS.status)?.trim();
	if (status === 'auto' || status === 'confirmed') meta.status = status;
	else if (status !== undefined) {
		// Not taken as a translator's confirmation: the row is left for review.
		meta.status = 'auto';
		warnings.push({ code: 'unknown-status', tu: index + 1, value: status });
	}
	const scoreText = props.get(TMX_PROPS.score)?.trim();
	const score = scoreText ? Number(scoreText) : NaN;
	if (score >= 0 && score <= 1) meta.score = score;
	else if (scoreText !== undefined) {
		warnings.push({ code: 'bad-score', tu: index + 1, value: scoreText });
	}
	const flagged = BOOLEAN[props.get(TMX_PROPS.flagged)?.trim() ?? ''];
	if (flagged !== undefined) meta.flagged = flagged;
	const review = BOOLEAN[props.get(TMX_PROPS.review)?.trim() ?? ''];
	if (review !== undefined) meta.review = review;
	const missing = props.get(TMX_PROPS.missing)?.trim().split(/\s+/).filter(isLang);
	if (missing && missing.length > 0) meta.missing = [...new Set(missing)];
	return meta;
}

// ---------------------------------------------------------------------------------------------
// Import → domain objects

export interface ImportedArticle {
	article: Article;
	renderings: Rendering[];
	alignment: Alignment;
}

export interface BuildImportOptions {
	articleId: string;
	/** Epoch milliseconds used for every timestamp. */
	now: number;
	/** Shown as the renderings' provenance source. */
	fileName?: string;
}

/**
 * Turns a parsed TMX into the article, renderings and alignment to store (one transaction).
 * Rows without status or score in the file are taken as a translator's work: `confirmed`,
 * score 1. Sentence ids come from {@link sentenceIds}, note ids are `<row id>:n<index>`.
 */
export async function buildImportedArticle(
	imp: TmxImport,
	{ articleId, now, fileName }: BuildImportOptions
): Promise<ImportedArticle> {
	const idsByLang: Partial<Record<Lang, string[]>> = {};
	const renderings: Rendering[] = [];
	for (const lang of imp.langs) {
		const text = imp.texts[lang] ?? '';
		const spans = imp.sentences[lang] ?? [];
		const ids = sentenceIds(spans.map((s) => text.slice(s.start, s.end)));
		idsByLang[lang] = ids;
		const first = spans[0];
		renderings.push({
			id: `${articleId}:${lang}`,
			articleId,
			lang,
			original: text,
			encoding: 'utf-8',
			sha256: await sha256Hex(text),
			blocks: (imp.blocks[lang] ?? []).map((b) => ({
				start: b.start,
				end: b.end,
				kind: 'paragraph'
			})),
			sentences: spans.map((s, i) => ({ id: ids[i], start: s.start, end: s.end, block: s.block })),
			title: {
				text: first ? text.slice(first.start, first.end) : '',
				derived: true,
				...(first ? { span: { start: first.start, end: first.end } } : {})
			},
			provenance: { kind: 'import', ...(fileName ? { source: fileName } : {}) },
			version: 1,
			userModified: false,
			importedAt: now,
			updatedAt: now
		});
	}
	const rows: AlignmentRow[] = imp.rows.map((row) => ({
		id: row.id,
		cells: {
			en: (row.cells.en ?? []).map((i) => idsByLang.en?.[i] ?? ''),
			hy: (row.cells.hy ?? []).map((i) => idsByLang.hy?.[i] ?? ''),
			ru: (row.cells.ru ?? []).map((i) => idsByLang.ru?.[i] ?? '')
		},
		status: row.status ?? 'confirmed',
		score: row.score ?? 1,
		flagged: row.flagged ?? false,
		review: row.review ?? false,
		missing: row.missing ?? [],
		notes: row.notes.map((text, i) => ({
			id: `${row.id}:n${i}`,
			text,
			createdAt: now,
			updatedAt: now
		}))
	}));
	const basis: Partial<Record<Lang, number>> = {};
	for (const lang of imp.langs) basis[lang] = 1;
	return {
		article: { id: articleId, origin: 'tmx', createdAt: now, updatedAt: now },
		renderings,
		alignment: { articleId, rows, orphanNotes: [], basis, updatedAt: now }
	};
}
