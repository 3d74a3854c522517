/**
 * The sync bridge's way into the app's database (the replicator's `LocalStore`): the one file
 * where sync meets Dexie. Reads and writes go through the library's repository functions where
 * they exist; a remote article is stored in one transaction, compare-and-set on the `updatedAt`
 * it was read at, so a local edit made meanwhile is never overwritten.
 */
import { liveQuery } from 'dexie';
import type { Revision } from '$lib/core/types';
import type { LocalArticle, LocalStore } from '$lib/sync/replicator';
import { getDb } from './instance';
import { forgetSearchRecords, getSearchCache } from './search-cache';
import { deleteReport, getReport, putReportUnlessChanged } from './reports';
import { getArticle } from './library';
import { deleteArticle, saveImportedArticle } from './library-writes';
import { refreshSummary, splitRendering, summaryTables, type TriptychDB } from './schema';

export function syncStore(db: TriptychDB = getDb()): LocalStore {
	return {
		watch(listener) {
			const subscription = liveQuery(() => db.articles.toArray()).subscribe({
				next: (articles) => listener(new Map(articles.map((a) => [a.id, a.updatedAt]))),
				error: (error: unknown) => console.error('Sync: watching the library failed', error)
			});
			return () => subscription.unsubscribe();
		},

		async read(articleId) {
			return db.transaction('r', [...summaryTables(db), db.originals, db.revisions], async () => {
				const data = await getArticle(db, articleId);
				if (!data) return undefined;
				const renderings = Object.values(data.renderings);
				const revisions = await db.revisions
					.where('renderingId')
					.anyOf(renderings.map((r) => r.id))
					.toArray();
				return { article: data.article, renderings, alignment: data.alignment, revisions };
			});
		},

		async apply(next: LocalArticle, basedOn) {
			const now = Math.max(Date.now(), (basedOn ?? 0) + 1);
			const article = { ...next.article, updatedAt: now };
			const alignment = next.alignment && { ...next.alignment, updatedAt: now };
			return db.transaction('rw', [...summaryTables(db), db.originals, db.revisions], async () => {
				const current = await db.articles.get(article.id);
				if (current?.updatedAt !== basedOn) return null;
				if (!current && alignment) {
					await saveImportedArticle(db, { article, renderings: next.renderings, alignment });
					return now;
				}
				await db.articles.put(article);
				const keep = new Set(next.renderings.map((r) => r.id));
				const stale = await db.renderings.where('articleId').equals(article.id).primaryKeys();
				const gone = stale.filter((id) => !keep.has(id));
				await db.renderings.bulkDelete(gone);
				await db.originals.bulkDelete(gone);
				const split = next.renderings.map(splitRendering);
				await db.renderings.bulkPut(split.map((x) => x.rendering));
				await db.originals.bulkPut(split.map((x) => x.original));
				if (alignment) {
					// A write like any other: the counter moves on, so an editor holding the older
					// rows re-checks its next edit against these instead of overwriting them.
					const stored = await db.alignments.get(article.id);
					await db.alignments.put({ ...alignment, rev: (stored?.rev ?? 0) + 1 });
				}
				await refreshSummary(db, article.id);
				return now;
			});
		},

		async remove(articleId) {
			// What search kept of its text goes too, at once, as for a deletion made here (only a
			// cache: a failure is let be).
			if (await deleteArticle(db, articleId))
				await forgetSearchRecords(getSearchCache(), [articleId]).catch(() => undefined);
		},

		async putRevisions(revisions: Revision[]) {
			await db.revisions.bulkPut(revisions);
		},

		watchReports(listener) {
			const subscription = liveQuery(() => db.reports.toArray()).subscribe({
				next: (reports) => listener(new Map(reports.map((r) => [r.id, r.updatedAt]))),
				error: (error: unknown) => console.error('Sync: watching the reports failed', error)
			});
			return () => subscription.unsubscribe();
		},

		getReport: (id) => getReport(db, id),
		putReport: (next, basedOn) => putReportUnlessChanged(db, next, basedOn),
		removeReport: (id) => deleteReport(db, id)
	};
}
