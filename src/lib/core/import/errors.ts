/**
 * Import failures as values the UI can show: each code maps to the locale key
 * `import.error.<code>` (see {@link ImportError.localeKey}).
 */
import type { Lang } from '../types';

export type ImportErrorCode =
	/** The file has no bytes, or only whitespace. */
	| 'empty'
	/** An image, archive, PDF or other binary file (magic number or NUL bytes). */
	| 'binary'
	/** Neither valid UTF-8 / UTF-16 nor recognisable windows-1251 Russian text. */
	| 'invalid-encoding'
	/** Larger than `MAX_IMPORT_BYTES`. */
	| 'too-large'
	/** The text is clearly in another language than the column it is imported into. */
	| 'wrong-language'
	/** No language was given and the script of the text does not tell. */
	| 'unknown-language'
	/** Decodes fine but holds no readable text (no letters, or an HTML page without content). */
	| 'no-text';

/** Values for the localised message, e.g. "This looks like {{detected}}, not {{expected}}". */
export interface ImportErrorDetail {
	expected?: Lang;
	detected?: Lang;
	size?: number;
	limit?: number;
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
