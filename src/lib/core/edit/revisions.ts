/**
 * Text corrections of sentences. The imported text (`Rendering.original`) is never touched: an
 * edited sentence carries its current text in `SentenceSpan.text`, present only while it differs
 * from the original slice. Each edit yields a {@link Revision} (before, after, unified patch) so it
 * can be shown as a diff and reverted, and a revert is itself a revision: nothing is lost.
 */
import { createPatch, diffWordsWithSpace } from 'diff';
import { sentenceText } from '../rendering-record';
import type { Rendering, Revision, SentenceSpan } from '../types';
import { editError, type EditError } from './ops';
import type { NewId } from './rows';

/** The sentence as imported: a slice of the verbatim original. */
export function originalSentenceText(rendering: Rendering, sentence: SentenceSpan): string {
	return rendering.original.slice(sentence.start, sentence.end);
}

/** The sentence as the reader shows it: the translator's text if edited, else the original. */
export { sentenceText as currentSentenceText };

/**
 * The original with every edited sentence's span replaced by its current text; the original
 * itself when nothing was edited. What "export current text" writes; the verbatim original stays
 * exportable from `rendering.original`.
 */
export function renderingCurrentText(rendering: Rendering): string {
	const edited = rendering.sentences
		.filter((s) => s.text !== undefined)
		.sort((a, b) => a.start - b.start);
	if (edited.length === 0) return rendering.original;
	let out = '';
	let at = 0;
	for (const sentence of edited) {
		out += rendering.original.slice(at, sentence.start) + sentence.text;
		at = sentence.end;
	}
	return out + rendering.original.slice(at);
}

export interface WordDiffPart {
	value: string;
	added?: boolean;
	removed?: boolean;
}

/**
 * Word-level diff for display (spaces are tokens too, so joining the parts that are not `added`
 * gives `before` back and the parts not `removed` give `after`).
 * @example wordDiff('a cat', 'a dog') // [{value:'a '}, {value:'cat', removed:true}, {value:'dog', added:true}]
 */
export function wordDiff(before: string, after: string): WordDiffPart[] {
	return diffWordsWithSpace(before, after).map(({ value, added, removed }) => {
		const part: WordDiffPart = { value };
		if (added) part.added = true;
		if (removed) part.removed = true;
		return part;
	});
}

export interface RevisedSentence {
	ok: true;
	rendering: Rendering;
	revision: Revision;
}

/**
 * Sets a sentence's current text. The result's rendering has `userModified: true` and
 * `updatedAt: now`; `original` is the same string as before. Typing the original text back
 * removes the override (the sentence counts as unedited again). Refused (`sentenceNotFound`,
 * `emptyText`, `unchanged`) when the sentence does not exist, the text is blank or nothing changes.
 * @example reviseSentence(rendering, 's1a2b3c4d-0', 'Fixed text.', Date.now(), newId)
 */
export function reviseSentence(
	rendering: Rendering,
	sentenceId: string,
	newText: string,
	now: number,
	newId: NewId
): RevisedSentence | EditError {
	const index = rendering.sentences.findIndex((s) => s.id === sentenceId);
	if (index < 0) return editError('sentenceNotFound');
	if (newText.trim() === '') return editError('emptyText');
	const sentence = rendering.sentences[index];
	const before = sentenceText(rendering, sentence);
	if (newText === before) return editError('unchanged');

	const updated: SentenceSpan = { ...sentence, text: newText };
	if (newText === originalSentenceText(rendering, sentence)) delete updated.text;
	const sentences = rendering.sentences.slice();
	sentences[index] = updated;
	const revision: Revision = {
		id: newId(),
		renderingId: rendering.id,
		sentenceId,
		before,
		after: newText,
		patch: createPatch(sentenceId, before, newText),
		createdAt: now
	};
	return {
		ok: true,
		rendering: { ...rendering, sentences, userModified: true, updatedAt: now },
		revision
	};
}

/** Drops a sentence's override: back to the imported text, recorded as a revision. */
export function revertToOriginal(
	rendering: Rendering,
	sentenceId: string,
	now: number,
	newId: NewId
): RevisedSentence | EditError {
	const sentence = rendering.sentences.find((s) => s.id === sentenceId);
	if (!sentence) return editError('sentenceNotFound');
	return reviseSentence(
		rendering,
		sentenceId,
		originalSentenceText(rendering, sentence),
		now,
		newId
	);
}
