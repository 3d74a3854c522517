/**
 * The design document's validate_doc_update, called the way CouchDB calls it, for the rules the
 * HTTP tests (sync-server.test.ts) do not walk through one by one.
 */
import { describe, expect, it } from 'vitest';
import { compileValidator, designDoc } from '../../src/lib/sync/design';

const validate = compileValidator(designDoc().validate_doc_update);
const secObj = {
	admins: { names: [], roles: [] },
	members: { names: [], roles: ['reader', 'translator'] }
};
const rita = { name: 'rita', roles: ['reader'] };
const tom = { name: 'tom', roles: ['translator'] };
const ann = { name: 'ann', roles: ['translator'] };

type Doc = Record<string, unknown>;
function verdict(newDoc: Doc, oldDoc: Doc | null, user: { name: string | null; roles: string[] }) {
	try {
		validate(newDoc, oldDoc, user, secObj);
		return 'ok';
	} catch (error) {
		return (error as { forbidden?: string }).forbidden ?? String(error);
	}
}

const report = (extra: Doc = {}): Doc => ({
	_id: 'report:1',
	type: 'report',
	author: 'rita',
	articleId: 'a1',
	rowId: 'r1',
	sentenceIds: ['e1'],
	reason: 'typo',
	comment: 'teh',
	createdAt: 1,
	state: 'open',
	updatedBy: 'rita',
	updatedAt: 1,
	...extra
});
const resolved = (by: string): Doc =>
	report({ state: 'resolved', resolution: { by, at: 2, reply: 'fixed' }, updatedBy: by });

describe('who may write what', () => {
	it('refuses users outside the library and users without a role', () => {
		expect(verdict(report(), null, { name: null, roles: [] })).toMatch(/log in/);
		expect(verdict(report(), null, { name: 'eve', roles: ['guest'] })).toMatch(/not a member/);
	});

	it('lets a reader edit or withdraw their own open report, never resolve or reopen it', () => {
		const filed = report();
		expect(verdict(report({ comment: 'teh → the' }), filed, rita)).toBe('ok');
		expect(verdict({ _id: 'report:1', _deleted: true }, filed, rita)).toBe('ok');
		expect(verdict(resolved('rita'), filed, rita)).toMatch(/only translators resolve/);
		expect(verdict(report({ updatedBy: 'rita' }), resolved('tom'), rita)).toMatch(
			/only translators/
		);
		expect(verdict({ _id: 'report:1', _deleted: true }, resolved('tom'), rita)).toMatch(/delete/);
	});

	it("lets a translator resolve and reopen anyone's report but change nothing else in it", () => {
		expect(verdict(resolved('tom'), report(), tom)).toBe('ok');
		expect(verdict(report({ updatedBy: 'ann' }), resolved('tom'), ann)).toBe('ok');
		expect(verdict({ ...resolved('tom'), comment: 'changed' }, report(), tom)).toMatch(
			/only change its state and resolution/
		);
		expect(verdict({ ...resolved('ann'), updatedBy: 'tom' }, report(), tom)).toMatch(
			/your own name/
		);
		expect(verdict({ ...resolved('tom'), author: 'tom' }, report(), tom)).toMatch(/never changes/);
	});

	it('keeps design documents to admins, and lets admins write for others', () => {
		expect(verdict({ _id: '_design/x' }, null, tom)).toMatch(/only admins/);
		expect(verdict(report({ updatedBy: 'boss' }), null, { name: 'boss', roles: ['_admin'] })).toBe(
			'ok'
		);
		expect(
			verdict({ _id: 'thing:1', type: 'thing' }, null, { name: 'boss', roles: ['_admin'] })
		).toMatch(/unknown document type/);
	});

	it('refuses a rendering attachment other than its original bytes, or too large', () => {
		const rendering = {
			_id: 'rendering:a1:ru',
			type: 'rendering',
			articleId: 'a1',
			lang: 'ru',
			original: 'Текст',
			encoding: 'windows-1251',
			sha256: 'x',
			blocks: [],
			sentences: [],
			version: 1,
			updatedBy: 'tom',
			updatedAt: 1
		};
		const bytes = (name: string, length: number) => ({
			...rendering,
			_attachments: { [name]: { content_type: 'application/octet-stream', stub: true, length } }
		});
		expect(verdict(bytes('original', 10), null, tom)).toBe('ok');
		expect(verdict(bytes('photo', 10), null, tom)).toMatch(/unexpected attachment/);
		expect(verdict(bytes('original', 5_000_000), null, tom)).toMatch(/limited to/);
		expect(verdict({ ...rendering, lang: 'de', _id: 'rendering:a1:de' }, null, tom)).toMatch(
			/malformed/
		);
	});
});
