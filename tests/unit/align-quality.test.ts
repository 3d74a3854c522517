/**
 * Alignment quality against the bundled gold alignments: link F1 ≥ 0.98 on the gold itself,
 * ≥ 0.95 on stress variants (sentences dropped or joined in one language). Figures are printed
 * so a regression shows by how much.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignUnits, REVIEW_THRESHOLD } from '../../src/lib/core/align';
import { checkRows, linkF1, projectRows, rowF1 } from '../../src/cli/bench/align-support/metrics';
import {
	dropUnit,
	stressVariants,
	syntheticDoc,
	type ReferenceDoc
} from '../../src/cli/bench/align-support/stress';
import { analyze } from '../../src/lib/core/segment';
import { LANGS, type IndexRow, type Lang } from '../../src/lib/core/types';
import { goldArticles, repo } from './align-fixtures';

const articles = goldArticles();
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const rowKey = (r: IndexRow) => JSON.stringify([r.en, r.hy, r.ru]);

describe.runIf(articles.length > 0)('quality on the bundled gold', () => {
	it('reaches link F1 ≥ 0.98 on every article, with and without block structure', () => {
		const report: string[] = [];
		const links: number[] = [];
		for (const { id, doc, bare } of articles) {
			for (const [mode, ref] of [
				['blocks', doc],
				['bare', bare]
			] as const) {
				const rows = alignUnits(ref.units);
				const link = linkF1(rows, ref.rows).f1;
				const row = rowF1(rows, ref.rows).f1;
				report.push(`${id} ${mode}: link ${link.toFixed(3)} row ${row.toFixed(3)}`);
				links.push(link);
				expect(link, `${id} ${mode}`).toBeGreaterThanOrEqual(0.98);
				expect(row, `${id} ${mode}`).toBeGreaterThanOrEqual(0.95);
			}
		}
		console.log(`gold link F1, mean ${mean(links).toFixed(4)}\n${report.join('\n')}`);
		expect(mean(links)).toBeGreaterThanOrEqual(0.98);
	});

	it('aligns every pair on its own as well (two-language mode)', () => {
		for (const { id, doc } of articles) {
			for (const pair of [
				['en', 'hy'],
				['en', 'ru'],
				['hy', 'ru']
			] as Array<[Lang, Lang]>) {
				const rows = alignUnits({ [pair[0]]: doc.units[pair[0]], [pair[1]]: doc.units[pair[1]] });
				const f = linkF1(rows, projectRows(doc.rows, pair), pair).f1;
				expect(f, `${id} ${pair.join('-')}`).toBeGreaterThanOrEqual(0.98);
			}
		}
	});

	it('reaches link F1 ≥ 0.95 on stress variants, and flags most of its mistakes', () => {
		const byKind = new Map<string, number[]>();
		let right = 0;
		let rightFlagged = 0;
		let wrong = 0;
		let wrongFlagged = 0;
		for (const { id, doc, bare } of articles) {
			for (const ref of [doc, bare]) {
				for (const seed of [1, 2]) {
					for (const v of stressVariants(ref, { seed, perLang: 2, edits: 2 })) {
						expect(checkRows(v.doc.rows, sizes(v.doc)), `${id} ${v.name}`).toBeUndefined();
						const rows = alignUnits(v.doc.units);
						const kind = v.name.replace(/-\d+$/, '');
						byKind.set(kind, [...(byKind.get(kind) ?? []), linkF1(rows, v.doc.rows).f1]);
						const gold = new Set(v.doc.rows.map(rowKey));
						for (const row of rows) {
							const flagged = row.score < REVIEW_THRESHOLD;
							if (gold.has(rowKey(row))) {
								right++;
								if (flagged) rightFlagged++;
							} else {
								wrong++;
								if (flagged) wrongFlagged++;
							}
						}
					}
				}
			}
		}
		const all = [...byKind.values()].flat();
		console.log(
			`stress link F1, mean ${mean(all).toFixed(4)} over ${all.length} variants, worst ` +
				`${Math.min(...all).toFixed(3)}\n` +
				[...byKind].map(([k, v]) => `${k}: ${mean(v).toFixed(4)}`).join('\n') +
				`\nflagged for review: ${wrongFlagged}/${wrong} wrong rows, ${rightFlagged}/${right} right rows`
		);
		expect(mean(all)).toBeGreaterThanOrEqual(0.95);
		for (const [kind, values] of byKind) expect(mean(values), kind).toBeGreaterThanOrEqual(0.95);
		expect(wrongFlagged / Math.max(1, wrong)).toBeGreaterThanOrEqual(0.5);
		expect(rightFlagged / right).toBeLessThanOrEqual(0.1);
	});

	it('keeps titles and captions with their counterparts when one is missing', () => {
		for (const { id, doc } of articles) {
			for (const [lang, kind] of [
				['hy', 'title'],
				['ru', 'caption']
			] as const) {
				const at = doc.units[lang]!.findIndex((u) => u.kind === kind);
				if (at < 0) continue;
				const variant = dropUnit(doc, lang, at);
				const rows = alignUnits(variant.units);
				for (const row of rows) {
					const kinds = new Set(
						LANGS.flatMap((l) => row[l]!.map((u) => variant.units[l]![u].kind))
					);
					// No row mixes the dropped unit's kind with another kind.
					if (kinds.has(kind)) expect(kinds.size, `${id} ${lang} ${kind}`).toBe(1);
				}
				expect(linkF1(rows, variant.rows).f1, `${id} ${lang} ${kind}`).toBe(1);
			}
		}
	});

	it('reaches the same quality through the parser and segmenter', () => {
		for (const { id, gold } of articles) {
			const units = Object.fromEntries(
				LANGS.map((lang) => {
					const text = readFileSync(join(repo, 'static/corpus', id, `${lang}.txt`), 'utf8');
					const { doc, sentences } = analyze(text, lang);
					return [
						lang,
						sentences.map((s) => ({
							text: text.slice(s.start, s.end),
							kind: doc.blocks[s.block].kind,
							block: s.block
						}))
					];
				})
			);
			// Only comparable where the segmenter produced the gold's sentences.
			const same = LANGS.every(
				(l) =>
					JSON.stringify(units[l].map((u) => u.text.trim())) ===
					JSON.stringify(gold.rows.flatMap((r) => r[l] ?? []))
			);
			if (!same) continue;
			const at: Record<string, number> = { en: 0, hy: 0, ru: 0 };
			const reference = gold.rows.map((r) => {
				const row: IndexRow = { score: 1 };
				for (const l of LANGS) row[l] = (r[l] ?? []).map(() => at[l]++);
				return row;
			});
			expect(linkF1(alignUnits(units), reference).f1, id).toBeGreaterThanOrEqual(0.98);
		}
	});
});

describe('quality on synthetic documents', () => {
	it('aligns a long three-way document with splits and gaps', () => {
		const doc = syntheticDoc(1500, 11);
		const rows = alignUnits(doc.units);
		expect(checkRows(rows, sizes(doc))).toBeUndefined();
		expect(linkF1(rows, doc.rows).f1).toBeGreaterThanOrEqual(0.98);
	});
});

function sizes(doc: ReferenceDoc): Partial<Record<Lang, number>> {
	return Object.fromEntries(
		LANGS.filter((l) => doc.units[l]).map((l) => [l, doc.units[l]!.length])
	);
}
