/**
 * The library as CouchDB documents: one document per thing two devices may change independently,
 * so CouchDB's per-document revisions do the merging (see docs/sync.md).
 *
 * | id                                | holds                                                |
 * | --------------------------------- | ---------------------------------------------------- |
 * | `article:<articleId>`             | article metadata and the rendering versions rows use |
 * | `rendering:<articleId>:<lang>`    | one imported original, verbatim, with its structure  |
 * | `row:<articleId>:<rowId>`         | one alignment row, its notes, and an `order` key     |
 * | `orphan-notes:<articleId>`        | notes whose sentences a re-import removed            |
 * | `revision:<revisionId>`           | one correction of a sentence's text                  |
 * | `report:<uuid>`                   | a reader's report on a row                           |
 *
 * Every live document carries `updatedBy` (the user who wrote this revision, checked by the
 * server), `updatedAt` and `device` (an opaque id of the writing device, so a device can tell its
 * own side of a conflict). Device-local data — reading position, UI preferences, undo history —
 * has no document and never syncs.
 */
import type {
	Article,
	Lang,
	Note,
	Rendering,
	Revision,
	AlignmentRow,
	SourceEncoding
} from '../core/types';
import type { Report } from '../core/reports';

export const DOC_TYPES = [
	'article',
	'rendering',
	'row',
	'orphan-notes',
	'revision',
	'report'
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Largest document (its JSON in UTF-8 bytes, attachments aside) the server accepts, per type. */
export const SIZE_LIMITS: Record<DocType, number> = {
	article: 16 * 1024,
	rendering: 1024 * 1024,
	row: 64 * 1024,
	'orphan-notes': 256 * 1024,
	revision: 64 * 1024,
	report: 64 * 1024
};

/** The one attachment a rendering may have: its imported bytes, when text cannot re-create them. */
export const ORIGINAL_ATTACHMENT = 'original';
export const ORIGINAL_ATTACHMENT_LIMIT = 4 * 1024 * 1024;

export {
	REPORT_REASONS,
	type ReportReason,
	type ReportResolution,
	type ReportState
} from '../core/reports';

/** Fields every live document has besides its content. */
export interface DocMeta {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	_conflicts?: string[];
	/** The user name that wrote this revision; the server refuses any other. */
	updatedBy: string;
	updatedAt: number;
	/** Opaque id of the device that wrote this revision. */
	device?: string;
}

export interface ArticleDoc extends DocMeta {
	type: 'article';
	articleId: string;
	origin: Article['origin'];
	createdAt: number;
	/** Which rendering versions the article's rows were computed against. */
	basis: Partial<Record<Lang, number>>;
}

export interface RenderingDoc
	extends DocMeta, Omit<Rendering, 'id' | 'originalBytes' | 'updatedAt'> {
	type: 'rendering';
	encoding: SourceEncoding;
	/** Present only for encodings whose bytes cannot be re-created from `original`. */
	_attachments?: Record<string, { content_type: string; data?: string; stub?: boolean }>;
}

export interface RowDoc extends DocMeta, Omit<AlignmentRow, 'id'> {
	type: 'row';
	articleId: string;
	rowId: string;
	/** Fractional index: rows sort by it (ties by rowId); see ./order.ts. */
	order: string;
}

export interface OrphanNotesDoc extends DocMeta {
	type: 'orphan-notes';
	articleId: string;
	notes: Array<Note & { formerText: string; lang: Lang }>;
}

export interface RevisionDoc extends DocMeta, Omit<Revision, 'id'> {
	type: 'revision';
	revisionId: string;
	/** The translator who made the correction; never changes. */
	author: string;
}

/** A reader's report: the app's record without its local id and change time (`_id`, DocMeta). */
export interface ReportDoc extends DocMeta, Omit<Report, 'id' | 'updatedAt'> {
	type: 'report';
}

export type LibraryDoc =
	ArticleDoc | RenderingDoc | RowDoc | OrphanNotesDoc | RevisionDoc | ReportDoc;

/** A deletion as CouchDB stores it (a tombstone revision). */
export interface DeletedDoc {
	_id: string;
	_rev?: string;
	_deleted: true;
}

export const articleDocId = (articleId: string) => `article:${articleId}`;
export const renderingDocId = (articleId: string, lang: Lang) => `rendering:${articleId}:${lang}`;
export const rowDocId = (articleId: string, rowId: string) => `row:${articleId}:${rowId}`;
export const orphanNotesDocId = (articleId: string) => `orphan-notes:${articleId}`;
export const revisionDocId = (revisionId: string) => `revision:${revisionId}`;
export const reportDocId = (uuid: string) => `report:${uuid}`;
