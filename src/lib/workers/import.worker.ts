/**
 * Prepares imported files off the main thread: decoding, HTML extraction, language checks,
 * segmentation and hashing of a large file must not freeze the import page.
 * Message in: { id, bytes, opts }; out: { id, prepared } or { id, error }.
 */
import {
	isImportError,
	prepareImport,
	type ImportErrorCode,
	type ImportErrorDetail
} from '$lib/core/import';
import type { PrepareImportOptions, PreparedImport } from '$lib/core/import';

export interface ImportRequest {
	id: number;
	bytes: Uint8Array;
	opts: PrepareImportOptions;
}

export type ImportResponse =
	| { id: number; prepared: PreparedImport }
	| {
			id: number;
			error: string;
			/** Set when the core refused the file: the client rebuilds the `ImportError`. */
			code?: ImportErrorCode;
			detail?: ImportErrorDetail;
	  };

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
	const { id, bytes, opts } = event.data;
	try {
		const prepared = await prepareImport(bytes, opts);
		self.postMessage({ id, prepared } satisfies ImportResponse);
	} catch (error) {
		self.postMessage({
			id,
			error: error instanceof Error ? error.message : String(error),
			...(isImportError(error) ? { code: error.code, detail: error.detail } : {})
		} satisfies ImportResponse);
	}
};
