/**
 * The app's records as server documents and back: byte-exact originals, and every document the
 * mapping makes is one the server's validator accepts from a translator.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeOriginal } from '../../src/lib/core/import/decode';
import { sha256Hex } from '../../src/lib/core/hash';
import { buildRendering } from '../../src/lib/core/rendering';
import {
	articleToDoc,
	docToArticle,
	docToRendering,
	docToRevision,
	orphanNotesToDoc,
	renderingToDoc,
	revisionToDoc,
	rowsToDocs
} from '../../src/lib/sync';
import { compileValidator, designDoc } from '../../src/lib/sync/design';
import { rows } from './edit-fixtures';

const stamp = { updatedBy: 'tom', updatedAt: 7, device: 'laptop' };
const tom = { name: 'tom', roles: ['translator'] };
const secObj = { members: { names: [], roles: ['reader', 'translator'] } };
const validate = compileValidator(designDoc().validate_doc_update);
/** As the server stores it: JSON on the wire. */
const wire = <T>(doc: T): T => JSON.parse(JSON.stringify(doc));

async function rendering(bytes: Uint8Array) {
	const { text, encoding } = decodeBytes(bytes);
	return buildRendering({
		articleId: 'a1',
		lang: 'ru',
		text,
		encoding,
		...(encoding === 'windows-1251' ? { originalBytes: bytes } : {}),
		sha256: await sha256Hex(bytes),
		provenance: { kind: 'import', source: 'news.txt' },
		now: 3
	});
}

describe('library records as documents', () => {
	it('carries a windows-1251 original as bytes and gives them back exactly', async () => {
		// "Привет, мир. Как дела?" in windows-1251.
		const bytes = new Uint8Array([
			0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0, 0x2e, 0x20, 0xca, 0xe0,
			0xea, 0x20, 0xe4, 0xe5, 0xeb, 0xe0, 0x3f
		]);
		const original = await rendering(bytes);
		expect(original.encoding).toBe('windows-1251');
		const doc = wire(renderingToDoc(original, stamp));
		expect(doc._id).toBe('rendering:a1:ru');
		expect(Object.keys(doc._attachments ?? {})).toEqual(['original']);
		const back = docToRendering(doc);
		expect(back.original).toBe(original.original);
		expect(back.sentences).toEqual(original.sentences);
		expect(encodeOriginal(back.original, back.encoding, back.originalBytes)).toEqual(bytes);
		expect(() => validate(doc, null, tom, secObj)).not.toThrow();
	});

	it('sends no bytes for UTF-8, whose text re-creates them', async () => {
		const bytes = new TextEncoder().encode('Hello there. How are you?');
		const doc = wire(renderingToDoc(await rendering(bytes), stamp));
		expect(doc._attachments).toBeUndefined();
		const back = docToRendering(doc);
		expect(encodeOriginal(back.original, back.encoding, back.originalBytes)).toEqual(bytes);
	});

	it('makes articles, rows, orphan notes and revisions the server accepts', () => {
		const article = { id: 'a1', origin: 'import' as const, createdAt: 1, updatedAt: 2 };
		const articleDoc = wire(articleToDoc(article, { en: 1, ru: 2 }, stamp));
		expect(docToArticle(articleDoc)).toEqual({
			article: { ...article, updatedAt: 7 },
			basis: { en: 1, ru: 2 }
		});
		const revision = {
			id: 'v1',
			renderingId: 'a1:en',
			sentenceId: 's1',
			before: 'Teh cat.',
			after: 'The cat.',
			patch: '@@',
			createdAt: 4
		};
		const revisionDoc = wire(revisionToDoc(revision, 'tom', stamp));
		expect(docToRevision(revisionDoc)).toEqual(revision);
		const orphans = orphanNotesToDoc(
			'a1',
			[{ id: 'n1', text: 'gone', createdAt: 1, updatedAt: 1, formerText: 'Old.', lang: 'en' }],
			stamp
		);
		const rowDocs = rowsToDocs('a1', rows('e1 | h1 | r1', 'e2 | - | r2'), [], stamp).put;
		for (const doc of [articleDoc, revisionDoc, wire(orphans), ...rowDocs.map(wire)]) {
			expect(() => validate(doc, null, tom, secObj), doc._id).not.toThrow();
		}
	});
});
