/**
 * TMX 1.4b writer. One `<tu>` per alignment row (`tuid` = row id), one `<tuv>` per language with
 * text, holding exactly one `<seg>`: the row's sentences in that language joined by single spaces.
 * Row metadata travels as `<note>` and `<prop type="x-triptych-…">`, which CAT tools keep and
 * ignore. Output is deterministic: no clock is read, so the same input gives the same bytes.
 */
import type { Lang } from '../types';
import {
	checkLangs,
	selectRows,
	type ExportOptions,
	type ExportReport,
	type SelectedRow
} from './rows';
import { escapeXmlAttr, escapeXmlText, stripInvalidXmlChars } from './xml';

export const TMX_CREATION_TOOL = 'Triptych';
/** Written as `creationtoolversion`; bump with the TMX dialect (the `x-triptych-*` props). */
export const TMX_TOOL_VERSION = '1.0';
export const TMX_DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">';

/** `<prop type>` names of the row metadata; the importer reads the same names. */
export const TMX_PROPS = {
	status: 'x-triptych-status',
	score: 'x-triptych-score',
	flagged: 'x-triptych-flagged',
	review: 'x-triptych-review',
	missing: 'x-triptych-missing',
	/**
	 * On a `<tuv>` whose `<seg>` joins several sentences: their lengths in UTF-16 code units,
	 * space-separated (`"12 30"` = 12 units, a space, 30 units), so an import restores the split.
	 */
	sentenceLengths: 'x-triptych-sentence-lengths'
} as const;

/**
 * `<prop type>` names of a reader's report on the unit, one group per report in this order
 * (`author`, `resolved-by`, `resolved-at`, `reply` only when there is one). Each report also
 * gets a `<note>` beginning with {@link reportNotePrefix}, which the importer does not take
 * for a translator's note.
 */
export const TMX_REPORT_PROPS = {
	id: 'x-report-id',
	reason: 'x-report-reason',
	state: 'x-report-state',
	author: 'x-report-author',
	created: 'x-report-created',
	resolvedBy: 'x-report-resolved-by',
	resolvedAt: 'x-report-resolved-at',
	reply: 'x-report-reply'
} as const;

/** How a report's `<note>` begins: `[report <id>] `. */
export const reportNotePrefix = (id: string) => `[report ${id}] `;

/** A report as one line a CAT tool shows: `[report <id>] typo, open, by rita: <comment> …`. */
export function reportNote(report: ExportReport): string {
	let text = `${reportNotePrefix(report.id)}${report.reason}, ${report.state}`;
	if (report.author) text += `, by ${report.author}`;
	if (report.comment) text += `: ${report.comment}`;
	if (report.resolution?.reply) text += ` — reply: ${report.resolution.reply}`;
	return text;
}

export interface TmxOptions extends ExportOptions {
	/** `*all*` (default for three languages) or the source language (default: the first of two). */
	srclang?: Lang | '*all*';
	/**
	 * The header's `creationdate`, as TMX `YYYYMMDDThhmmssZ` or any ISO 8601 date-time. Left out
	 * when absent; pass the imported file's date to make export → import → export identical.
	 */
	creationDate?: string;
	/** `creationtoolversion`; defaults to {@link TMX_TOOL_VERSION}. */
	toolVersion?: string;
}

/**
 * Writes a TMX 1.4b document (valid against `tmx14.dtd`).
 *
 * @example
 * toTmx({
 * 	rows: [{ id: 'r1', texts: { en: ['Hello.'], hy: ['Բարև։'] }, status: 'confirmed' }],
 * 	langs: ['en', 'hy']
 * });
 */
export function toTmx(options: TmxOptions): string {
	const langs = checkLangs(options.langs);
	const srclang = options.srclang ?? (langs.length === 2 ? langs[0] : '*all*');
	if (srclang !== '*all*' && !langs.includes(srclang)) {
		throw new RangeError(`srclang ${srclang} is not one of the exported languages`);
	}
	const header: Array<[string, string]> = [
		['creationtool', TMX_CREATION_TOOL],
		['creationtoolversion', options.toolVersion ?? TMX_TOOL_VERSION],
		['segtype', 'sentence'],
		['o-tmf', TMX_CREATION_TOOL],
		['adminlang', 'en'],
		['srclang', srclang],
		['datatype', 'plaintext']
	];
	if (options.creationDate !== undefined) {
		header.push(['creationdate', toTmxDate(options.creationDate)]);
	}
	const out = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		TMX_DOCTYPE,
		'<tmx version="1.4">',
		`  <header ${header.map(([k, v]) => `${k}="${escapeXmlAttr(v)}"`).join(' ')}/>`,
		'  <body>'
	];
	for (const selected of selectRows(options.rows, langs, options.empty, stripInvalidXmlChars)) {
		writeTu(out, selected, langs);
	}
	out.push('  </body>', '</tmx>', '');
	return out.join('\n');
}

function writeTu(out: string[], { row, sentences, present }: SelectedRow, langs: readonly Lang[]) {
	out.push(`    <tu tuid="${escapeXmlAttr(row.id)}">`);
	for (const note of row.notes ?? []) {
		// An empty note would not come back from an import, so it is not written either.
		if (stripInvalidXmlChars(note) !== '') out.push(`      <note>${escapeXmlText(note)}</note>`);
	}
	const prop = (type: string, value: string) =>
		out.push(`      <prop type="${type}">${escapeXmlText(stripInvalidXmlChars(value))}</prop>`);
	for (const report of row.reports ?? []) {
		out.push(`      <note>${escapeXmlText(stripInvalidXmlChars(reportNote(report)))}</note>`);
		prop(TMX_REPORT_PROPS.id, report.id);
		prop(TMX_REPORT_PROPS.reason, report.reason);
		prop(TMX_REPORT_PROPS.state, report.state);
		if (report.author) prop(TMX_REPORT_PROPS.author, report.author);
		prop(TMX_REPORT_PROPS.created, toTmxDate(new Date(report.createdAt).toISOString()));
		if (report.resolution) {
			if (report.resolution.by) prop(TMX_REPORT_PROPS.resolvedBy, report.resolution.by);
			prop(TMX_REPORT_PROPS.resolvedAt, toTmxDate(new Date(report.resolution.at).toISOString()));
			if (report.resolution.reply) prop(TMX_REPORT_PROPS.reply, report.resolution.reply);
		}
	}
	if (row.status !== undefined) prop(TMX_PROPS.status, row.status);
	if (row.score !== undefined && Number.isFinite(row.score))
		prop(TMX_PROPS.score, String(row.score));
	if (row.flagged !== undefined) prop(TMX_PROPS.flagged, String(row.flagged));
	if (row.review !== undefined) prop(TMX_PROPS.review, String(row.review));
	const missing = (row.missing ?? []).filter((l) => langs.includes(l));
	if (missing.length > 0) prop(TMX_PROPS.missing, missing.join(' '));
	for (const lang of present) {
		const list = sentences[lang] ?? [];
		out.push(`      <tuv xml:lang="${lang}">`);
		if (list.length > 1) {
			const lengths = list.map((s) => s.length).join(' ');
			out.push(`        <prop type="${TMX_PROPS.sentenceLengths}">${lengths}</prop>`);
		}
		out.push(`        <seg>${escapeXmlText(list.join(' '))}</seg>`, '      </tuv>');
	}
	out.push('    </tu>');
}

/**
 * Normalises a date to TMX's `YYYYMMDDThhmmssZ` (UTC).
 * `toTmxDate('2024-01-11T10:20:30.000Z')` → `'20240111T102030Z'`
 */
export function toTmxDate(value: string): string {
	if (/^\d{8}T\d{6}Z$/.test(value)) return value;
	const date = new Date(value);
	if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
		throw new RangeError(`Not a date: ${value}`);
	}
	return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}
