/**
 * Test material for the aligner: reference documents built from gold alignment files, stress
 * variants of them (sentences dropped from, or joined in, one language, with the reference rows
 * updated to match), and synthetic three-way documents of any length.
 */
import { LANGS, type Block, type IndexRow, type Lang } from '../../../lib/core/types';
import type { AlignUnit } from '../../../lib/core/align/features';
import { NEWS_LEXICON } from '../../../lib/core/align/lexicon';

/** Units per language plus the rows that align them correctly. */
export interface ReferenceDoc {
	units: Partial<Record<Lang, AlignUnit[]>>;
	rows: IndexRow[];
}

/** A gold alignment file (`tests/fixtures/gold/<id>.json`): sentence texts per row. */
export interface GoldFile {
	article?: string;
	rows: Array<Partial<Record<Lang, string[]>>>;
}

/** Where a rendering's sentences sit: its text and parsed blocks (kind and extent). */
export interface Layout {
	text: string;
	blocks: readonly Block[];
}

/**
 * The units and reference rows of a gold file: units are the gold cells in order. With the
 * renderings' layouts, units also get their block and kind (each gold sentence is found in its
 * text, after the previous one).
 */
export function referenceFromGold(
	gold: GoldFile,
	layouts: Partial<Record<Lang, Layout>> = {}
): ReferenceDoc {
	const langs = LANGS.filter((l) => gold.rows.some((r) => r[l] !== undefined));
	const units: Partial<Record<Lang, AlignUnit[]>> = {};
	const cursor: Partial<Record<Lang, number>> = {};
	for (const lang of langs) {
		units[lang] = [];
		cursor[lang] = 0;
	}
	const rows = gold.rows.map((cells) => {
		const row: IndexRow = { score: 1 };
		for (const lang of langs) {
			row[lang] = (cells[lang] ?? []).map((text) => {
				const unit: AlignUnit = { text };
				const layout = layouts[lang];
				if (layout) {
					const at = layout.text.indexOf(text, cursor[lang]);
					if (at >= 0) {
						cursor[lang] = at + text.length;
						const block = layout.blocks.findIndex((b) => b.start <= at && at < b.end);
						if (block >= 0) {
							unit.block = block;
							unit.kind = layout.blocks[block].kind;
						}
					}
				}
				units[lang]!.push(unit);
				return units[lang]!.length - 1;
			});
		}
		return row;
	});
	return { units, rows };
}

/** A small deterministic PRNG (mulberry32), so stress variants are the same on every run. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function rowOf(rows: IndexRow[], lang: Lang, unit: number): number {
	return rows.findIndex((r) => (r[lang] ?? []).includes(unit));
}

function renumber(doc: ReferenceDoc, lang: Lang, from: number, by: number): void {
	for (const row of doc.rows) row[lang] = (row[lang] ?? []).map((u) => (u >= from ? u + by : u));
}

function clone(doc: ReferenceDoc): ReferenceDoc {
	const units: Partial<Record<Lang, AlignUnit[]>> = {};
	for (const lang of LANGS)
		if (doc.units[lang]) units[lang] = doc.units[lang]!.map((u) => ({ ...u }));
	return {
		units,
		rows: doc.rows.map((r) => ({
			...r,
			en: r.en && [...r.en],
			hy: r.hy && [...r.hy],
			ru: r.ru && [...r.ru]
		}))
	};
}

/** The document with unit `unit` of `lang` removed (a sentence the translator left out). */
export function dropUnit(doc: ReferenceDoc, lang: Lang, unit: number): ReferenceDoc {
	const out = clone(doc);
	out.units[lang]!.splice(unit, 1);
	const r = rowOf(out.rows, lang, unit);
	const row = out.rows[r];
	row[lang] = row[lang]!.filter((u) => u !== unit);
	const left = LANGS.filter((l) => (row[l] ?? []).length > 0);
	const n = left.length ? row[left[0]]!.length : 0;
	if (n === 0) out.rows.splice(r, 1);
	else if (n > 1 && left.every((l) => row[l]!.length === n)) {
		// What is left pairs up one to one (a 2-2-1 row that lost its 1): the reference becomes
		// the 1-1 rows a correct aligner gives, as translators keep sentence order.
		const parts = Array.from({ length: n }, (_, k) => {
			const part: IndexRow = { score: 1 };
			for (const l of LANGS)
				if (row[l] !== undefined) part[l] = left.includes(l) ? [row[l]![k]] : [];
			return part;
		});
		out.rows.splice(r, 1, ...parts);
	}
	renumber(out, lang, unit + 1, -1);
	return out;
}

/**
 * The document with units `unit` and `unit + 1` of `lang` joined into one (a translator merging
 * two sentences). Their rows, and any rows between them, become one reference row.
 */
export function joinUnits(doc: ReferenceDoc, lang: Lang, unit: number): ReferenceDoc {
	const out = clone(doc);
	const list = out.units[lang]!;
	list.splice(unit, 2, { ...list[unit], text: `${list[unit].text} ${list[unit + 1].text}` });
	const first = rowOf(out.rows, lang, unit);
	const last = rowOf(out.rows, lang, unit + 1);
	const merged: IndexRow = { score: 1 };
	for (const l of LANGS) {
		if (out.rows.some((r) => r[l] !== undefined)) {
			merged[l] = out.rows.slice(first, last + 1).flatMap((r) => r[l] ?? []);
		}
	}
	merged[lang] = merged[lang]!.filter((u) => u !== unit + 1);
	out.rows.splice(first, last - first + 1, merged);
	renumber(out, lang, unit + 2, -1);
	return out;
}

function joinedRowFits(doc: ReferenceDoc, lang: Lang, unit: number): boolean {
	const first = rowOf(doc.rows, lang, unit);
	const last = rowOf(doc.rows, lang, unit + 1);
	return LANGS.every((l) => {
		let count = 0;
		for (let r = first; r <= last; r++) count += doc.rows[r][l]?.length ?? 0;
		return count - (l === lang ? 1 : 0) <= 3;
	});
}

export interface StressVariant {
	name: string;
	doc: ReferenceDoc;
}

/**
 * Stress variants of a reference document: for each language, `perLang` variants that drop
 * `edits` random sentences, and as many that join `edits` random pairs of adjacent sentences of
 * the same block. Deterministic for a given seed.
 */
export function stressVariants(
	doc: ReferenceDoc,
	{ seed = 1, perLang = 3, edits = 2 }: { seed?: number; perLang?: number; edits?: number } = {}
): StressVariant[] {
	const rand = random(seed);
	const out: StressVariant[] = [];
	const langs = LANGS.filter((l) => doc.units[l]);
	for (const lang of langs) {
		for (let v = 0; v < perLang; v++) {
			let dropped = doc;
			for (let e = 0; e < edits && dropped.units[lang]!.length > 1; e++) {
				dropped = dropUnit(dropped, lang, Math.floor(rand() * dropped.units[lang]!.length));
			}
			out.push({ name: `${lang}-drop-${v}`, doc: dropped });
			let joined = doc;
			for (let e = 0; e < edits; e++) {
				const units = joined.units[lang]!;
				// Joins stay within a block and never make a reference row longer than three units
				// in any language (the aligner's longest group).
				const candidates = units
					.map((_, i) => i)
					.filter(
						(i) =>
							i + 1 < units.length &&
							units[i].block === units[i + 1].block &&
							joinedRowFits(joined, lang, i)
					);
				if (!candidates.length) break;
				joined = joinUnits(joined, lang, candidates[Math.floor(rand() * candidates.length)]);
			}
			out.push({ name: `${lang}-join-${v}`, doc: joined });
		}
	}
	return out;
}

// Pseudo-words for synthetic documents: one form per language for each id, so renderings share
// structure. Every third word is a real lexicon word, which gives the scorer about as much lexical
// evidence per sentence as real news text has.
const SYLLABLES: Record<Lang, string[]> = {
	en: ['ta', 'ri', 'mon', 'sel', 'ka', 'dor', 'pe', 'lin', 'vu', 'gar', 'sto', 'ne'],
	hy: ['տա', 'րի', 'մոն', 'սել', 'կա', 'դոր', 'պե', 'լին', 'վու', 'գար', 'ստո', 'նե'],
	ru: ['та', 'ри', 'мон', 'сел', 'ка', 'дор', 'пе', 'лин', 'ву', 'гар', 'сто', 'не']
};

const NAMES: Record<Lang, string[]> = {
	en: ['Pashinyan', 'Tokayev', 'Zas', 'Putin', 'Almaty', 'Mkrtchyan'],
	hy: ['Փաշինյանը', 'Տոկաևը', 'Զասը', 'Պուտինը', 'Ալմաթիում', 'Մկրտչյանը'],
	ru: ['Пашинян', 'Токаева', 'Зась', 'Путину', 'Алматы', 'Мкртчян']
};

function syntheticWord(lang: Lang, id: number): string {
	const entry = NEWS_LEXICON.entries[id % NEWS_LEXICON.entries.length];
	const stem = entry[lang]?.[0];
	if (id % 3 === 0 && stem) return stem.replace('$', '');
	const syl = SYLLABLES[lang];
	return syl[id % 12] + syl[(id >> 4) % 12] + (id % 2 ? syl[(id >> 8) % 12] : '');
}

/**
 * A synthetic three-way document of `n` English sentences: 5-35 words each, with shared names
 * and numbers; the Armenian and Russian renderings are 10 % and 5 % longer give or take 10 %,
 * and occasionally split a sentence in two (3 %) or leave one out (1 %). Paragraphs average four
 * sentences. The reference rows are exact.
 */
export function syntheticDoc(n: number, seed = 7): ReferenceDoc {
	const rand = random(seed);
	const units: Record<Lang, AlignUnit[]> = { en: [], hy: [], ru: [] };
	const rows: IndexRow[] = [];
	const ratio: Record<Lang, number> = { en: 1, hy: 1.1, ru: 1.05 };
	let block = 0;
	for (let k = 0; k < n; k++) {
		if (rand() < 0.25) block++;
		const length = 5 + Math.floor(rand() * 30);
		const ids = Array.from({ length: Math.ceil(length * 1.3) }, () => Math.floor(rand() * 4096));
		const number = rand() < 0.3 ? String(Math.floor(rand() * 3000)) : '';
		const name = rand() < 0.4 ? Math.floor(rand() * NAMES.en.length) : -1;
		const event = rand();
		const split: Lang | undefined = event < 0.015 ? 'hy' : event < 0.03 ? 'ru' : undefined;
		const drop: Lang | undefined = event > 0.995 ? 'hy' : event > 0.99 ? 'ru' : undefined;
		const row: IndexRow = { score: 1, en: [], hy: [], ru: [] };
		for (const lang of LANGS) {
			if (lang === drop) continue;
			const target = Math.max(3, Math.round(length * ratio[lang] * (0.9 + rand() * 0.2)));
			const words = ids.slice(0, target).map((id) => syntheticWord(lang, id));
			if (number) words.splice(1, 0, number);
			if (name >= 0) words.unshift(NAMES[lang][name]);
			const parts =
				lang === split ? [words.slice(0, target >> 1), words.slice(target >> 1)] : [words];
			for (const part of parts) {
				const text = part.join(' ') + '.';
				units[lang].push({ text: text[0].toUpperCase() + text.slice(1), block });
				row[lang]!.push(units[lang].length - 1);
			}
		}
		rows.push(row);
	}
	return { units, rows };
}

/** The document with a line only `lang` has (a photo credit, say) put before its unit `unit`. */
export function insertUnit(
	doc: ReferenceDoc,
	lang: Lang,
	unit: number,
	text: string
): ReferenceDoc {
	const out = clone(doc);
	out.units[lang]!.splice(unit, 0, { text });
	renumber(out, lang, unit, 1);
	const row: IndexRow = { score: 1 };
	for (const l of LANGS) if (out.units[l]) row[l] = l === lang ? [unit] : [];
	const before = out.rows.findIndex((r) => (r[lang] ?? []).some((u) => u > unit));
	out.rows.splice(before < 0 ? out.rows.length : before, 0, row);
	return out;
}

/** Documents run back to back, as a feed or a long page gives them. */
export function concatDocs(docs: readonly ReferenceDoc[]): ReferenceDoc {
	const langs = LANGS.filter((l) => docs.every((d) => d.units[l]));
	const units: Partial<Record<Lang, AlignUnit[]>> = {};
	const rows: IndexRow[] = [];
	for (const l of langs) units[l] = [];
	for (const doc of docs) {
		const base = Object.fromEntries(langs.map((l) => [l, units[l]!.length]));
		for (const l of langs) units[l]!.push(...doc.units[l]!.map((u) => ({ ...u })));
		for (const r of doc.rows) {
			const row: IndexRow = { score: r.score };
			for (const l of langs) row[l] = (r[l] ?? []).map((u) => u + base[l]);
			rows.push(row);
		}
	}
	return { units, rows };
}
