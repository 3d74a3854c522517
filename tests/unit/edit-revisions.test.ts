import { applyPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import {
	currentSentenceText,
	originalSentenceText,
	renderingCurrentText,
	revertToOriginal,
	reviseSentence,
	wordDiff,
	type EditError,
	type RevisedSentence
} from '../../src/lib/core/edit';
import { counter, makeRendering } from './edit-fixtures';

const ru = makeRendering('ru', ['Президент выступил.', 'Он сказал «нет».', '', 'Конец статьи.']);
const [first, second, third] = ru.sentences;

function done(result: RevisedSentence | EditError): RevisedSentence {
	if (!result.ok) throw new Error(`refused: ${result.code}`);
	return result;
}

describe('fixing a sentence’s text', () => {
	it('shows the corrected text while the imported text stays as it was', () => {
		const { rendering } = done(
			reviseSentence(ru, second.id, 'Он сказал: «нет».', 50, counter('rev'))
		);
		expect(rendering.original).toBe(ru.original);
		expect(currentSentenceText(rendering, rendering.sentences[1])).toBe('Он сказал: «нет».');
		expect(originalSentenceText(rendering, rendering.sentences[1])).toBe('Он сказал «нет».');
		expect(currentSentenceText(rendering, rendering.sentences[0])).toBe('Президент выступил.');
		expect(rendering).toMatchObject({ userModified: true, updatedAt: 50 });
		expect(rendering.sentences[0]).toBe(first);
		expect(ru.sentences[1].text).toBeUndefined();
	});

	it('records the change as a revision with a unified patch that applies', () => {
		const { revision } = done(
			reviseSentence(ru, second.id, 'Он сказал: «нет».', 50, counter('rev'))
		);
		expect(revision).toMatchObject({
			id: 'rev1',
			renderingId: 'art:ru',
			sentenceId: second.id,
			before: 'Он сказал «нет».',
			after: 'Он сказал: «нет».',
			createdAt: 50
		});
		expect(revision.patch).toContain('-Он сказал «нет».');
		expect(revision.patch).toContain('+Он сказал: «нет».');
		expect(applyPatch(revision.before, revision.patch)).toBe(revision.after);
	});

	it('takes the previous correction as "before" when a sentence is edited again', () => {
		const newId = counter('rev');
		const once = done(reviseSentence(ru, first.id, 'Президент выступил вчера.', 1, newId));
		const twice = done(
			reviseSentence(once.rendering, first.id, 'Президент выступил утром.', 2, newId)
		);
		expect(twice.revision.before).toBe('Президент выступил вчера.');
	});

	it('counts typing the original text back as no edit at all', () => {
		const newId = counter('rev');
		const edited = done(reviseSentence(ru, first.id, 'Президент ушёл.', 1, newId));
		const back = done(reviseSentence(edited.rendering, first.id, 'Президент выступил.', 2, newId));
		expect(back.rendering.sentences[0].text).toBeUndefined();
		expect(renderingCurrentText(back.rendering)).toBe(ru.original);
	});

	it('refuses unknown sentences, blank text and no change', () => {
		const newId = counter();
		expect(reviseSentence(ru, 'nope', 'x', 1, newId)).toMatchObject({
			ok: false,
			code: 'sentenceNotFound',
			key: 'edit.error.sentenceNotFound'
		});
		expect(reviseSentence(ru, first.id, '   ', 1, newId)).toMatchObject({ code: 'emptyText' });
		expect(reviseSentence(ru, first.id, 'Президент выступил.', 1, newId)).toMatchObject({
			code: 'unchanged'
		});
	});
});

describe('reverting', () => {
	it('restores the text from before a revision, as a new revision', () => {
		const newId = counter('rev');
		const edit = done(reviseSentence(ru, third.id, 'Конец.', 1, newId));
		const { sentenceId, before } = edit.revision;
		const reverted = done(reviseSentence(edit.rendering, sentenceId, before, 2, newId));
		expect(currentSentenceText(reverted.rendering, reverted.rendering.sentences[2])).toBe(
			'Конец статьи.'
		);
		expect(reverted.rendering.sentences[2].text).toBeUndefined();
		expect(reverted.revision).toMatchObject({
			id: 'rev2',
			before: 'Конец.',
			after: 'Конец статьи.'
		});
	});

	it('goes back to an earlier version even after later edits', () => {
		const newId = counter('rev');
		const a = done(reviseSentence(ru, third.id, 'Конец A.', 1, newId));
		const b = done(reviseSentence(a.rendering, third.id, 'Конец B.', 2, newId));
		const back = done(reviseSentence(b.rendering, third.id, b.revision.before, 3, newId));
		expect(back.rendering.sentences[2].text).toBe('Конец A.');
	});

	it('reverts to the imported text', () => {
		const newId = counter('rev');
		const a = done(reviseSentence(ru, third.id, 'Конец A.', 1, newId));
		const b = done(reviseSentence(a.rendering, third.id, 'Конец B.', 2, newId));
		const original = done(revertToOriginal(b.rendering, third.id, 3, newId));
		expect(original.rendering.sentences[2].text).toBeUndefined();
		expect(original.revision.after).toBe('Конец статьи.');
		expect(revertToOriginal(ru, third.id, 3, newId)).toMatchObject({ code: 'unchanged' });
		expect(revertToOriginal(ru, 'nope', 3, newId)).toMatchObject({ code: 'sentenceNotFound' });
	});
});

describe('current text of the whole rendering', () => {
	it('is the original itself when nothing was edited', () => {
		expect(renderingCurrentText(ru)).toBe(ru.original);
	});

	it('substitutes edited sentences and keeps everything between them verbatim', () => {
		const newId = counter();
		const a = done(reviseSentence(ru, third.id, 'Конец.', 1, newId));
		const b = done(reviseSentence(a.rendering, first.id, 'Премьер выступил.', 2, newId));
		expect(renderingCurrentText(b.rendering)).toBe(
			'Премьер выступил. Он сказал «нет».\n\nКонец.\n'
		);
		expect(b.rendering.original).toBe('Президент выступил. Он сказал «нет».\n\nКонец статьи.\n');
	});
});

describe('word diff for display', () => {
	it('marks removed and added words and keeps spaces', () => {
		expect(wordDiff('the cat sat', 'the dog sat')).toEqual([
			{ value: 'the ' },
			{ value: 'cat', removed: true },
			{ value: 'dog', added: true },
			{ value: ' sat' }
		]);
	});

	it('rebuilds both texts from its parts', () => {
		const before = 'Он сказал «нет», и ушёл.';
		const after = 'Он громко сказал: «нет!» — и ушёл.';
		const parts = wordDiff(before, after);
		expect(
			parts
				.filter((p) => !p.added)
				.map((p) => p.value)
				.join('')
		).toBe(before);
		expect(
			parts
				.filter((p) => !p.removed)
				.map((p) => p.value)
				.join('')
		).toBe(after);
	});

	it('is one unchanged part for equal texts', () => {
		expect(wordDiff('Same.', 'Same.')).toEqual([{ value: 'Same.' }]);
	});
});
