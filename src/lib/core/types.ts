/**
 * The domain model shared by the core pipeline, the database and the UI.
 *
 * Data flows one way: raw text → {@link ParsedDocument} (blocks) → {@link SentenceSpan}s →
 * {@link AlignmentRow}s → views and exports. A {@link Rendering} stores its imported text
 * verbatim; every structure is a pair of UTF-16 offsets into that text, so exporting the original
 * gives back the exact bytes and nothing is ever rebuilt from pieces.
 */

/** The three languages of the library, in their canonical column order. */
export const LANGS = ['en', 'hy', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A half-open range `[start, end)` of UTF-16 code units in a rendering's verbatim text. */
export interface Span {
	start: number;
	end: number;
}

/**
 * What a block of the source is. `header` is the site's accessibility-links line
 * ("Մատչելիության հղումներ"): shown once, never translated, normalised, segmented or aligned.
 * `chrome` is site furniture such as the `XS SM MD LG` font-size buttons: kept, never shown as text.
 */
export type BlockKind =
	'header' | 'dateline' | 'title' | 'caption' | 'subheading' | 'paragraph' | 'chrome';

/** Block kinds whose text is segmented into sentences and aligned. */
export const TEXT_BLOCK_KINDS: readonly BlockKind[] = [
	'title',
	'caption',
	'subheading',
	'paragraph'
];

export interface Block extends Span {
	kind: BlockKind;
	/**
	 * For a caption printed twice (caption + alt text), the span of the first copy: only that one
	 * is shown and segmented, while `start..end` covers both lines of the original.
	 */
	content?: Span;
	/** ISO date (`YYYY-MM-DD`) carried by a dateline block. */
	date?: string;
}

/** Result of parsing one raw text. */
export interface ParsedDocument {
	blocks: Block[];
	/** The article title: from a title block, or derived from the first sentence when absent. */
	title: { text: string; derived: boolean; span?: Span };
	/** ISO date from a dateline, when the source has one. */
	date?: string;
}

/**
 * One sentence of a rendering. `id` is stable across re-segmentation and re-imports that do not
 * touch the sentence, so alignment rows, notes and revisions can refer to it.
 */
export interface SentenceSpan extends Span {
	id: string;
	/** Index of the block (in {@link ParsedDocument.blocks}) this sentence belongs to. */
	block: number;
	/** The translator-corrected text, when the sentence has been edited (see {@link Revision}). */
	text?: string;
}

/** How a rendering came to be; shown by the reader. */
export interface Provenance {
	kind: 'original' | 'sample-translation' | 'import';
	/** Free text such as "Translated for the sample library, not an official translation". */
	note?: string;
	/** Where the original came from (site or file name). */
	source?: string;
	/** ISO date of the rendering (translation or scrape). */
	date?: string;
}

/** Character encodings the importer detects; the original bytes are re-created from them. */
export type SourceEncoding =
	'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** The code pages a user can choose between when the importer cannot tell them apart. */
export type SingleByteEncoding = Extract<SourceEncoding, 'windows-1251' | 'windows-1252'>;

/** One language version of an article, exactly as imported. */
export interface Rendering {
	/** `${articleId}:${lang}` */
	id: string;
	articleId: string;
	lang: Lang;
	/** The verbatim decoded text (a UTF-8 BOM, if any, is kept as U+FEFF). Never normalised. */
	original: string;
	encoding: SourceEncoding;
	/** The imported bytes, kept only when they cannot be re-created from `original` (UTF-16, 1251). */
	originalBytes?: Uint8Array;
	/** Hex SHA-256 of the imported bytes. */
	sha256: string;
	blocks: Block[];
	sentences: SentenceSpan[];
	title: ParsedDocument['title'];
	date?: string;
	provenance: Provenance;
	/** Increments on every re-import of a newer version of the same rendering. */
	version: number;
	/** For renderings seeded from the bundled library: which bundled file and its hash. */
	bundled?: { file: string; sha256: string };
	/** True once the user changed the rendering (text edit or re-import). Seeding never overwrites it. */
	userModified: boolean;
	importedAt: number;
	updatedAt: number;
}

export interface Article {
	id: string;
	/** Where the article came from. */
	origin: 'bundled' | 'import' | 'tmx' | 'backup';
	createdAt: number;
	updatedAt: number;
}

export type RowStatus = 'auto' | 'confirmed';

export interface Note {
	id: string;
	text: string;
	createdAt: number;
	updatedAt: number;
}

/**
 * One row of a three-way alignment: zero or more sentence ids per language. Rows are kept in
 * document order and together hold every sentence of every rendering exactly once.
 */
export interface AlignmentRow {
	id: string;
	cells: Record<Lang, string[]>;
	status: RowStatus;
	/** The aligner's confidence in [0, 1]; 1 for rows a translator made by hand. */
	score: number;
	flagged: boolean;
	/** Marked for review: low confidence, or touched by a re-import. */
	review: boolean;
	/** Languages a translator marked as "translation missing" in this row. */
	missing: Lang[];
	notes: Note[];
}

/** The alignment of one article, stored as one document so an edit is one atomic write. */
export interface Alignment {
	articleId: string;
	rows: AlignmentRow[];
	/** Notes whose sentences disappeared in a re-import: kept and shown, never dropped. */
	orphanNotes: Array<Note & { formerText: string; lang: Lang }>;
	/** Which rendering versions the rows were computed against. */
	basis: Partial<Record<Lang, number>>;
	updatedAt: number;
	/**
	 * The compare-and-set counter of the stored alignment: every write checks it and adds one.
	 * Set by the database (absent on alignments the core builds and in backup files).
	 */
	rev?: number;
}

/** One correction of a sentence's text, kept so it can be viewed as a diff and reverted. */
export interface Revision {
	id: string;
	renderingId: string;
	sentenceId: string;
	/** Text before and after the edit; `patch` is a unified diff made with the `diff` package. */
	before: string;
	after: string;
	patch: string;
	createdAt: number;
}

/** A newer bundled version of a rendering the user has changed: offered, never forced. */
export interface BundledOffer {
	renderingId: string;
	file: string;
	sha256: string;
	text: string;
	offeredAt: number;
}

/** Rows as the aligner returns them: 0-based unit indices per language plus a confidence. */
export interface IndexRow {
	en?: number[];
	hy?: number[];
	ru?: number[];
	score: number;
}
