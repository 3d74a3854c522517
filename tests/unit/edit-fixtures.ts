/**
 * Builders shared by the translator-mode tests. Rows are written the way a translator reads
 * them: `'e1 e2 | h1 | r1 r2'` is one row with its English, Armenian and Russian sentence ids
 * (`-` for an empty cell).
 */
import fc from 'fast-check';
import { sentenceIds } from '../../src/lib/core/hash';
import {
	LANGS,
	type AlignmentRow,
	type Lang,
	type Note,
	type Rendering,
	type SentenceSpan
} from '../../src/lib/core/types';
import type { SentenceIdsByLang } from '../../src/lib/core/edit';

export function parseCells(spec: string): Record<Lang, string[]> {
	const parts = spec.split('|').map((p) => p.trim());
	const cell = (p: string | undefined) => (!p || p === '-' ? [] : p.split(/\s+/));
	return { en: cell(parts[0]), hy: cell(parts[1]), ru: cell(parts[2]) };
}

/** One row from a spec; id defaults to `row:<first sentence>`. */
export function row(spec: string, extra: Partial<AlignmentRow> = {}): AlignmentRow {
	const cells = parseCells(spec);
	const first = LANGS.map((l) => cells[l][0]).find(Boolean) ?? 'empty';
	return {
		id: `row:${first}`,
		cells,
		status: 'auto',
		score: 0.8,
		flagged: false,
		review: false,
		missing: [],
		notes: [],
		...extra
	};
}

export function rows(...specs: string[]): AlignmentRow[] {
	return specs.map((spec) => row(spec));
}

/** The rows back as specs, to compare whole alignments at a glance. */
export function show(list: readonly AlignmentRow[]): string[] {
	return list.map((r) =>
		LANGS.map((l) => (r.cells[l].length ? r.cells[l].join(' ') : '-')).join(' | ')
	);
}

/** Sentence ids per language in the order the rows hold them (valid rows = document order). */
export function idsOf(list: readonly AlignmentRow[]): SentenceIdsByLang {
	const ids: Record<Lang, string[]> = { en: [], hy: [], ru: [] };
	for (const r of list) for (const l of LANGS) ids[l].push(...r.cells[l]);
	return ids;
}

export function note(id: string, text = `note ${id}`, at = 1): Note {
	return { id, text, createdAt: at, updatedAt: at };
}

/** Deterministic ids: `prefix1`, `prefix2`, … */
export function counter(prefix = 'new'): () => string {
	let n = 0;
	return () => `${prefix}${++n}`;
}

export function allNoteIds(list: readonly AlignmentRow[]): string[] {
	return list.flatMap((r) => r.notes.map((n) => n.id)).sort();
}

/**
 * Random valid alignments: up to 7 sentences per language scattered over up to 8 rows in order,
 * with random status, score, flags, review marks, missing marks (on empty cells) and notes.
 */
export const arbAlignment: fc.Arbitrary<AlignmentRow[]> = fc
	.record({
		rowCount: fc.integer({ min: 1, max: 8 }),
		picks: fc.record({
			en: fc.array(fc.nat(), { maxLength: 7 }),
			hy: fc.array(fc.nat(), { maxLength: 7 }),
			ru: fc.array(fc.nat(), { maxLength: 7 })
		}),
		extras: fc.array(
			fc.record({
				confirmed: fc.boolean(),
				score: fc.double({ min: 0, max: 1, noNaN: true }),
				flagged: fc.boolean(),
				review: fc.boolean(),
				notes: fc.nat({ max: 2 }),
				missing: fc.subarray([...LANGS])
			}),
			{ minLength: 8, maxLength: 8 }
		)
	})
	.map(({ rowCount, picks, extras }) => {
		const cells = Array.from(
			{ length: rowCount },
			() => ({ en: [], hy: [], ru: [] }) as Record<Lang, string[]>
		);
		for (const l of LANGS) {
			const slots = picks[l].map((p) => p % rowCount).sort((a, b) => a - b);
			slots.forEach((slot, i) => cells[slot][l].push(`${l[0]}${i + 1}`));
		}
		let noteNo = 0;
		return cells
			.filter((c) => LANGS.some((l) => c[l].length > 0))
			.map((c, r): AlignmentRow => {
				const x = extras[r];
				return {
					id: `row${r}`,
					cells: c,
					status: x.confirmed ? 'confirmed' : 'auto',
					score: x.score,
					flagged: x.flagged,
					review: x.review,
					missing: x.missing.filter((l) => c[l].length === 0),
					notes: Array.from({ length: x.notes }, () => note(`n${++noteNo}`))
				};
			});
	})
	.filter((list) => list.length > 0);

/**
 * A rendering whose text is `texts` joined into paragraphs (`''` starts a new paragraph), with
 * absolute spans and ids from `sentenceIds`, as the import pipeline would produce them.
 */
export function makeRendering(
	lang: Lang,
	texts: string[],
	extra: Partial<Rendering> = {}
): Rendering {
	const { original, sentences } = layout(texts);
	return {
		id: `art:${lang}`,
		articleId: 'art',
		lang,
		original,
		encoding: 'utf-8',
		sha256: 'x',
		blocks: [],
		sentences,
		title: { text: texts[0] ?? '', derived: true },
		provenance: { kind: 'import' },
		version: 1,
		userModified: false,
		importedAt: 1,
		updatedAt: 1,
		...extra
	};
}

/** Lays sentence texts out as one text: the text plus absolute spans (ids from `sentenceIds`). */
export function layout(texts: string[]): { original: string; sentences: SentenceSpan[] } {
	let original = '';
	let block = 0;
	const found: Array<{ start: number; end: number; block: number; text: string }> = [];
	for (const text of texts) {
		if (text === '') {
			original += '\n\n';
			block++;
			continue;
		}
		if (original && !original.endsWith('\n')) original += ' ';
		found.push({ start: original.length, end: original.length + text.length, block, text });
		original += text;
	}
	const idList = sentenceIds(found.map((f) => f.text));
	return {
		original: original + '\n',
		sentences: found.map((f, i) => ({ id: idList[i], start: f.start, end: f.end, block: f.block }))
	};
}
