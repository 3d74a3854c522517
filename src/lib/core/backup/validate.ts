/**
 * Shape checks for a current-version backup document. Every field the domain types require is
 * checked (type, enum value, span bounds), ids must be unique and references must point at an
 * article or rendering in the same backup. Fields this version does not know are kept as they
 * are, so a backup never loses data on its way through.
 */
import { REPORT_REASONS } from '../reports';
import { LANGS, type BlockKind } from '../types';
import type { LibrarySnapshot } from './snapshot';
import type { BackupDocument } from './migrations';

type Fail = (path: string, problem: string) => never;
type Obj = Record<string, unknown>;

const BLOCK_KINDS: readonly BlockKind[] = [
	'header',
	'dateline',
	'title',
	'caption',
	'subheading',
	'paragraph',
	'chrome'
];
const ORIGINS = ['bundled', 'import', 'tmx', 'backup'] as const;
const ENCODINGS = [
	'utf-8',
	'utf-8-bom',
	'utf-16le',
	'utf-16be',
	'windows-1251',
	'windows-1252'
] as const;
const PROVENANCE_KINDS = ['original', 'sample-translation', 'import'] as const;
const ROW_STATUSES = ['auto', 'confirmed'] as const;
const REPORT_STATES = ['open', 'resolved'] as const;

/** Returns the document's collections typed as a snapshot, or calls `fail` on the first problem. */
export function validateSnapshot(doc: BackupDocument, fail: Fail): LibrarySnapshot {
	const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
	const obj = (v: unknown, path: string): Obj => (isObj(v) ? v : fail(path, 'expected an object'));
	const list = (v: unknown, path: string): unknown[] =>
		Array.isArray(v) ? v : fail(path, 'expected an array');

	const check = (o: Obj, key: string, path: string, ok: (v: unknown) => boolean, what: string) => {
		if (!ok(o[key])) fail(`${path}.${key}`, `expected ${what}`);
	};
	const optional = (ok: (v: unknown) => boolean) => (v: unknown) => v === undefined || ok(v);
	const isStr = (v: unknown) => typeof v === 'string';
	const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
	const isInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
	const isBool = (v: unknown) => typeof v === 'boolean';
	const isOneOf = (values: readonly string[]) => (v: unknown) =>
		typeof v === 'string' && values.includes(v);
	const isLangList = (v: unknown) => Array.isArray(v) && v.every(isOneOf(LANGS));
	const isStrList = (v: unknown) => Array.isArray(v) && v.every(isStr);

	const span = (v: unknown, path: string, length: number) => {
		const s = obj(v, path);
		check(s, 'start', path, isInt, 'an offset');
		check(s, 'end', path, isInt, 'an offset');
		if ((s.start as number) > (s.end as number) || (s.end as number) > length) {
			fail(path, `span ${String(s.start)}..${String(s.end)} outside the text`);
		}
	};
	const note = (v: unknown, path: string): Obj => {
		const n = obj(v, path);
		check(n, 'id', path, isStr, 'a string');
		check(n, 'text', path, isStr, 'a string');
		check(n, 'createdAt', path, isNum, 'a number');
		check(n, 'updatedAt', path, isNum, 'a number');
		return n;
	};
	const unique = (ids: string[], path: string) => {
		const seen = new Set<string>();
		for (const id of ids) {
			if (seen.has(id)) fail(path, `duplicate ${id}`);
			seen.add(id);
		}
		return seen;
	};

	const articles = list(doc.articles, 'articles').map((v, i) => {
		const path = `articles[${i}]`;
		const a = obj(v, path);
		check(a, 'id', path, isStr, 'a string');
		check(a, 'origin', path, isOneOf(ORIGINS), ORIGINS.join('|'));
		check(a, 'createdAt', path, isNum, 'a number');
		check(a, 'updatedAt', path, isNum, 'a number');
		return a;
	});
	const articleIds = unique(
		articles.map((a) => a.id as string),
		'articles'
	);
	const knownArticle = (o: Obj, path: string) => {
		if (!articleIds.has(o.articleId as string)) fail(`${path}.articleId`, 'no such article');
	};

	const renderings = list(doc.renderings, 'renderings').map((v, i) => {
		const path = `renderings[${i}]`;
		const r = obj(v, path);
		for (const key of ['id', 'articleId', 'original', 'sha256'])
			check(r, key, path, isStr, 'a string');
		knownArticle(r, path);
		check(r, 'lang', path, isOneOf(LANGS), LANGS.join('|'));
		check(r, 'encoding', path, isOneOf(ENCODINGS), ENCODINGS.join('|'));
		check(r, 'originalBytes', path, optional(isStr), 'base64');
		check(r, 'date', path, optional(isStr), 'a string');
		check(r, 'version', path, isInt, 'an integer');
		check(r, 'userModified', path, isBool, 'a boolean');
		check(r, 'importedAt', path, isNum, 'a number');
		check(r, 'updatedAt', path, isNum, 'a number');
		const length = (r.original as string).length;
		const blocks = list(r.blocks, `${path}.blocks`);
		blocks.forEach((bv, j) => {
			const bp = `${path}.blocks[${j}]`;
			span(bv, bp, length);
			const b = bv as Obj;
			check(b, 'kind', bp, isOneOf(BLOCK_KINDS), BLOCK_KINDS.join('|'));
			if (b.content !== undefined) span(b.content, `${bp}.content`, length);
			check(b, 'date', bp, optional(isStr), 'a string');
		});
		list(r.sentences, `${path}.sentences`).forEach((sv, j) => {
			const sp = `${path}.sentences[${j}]`;
			span(sv, sp, length);
			const s = sv as Obj;
			check(s, 'id', sp, isStr, 'a string');
			check(s, 'block', sp, (b) => isInt(b) && (b as number) < blocks.length, 'a block index');
			check(s, 'text', sp, optional(isStr), 'a string');
		});
		const title = obj(r.title, `${path}.title`);
		check(title, 'text', `${path}.title`, isStr, 'a string');
		check(title, 'derived', `${path}.title`, isBool, 'a boolean');
		if (title.span !== undefined) span(title.span, `${path}.title.span`, length);
		const prov = obj(r.provenance, `${path}.provenance`);
		check(
			prov,
			'kind',
			`${path}.provenance`,
			isOneOf(PROVENANCE_KINDS),
			PROVENANCE_KINDS.join('|')
		);
		for (const key of ['note', 'source', 'date']) {
			check(prov, key, `${path}.provenance`, optional(isStr), 'a string');
		}
		if (r.bundled !== undefined) {
			const b = obj(r.bundled, `${path}.bundled`);
			check(b, 'file', `${path}.bundled`, isStr, 'a string');
			check(b, 'sha256', `${path}.bundled`, isStr, 'a string');
		}
		return r;
	});
	const renderingIds = unique(
		renderings.map((r) => r.id as string),
		'renderings'
	);
	const knownRendering = (o: Obj, path: string) => {
		if (!renderingIds.has(o.renderingId as string))
			fail(`${path}.renderingId`, 'no such rendering');
	};

	const alignments = list(doc.alignments, 'alignments').map((v, i) => {
		const path = `alignments[${i}]`;
		const a = obj(v, path);
		check(a, 'articleId', path, isStr, 'a string');
		knownArticle(a, path);
		check(a, 'updatedAt', path, isNum, 'a number');
		const basis = obj(a.basis, `${path}.basis`);
		for (const key of Object.keys(basis)) {
			if (!isOneOf(LANGS)(key) || !isInt(basis[key]))
				fail(`${path}.basis.${key}`, 'expected a version');
		}
		list(a.rows, `${path}.rows`).forEach((rv, j) => {
			const rp = `${path}.rows[${j}]`;
			const row = obj(rv, rp);
			check(row, 'id', rp, isStr, 'a string');
			const cells = obj(row.cells, `${rp}.cells`);
			for (const lang of LANGS) check(cells, lang, `${rp}.cells`, isStrList, 'sentence ids');
			check(row, 'status', rp, isOneOf(ROW_STATUSES), ROW_STATUSES.join('|'));
			check(row, 'score', rp, isNum, 'a number');
			check(row, 'flagged', rp, isBool, 'a boolean');
			check(row, 'review', rp, isBool, 'a boolean');
			check(row, 'missing', rp, isLangList, 'languages');
			list(row.notes, `${rp}.notes`).forEach((n, k) => note(n, `${rp}.notes[${k}]`));
		});
		list(a.orphanNotes, `${path}.orphanNotes`).forEach((nv, k) => {
			const np = `${path}.orphanNotes[${k}]`;
			const n = note(nv, np);
			check(n, 'formerText', np, isStr, 'a string');
			check(n, 'lang', np, isOneOf(LANGS), LANGS.join('|'));
		});
		return a;
	});
	unique(
		alignments.map((a) => a.articleId as string),
		'alignments'
	);

	const revisions = list(doc.revisions, 'revisions').map((v, i) => {
		const path = `revisions[${i}]`;
		const r = obj(v, path);
		for (const key of ['id', 'renderingId', 'sentenceId', 'before', 'after', 'patch']) {
			check(r, key, path, isStr, 'a string');
		}
		knownRendering(r, path);
		check(r, 'createdAt', path, isNum, 'a number');
		return r;
	});
	unique(
		revisions.map((r) => r.id as string),
		'revisions'
	);

	const bundledOffers = list(doc.bundledOffers, 'bundledOffers').map((v, i) => {
		const path = `bundledOffers[${i}]`;
		const o = obj(v, path);
		for (const key of ['renderingId', 'file', 'sha256', 'text'])
			check(o, key, path, isStr, 'a string');
		knownRendering(o, path);
		check(o, 'offeredAt', path, isNum, 'a number');
		return o;
	});

	const settings = list(doc.settings, 'settings').map((v, i) => {
		const path = `settings[${i}]`;
		const s = obj(v, path);
		check(s, 'key', path, isStr, 'a string');
		check(s, 'value', path, (x) => x !== undefined, 'a value');
		return s;
	});
	unique(
		settings.map((s) => s.key as string),
		'settings'
	);

	const reports = list(doc.reports, 'reports').map((v, i) => {
		const path = `reports[${i}]`;
		const r = obj(v, path);
		for (const key of ['id', 'author', 'articleId', 'rowId', 'comment'])
			check(r, key, path, isStr, 'a string');
		knownArticle(r, path);
		check(r, 'sentenceIds', path, isStrList, 'sentence ids');
		check(r, 'reason', path, isOneOf(REPORT_REASONS), REPORT_REASONS.join('|'));
		check(r, 'state', path, isOneOf(REPORT_STATES), REPORT_STATES.join('|'));
		check(r, 'createdAt', path, isNum, 'a number');
		check(r, 'updatedAt', path, isNum, 'a number');
		if (r.resolution !== undefined) {
			const res = obj(r.resolution, `${path}.resolution`);
			check(res, 'by', `${path}.resolution`, isStr, 'a string');
			check(res, 'at', `${path}.resolution`, isNum, 'a number');
			check(res, 'reply', `${path}.resolution`, isStr, 'a string');
		}
		return r;
	});
	unique(
		reports.map((r) => r.id as string),
		'reports'
	);

	return {
		articles,
		renderings,
		alignments,
		revisions,
		bundledOffers,
		settings,
		reports
	} as unknown as LibrarySnapshot;
}
