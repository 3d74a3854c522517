/**
 * Gold alignments of the bundled library as aligner input: units are the gold sentences in
 * order, with blocks and kinds from the parser, so tests measure the aligner alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	referenceFromGold,
	type GoldFile,
	type Layout,
	type ReferenceDoc
} from '../../src/cli/bench/align-support/stress';
import { parseDocument } from '../../src/lib/core/parse';
import { LANGS, type Lang } from '../../src/lib/core/types';

export const repo = resolve(import.meta.dirname, '../..');
const goldDir = join(repo, 'tests/fixtures/gold');

export interface GoldArticle {
	id: string;
	gold: GoldFile;
	/** With blocks and kinds, as the app aligns. */
	doc: ReferenceDoc;
	/** Bare sentences, as `--lines` input gives. */
	bare: ReferenceDoc;
}

export function goldArticles(): GoldArticle[] {
	if (!existsSync(goldDir)) return [];
	return readdirSync(goldDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const id = f.slice(0, -5);
			const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile;
			const layouts: Partial<Record<Lang, Layout>> = {};
			for (const lang of LANGS) {
				const file = join(repo, 'static/corpus', id, `${lang}.txt`);
				if (!existsSync(file)) continue;
				const text = readFileSync(file, 'utf8');
				layouts[lang] = { text, blocks: parseDocument(text, lang).blocks };
			}
			return { id, gold, doc: referenceFromGold(gold, layouts), bare: referenceFromGold(gold) };
		});
}
