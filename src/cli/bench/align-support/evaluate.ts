/**
 * Scores an aligner on reference documents: link and bead (exact row) F1 per language pair, for
 * the pair aligned on its own and for the pair as the three-way alignment has it, and how well
 * the review threshold picks out the wrong rows.
 */
import type { IndexRow, Lang } from '../../../lib/core/types';
import { linkF1, projectRows, rowF1 } from './metrics';
import type { ReferenceDoc } from './stress';

export const PAIRS: Array<[Lang, Lang]> = [
	['en', 'hy'],
	['en', 'ru'],
	['hy', 'ru']
];

export type Aligner = (units: ReferenceDoc['units']) => IndexRow[];

export interface PairScores {
	link: number;
	bead: number;
}

export interface Evaluation {
	/** Mean over documents, per pair `en-hy` etc. */
	pairwise: Record<string, PairScores>;
	threeWay: Record<string, PairScores>;
	/** Three-way rows exactly right (all languages at once). */
	threeWayRows: number;
	rows: number;
	wrong: number;
	/** Rows under the review threshold, and how many of them are wrong. */
	flagged: number;
	flaggedWrong: number;
}

const key = (r: IndexRow, langs: readonly Lang[]) => JSON.stringify(langs.map((l) => r[l] ?? []));

/** Link and bead F1 of `rows` against `gold` between one pair, both seen through that pair. */
export function pairScores(rows: IndexRow[], gold: IndexRow[], pair: [Lang, Lang]): PairScores {
	const p = projectRows(rows, pair);
	const g = projectRows(gold, pair);
	return { link: linkF1(p, g, pair).f1, bead: rowF1(p, g, pair).f1 };
}

export function evaluate(
	docs: readonly ReferenceDoc[],
	align: Aligner,
	threshold: number,
	{ pairwise = true }: { pairwise?: boolean } = {}
): Evaluation {
	const sum = (into: Record<string, PairScores>, name: string, s: PairScores) => {
		into[name] ??= { link: 0, bead: 0 };
		into[name].link += s.link / docs.length;
		into[name].bead += s.bead / docs.length;
	};
	const out: Evaluation = {
		pairwise: {},
		threeWay: {},
		threeWayRows: 0,
		rows: 0,
		wrong: 0,
		flagged: 0,
		flaggedWrong: 0
	};
	const all: Lang[] = ['en', 'hy', 'ru'];
	for (const doc of docs) {
		const three = align(doc.units);
		const gold = new Set(doc.rows.map((r) => key(r, all)));
		for (const row of three) {
			const wrong = !gold.has(key(row, all));
			const flagged = row.score < threshold;
			out.rows++;
			if (wrong) out.wrong++;
			if (flagged) out.flagged++;
			if (wrong && flagged) out.flaggedWrong++;
		}
		out.threeWayRows += rowF1(three, doc.rows, all).f1 / docs.length;
		for (const pair of PAIRS) {
			const name = pair.join('-');
			sum(out.threeWay, name, pairScores(three, doc.rows, pair));
			if (pairwise) {
				const rows = align({ [pair[0]]: doc.units[pair[0]], [pair[1]]: doc.units[pair[1]] });
				sum(out.pairwise, name, pairScores(rows, doc.rows, pair));
			}
		}
	}
	return out;
}
