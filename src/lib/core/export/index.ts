/**
 * Export API: alignment rows → TMX 1.4b, TSV or JSON text. Pure; the caller saves the result.
 *
 * @example
 * const rows = rowsFromAlignment(renderings, alignment);
 * const file = exportAlignment('tmx', { rows, langs: ['en', 'hy'], empty: 'skip' });
 * // file.text, file.mimeType, file.extension ('tmx')
 */
import { toJson } from './json';
import type { ExportOptions } from './rows';
import { toTmx, type TmxOptions } from './tmx';
import { toTsv } from './tsv';

export * from './json';
export * from './rows';
export * from './tmx';
export * from './tsv';
export * from './xml';

export const EXPORT_FORMATS = ['tmx', 'tsv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
	return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportedFile {
	text: string;
	mimeType: string;
	extension: ExportFormat;
}

const MIME_TYPES: Record<ExportFormat, string> = {
	tmx: 'application/x-tmx+xml',
	tsv: 'text/tab-separated-values',
	json: 'application/json'
};

/** One entry point for the UI and the CLI; `srclang` and `creationDate` only affect TMX. */
export function exportAlignment(format: ExportFormat, options: TmxOptions): ExportedFile {
	const writers: Record<ExportFormat, (o: ExportOptions) => string> = {
		tmx: () => toTmx(options),
		tsv: toTsv,
		json: toJson
	};
	return { text: writers[format](options), mimeType: MIME_TYPES[format], extension: format };
}
