/**
 * Import failures as values the UI can show: each code maps to the locale key
 * `import.error.<code>` (see {@link ImportError.localeKey}).
 */
import type { Lang, SingleByteEncoding } from '../types';

export type ImportErrorCode =
	/** The file has no bytes, or only whitespace. */
	| 'empty'
	/** An image, archive, PDF or other binary file (magic number, NUL bytes, control codes). */
	| 'binary'
	/** Text, but with NUL bytes in it (a damaged or concatenated file). */
	| 'nul-bytes'
	/** Neither valid UTF-8 / UTF-16 nor text in a code page the importer reads. */
	| 'invalid-encoding'
	/** Not UTF-8, and windows-1251 and windows-1252 are equally (im)plausible: the user chooses. */
	| 'unknown-encoding'
	/** Larger than `MAX_IMPORT_BYTES`. */
	| 'too-large'
	/** The text is clearly in another language than the column it is imported into. */
	| 'wrong-language'
	/** No language was given and the script of the text does not tell. */
	| 'unknown-language'
	/** Latin script, but not English (French, German, …): none of the library's languages. */
	| 'unsupported-language'
	/** Decodes fine but holds no readable text (no letters, or an HTML page without content). */
	| 'no-text';

/** Values for the localised message, e.g. "This looks like {{detected}}, not {{expected}}". */
export interface ImportErrorDetail {
	expected?: Lang;
	detected?: Lang;
	size?: number;
	limit?: number;
	/** How many NUL bytes (`nul-bytes`). */
	count?: number;
	/** The code pages to choose from (`unknown-encoding`). */
	encodings?: SingleByteEncoding[];
}

export class ImportError extends Error {
	readonly code: ImportErrorCode;
	readonly detail: ImportErrorDetail;

	constructor(code: ImportErrorCode, message?: string, detail: ImportErrorDetail = {}) {
		super(message ?? `Import failed: ${code}`);
		this.name = 'ImportError';
		this.code = code;
		this.detail = detail;
	}

	/** The locale key of the message for this error: `import.error.<code>`. */
	get localeKey(): string {
		return `import.error.${this.code}`;
	}
}

export function isImportError(value: unknown): value is ImportError {
	return value instanceof ImportError;
}
