/**
 * Aligner failures as values the UI can show: each code maps to the locale key
 * `align.error.<code>` (see {@link AlignError.localeKey}).
 */
export type AlignErrorCode =
	/** Fewer than two renderings were given. */
	| 'too-few-languages'
	/** An anchor is out of range, not contiguous, or overlaps or crosses another anchor. */
	| 'invalid-anchor';

export class AlignError extends Error {
	readonly code: AlignErrorCode;

	constructor(code: AlignErrorCode, message?: string) {
		super(message ?? `Alignment failed: ${code}`);
		this.name = 'AlignError';
		this.code = code;
	}

	/** The locale key of the message for this error: `align.error.<code>`. */
	get localeKey(): string {
		return `align.error.${this.code}`;
	}
}

export function isAlignError(value: unknown): value is AlignError {
	return value instanceof AlignError;
}
