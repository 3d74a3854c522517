/**
 * Persisting translator work. An editor snapshot is the article's rows plus the current text of
 * every edited sentence; moving from one snapshot to another (an edit, an undo, a redo) writes
 * the difference in one transaction: the rows, and a revision per sentence whose text changed.
 */
import {
	carryEdits,
	mapReimport,
	revertToOriginal,
	reviseSentence,
	type ReimportReport,
	type RevisedSentence,
	type UncarriedEdit
} from '$lib/core/edit';
import type { PreparedImport } from '$lib/core/import';
import type { Alignment, AlignmentRow, Lang, Rendering } from '$lib/core/types';
import { LANGS } from '$lib/core/types';
import { renderingId } from '$lib/core/rendering';
import type { TriptychDB } from './schema';

export interface EditorSnapshot {
	rows: readonly AlignmentRow[];
	/** Current text of each edited sentence, keyed `${lang}:${sentenceId}`; absent = original. */
	texts: Readonly<Record<string, string>>;
}

export function textKey(lang: Lang, sentenceId: string): string {
	return `${lang}:${sentenceId}`;
}

export function snapshotOf(
	alignment: Alignment,
	renderings: Partial<Record<Lang, Rendering>>
): EditorSnapshot {
	const texts: Record<string, string> = {};
	for (const lang of LANGS) {
		for (const s of renderings[lang]?.sentences ?? []) {
			if (s.text !== undefined) texts[textKey(lang, s.id)] = s.text;
		}
	}
	return { rows: alignment.rows, texts };
}

const newId = () => `v-${crypto.randomUUID()}`;

/** Writes `to` over the stored state that `from` describes. Returns the alignment's new `updatedAt`. */
export async function writeSnapshot(
	db: TriptychDB,
	articleId: string,
	from: EditorSnapshot,
	to: EditorSnapshot,
	now = Date.now()
): Promise<number> {
	const changedTexts = [...new Set([...Object.keys(from.texts), ...Object.keys(to.texts)])].filter(
		(key) => from.texts[key] !== to.texts[key]
	);
	await db.transaction(
		'rw',
		[db.alignments, db.renderings, db.revisions, db.articles],
		async () => {
			// `updatedAt` moves with text-only edits too: it is the version editor sessions compare.
			const changes =
				from.rows !== to.rows ? { rows: [...to.rows], updatedAt: now } : { updatedAt: now };
			const updated = await db.alignments.update(articleId, changes);
			if (updated === 0) throw new Error(`No alignment stored for ${articleId}`);
			for (const key of changedTexts) {
				const [lang, sentenceId] = key.split(/:(.*)/s) as [Lang, string];
				const id = renderingId(articleId, lang);
				const rendering = await db.renderings.get(id);
				if (!rendering) continue;
				const target = to.texts[key];
				const result =
					target === undefined
						? revertToOriginal(rendering, sentenceId, now, newId)
						: reviseSentence(rendering, sentenceId, target, now, newId);
				if (!result.ok) continue;
				const { rendering: next, revision } = result as RevisedSentence;
				await db.renderings.put(next);
				await db.revisions.add(revision);
			}
			await db.articles.update(articleId, { updatedAt: now });
		}
	);
	return now;
}

export interface ReimportResult {
	report?: ReimportReport;
	notCarried: UncarriedEdit[];
}

/**
 * Replaces a rendering with a newer version of the same text (the site updated the article),
 * keeping the translator's work: unchanged sentences keep their rows, status, notes and text
 * corrections; changed rows are marked for review; notes on vanished rows become orphan notes.
 * One transaction; the accepted bundled offer, if any, is removed with it.
 */
export async function reimportRendering(
	db: TriptychDB,
	articleId: string,
	prepared: Pick<
		PreparedImport,
		'text' | 'encoding' | 'originalBytes' | 'sha256' | 'doc' | 'sentences'
	>,
	lang: Lang,
	now = Date.now()
): Promise<ReimportResult> {
	const id = renderingId(articleId, lang);
	return db.transaction('rw', [db.renderings, db.alignments, db.offers, db.articles], async () => {
		const old = await db.renderings.get(id);
		if (!old) throw new Error(`No ${lang} rendering in ${articleId}`);
		const version = old.version + 1;
		const next = { original: prepared.text, sentences: prepared.sentences, version };
		const carried = carryEdits(old, next);
		const alignment = await db.alignments.get(articleId);
		let report: ReimportReport | undefined;
		if (alignment) {
			const mapped = mapReimport(
				{ rendering: old, alignment },
				{ ...next, sentences: carried.sentences },
				{ newId: () => `r-${crypto.randomUUID()}`, now }
			);
			report = mapped.report;
			await db.alignments.put({ ...mapped.alignment, updatedAt: now });
		}
		const updated: Rendering = {
			...old,
			original: prepared.text,
			encoding: prepared.encoding,
			sha256: prepared.sha256,
			blocks: prepared.doc.blocks,
			sentences: carried.sentences,
			title: prepared.doc.title,
			version,
			userModified: true,
			updatedAt: now
		};
		delete updated.originalBytes;
		if (prepared.originalBytes) updated.originalBytes = prepared.originalBytes;
		delete updated.date;
		if (prepared.doc.date) updated.date = prepared.doc.date;
		await db.renderings.put(updated);
		await db.offers.delete(id);
		await db.articles.update(articleId, { updatedAt: now });
		return { report, notCarried: carried.notCarried };
	});
}
