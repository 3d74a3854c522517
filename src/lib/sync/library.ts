/**
 * Between the app's records and the server's documents for everything but rows (./rows.ts):
 * articles, renderings (verbatim, with their bytes only when text cannot re-create them),
 * orphan notes and revisions. Pure: the caller reads and writes.
 */
import type { Report } from '../core/reports';
import type { Alignment, Article, Rendering, Revision } from '../core/types';
import {
	ORIGINAL_ATTACHMENT,
	articleDocId,
	orphanNotesDocId,
	renderingDocId,
	reportDocId,
	revisionDocId,
	type ArticleDoc,
	type OrphanNotesDoc,
	type RenderingDoc,
	type ReportDoc,
	type RevisionDoc
} from './docs';
import type { Stamp } from './rows';

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

function fromBase64(data: string): Uint8Array {
	const binary = atob(data);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export function articleToDoc(
	article: Article,
	basis: Alignment['basis'],
	stamp: Stamp
): ArticleDoc {
	return {
		_id: articleDocId(article.id),
		type: 'article',
		articleId: article.id,
		origin: article.origin,
		createdAt: article.createdAt,
		basis: { ...basis },
		...stamp
	};
}

export function docToArticle(doc: ArticleDoc): { article: Article; basis: Alignment['basis'] } {
	return {
		article: {
			id: doc.articleId,
			origin: doc.origin,
			createdAt: doc.createdAt,
			updatedAt: doc.updatedAt
		},
		basis: { ...doc.basis }
	};
}

/**
 * A rendering as a document. The imported bytes travel as the base64 attachment `original` only
 * when the rendering keeps them (encodings text cannot re-create: UTF-16, windows-1251).
 */
export function renderingToDoc(rendering: Rendering, stamp: Stamp): RenderingDoc {
	const { id: _id, originalBytes, updatedAt: _updatedAt, ...rest } = rendering;
	const doc: RenderingDoc = {
		...structuredClone(rest),
		_id: renderingDocId(rendering.articleId, rendering.lang),
		type: 'rendering',
		...stamp
	};
	if (originalBytes) {
		doc._attachments = {
			[ORIGINAL_ATTACHMENT]: {
				content_type: 'application/octet-stream',
				data: toBase64(originalBytes)
			}
		};
	}
	return doc;
}

/** Back to the app's record; read the document with `attachments=true` to get the bytes inline. */
export function docToRendering(doc: RenderingDoc): Rendering {
	const { _id, _rev, _deleted, _conflicts, _attachments, type, updatedBy, device, ...rest } = doc;
	const rendering: Rendering = {
		...structuredClone(rest),
		id: `${doc.articleId}:${doc.lang}`
	};
	const data = _attachments?.[ORIGINAL_ATTACHMENT]?.data;
	if (data) rendering.originalBytes = fromBase64(data);
	return rendering;
}

export function orphanNotesToDoc(
	articleId: string,
	notes: Alignment['orphanNotes'],
	stamp: Stamp
): OrphanNotesDoc {
	return {
		_id: orphanNotesDocId(articleId),
		type: 'orphan-notes',
		articleId,
		notes: structuredClone(notes),
		...stamp
	};
}

/** A correction as a document; `author` is who made it (kept when someone else edits it later). */
export function revisionToDoc(revision: Revision, author: string, stamp: Stamp): RevisionDoc {
	const { id, ...rest } = revision;
	return {
		...rest,
		_id: revisionDocId(id),
		type: 'revision',
		revisionId: id,
		author,
		...stamp
	};
}

export function docToRevision(doc: RevisionDoc): Revision {
	return {
		id: doc.revisionId,
		renderingId: doc.renderingId,
		sentenceId: doc.sentenceId,
		before: doc.before,
		after: doc.after,
		patch: doc.patch,
		createdAt: doc.createdAt
	};
}

/**
 * A report as a document. A report filed without team sync (no author yet) is claimed by the
 * user who syncs it; so is a resolution made without sync.
 */
export function reportToDoc(report: Report, user: string, stamp: Stamp): ReportDoc {
	const doc: ReportDoc = {
		_id: reportDocId(report.id),
		type: 'report',
		author: report.author || user,
		articleId: report.articleId,
		rowId: report.rowId,
		sentenceIds: [...report.sentenceIds],
		reason: report.reason,
		comment: report.comment,
		createdAt: report.createdAt,
		state: report.state,
		...stamp
	};
	if (report.resolution)
		doc.resolution = { ...report.resolution, by: report.resolution.by || user };
	return doc;
}

export function docToReport(doc: ReportDoc): Report {
	const report: Report = {
		id: doc._id.slice('report:'.length),
		author: doc.author,
		articleId: doc.articleId,
		rowId: doc.rowId,
		sentenceIds: [...doc.sentenceIds],
		reason: doc.reason,
		comment: doc.comment,
		createdAt: doc.createdAt,
		state: doc.state,
		updatedAt: doc.updatedAt
	};
	if (doc.resolution) report.resolution = { ...doc.resolution };
	return report;
}
