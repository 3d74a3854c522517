/**
 * The app's one way into the database. Components and state call these functions (bound to the
 * app's database, opened lazily) and the live queries of `live.svelte.ts`; nothing outside
 * `src/lib/db/` imports Dexie or holds the database. The repository modules behind them
 * (`library`, `editing`, `backup`) take the database as their first argument, so unit tests run
 * them on fake-indexeddb.
 */
import { liveQuery } from 'dexie';
import type { EditStep } from '$lib/core/edit';
import type { Alignment, Article, Lang, Rendering } from '$lib/core/types';
import * as backup from './backup';
import {
	fetchBundleManifest,
	fetchFiles,
	fetchPrepared,
	manifestEntries,
	storePreparedAlignments
} from './bundle';
import * as editing from './editing';
import { getDb } from './instance';
import * as library from './library';
import * as reports from './reports';
import type { Report } from '$lib/core/reports';

export type { ArticleData, ImportItem, IncompleteArticle, LibraryEntry } from './library';
export type { ReimportResult, StepWrite, StepWritten } from './editing';
export type { HistoryRecord } from './schema';
export { HISTORY_LIMIT } from './schema';
export { onConnectionEvent, type ConnectionEvent } from './instance';
export type { RestoreMode, RestoreReport, SafetyBackup } from './backup';
export type { DeletedArticle } from './library';
export { isAlignmentCurrent } from './library';

export const getArticle = (id: string) => library.getArticle(getDb(), id);
export const articleIds = () => library.articleIds(getDb());

export const getSetting = <T>(key: string) => library.getSetting<T>(getDb(), key);
export const setSetting = (key: string, value: unknown) => library.setSetting(getDb(), key, value);

export const saveAlignmentUnlessChanged = (
	alignment: Alignment,
	basedOn?: Pick<Alignment, 'rev'>
) => library.saveAlignmentUnlessChanged(getDb(), alignment, basedOn);

export const saveImport = (items: library.ImportItem[], target: { articleId?: string }) =>
	library.saveImport(getDb(), items, target);
export const saveImportedArticle = (imported: {
	article: Article;
	renderings: Rendering[];
	alignment: Alignment;
}) => library.saveImportedArticle(getDb(), imported);

export const applyStep = (articleId: string, step: EditStep, write: editing.StepWrite) =>
	editing.applyStep(getDb(), articleId, step, write);
export const getHistory = (articleId: string) => editing.getHistory(getDb(), articleId);
export const putHistory = (articleId: string, history: Parameters<typeof editing.putHistory>[2]) =>
	editing.putHistory(getDb(), articleId, history);
export const reimportRendering = (
	articleId: string,
	prepared: Parameters<typeof editing.reimportRendering>[2],
	lang: Lang
) => editing.reimportRendering(getDb(), articleId, prepared, lang);

export const exportBackup = () => backup.exportBackup(getDb());
export const restoreBackup = (text: string, mode: backup.RestoreMode) =>
	backup.restoreBackup(getDb(), text, mode);
export const getSafetyBackup = () => backup.getSafetyBackup(getDb());
export const restoreSafetyBackup = () => backup.restoreSafetyBackup(getDb());

export const deleteArticle = (id: string) => library.deleteArticle(getDb(), id);
export const restoreDeleted = (deleted: library.DeletedArticle) =>
	library.restoreDeleted(getDb(), deleted);

export const putReport = (report: Report) => reports.putReport(getDb(), report);
export const getReport = (id: string) => reports.getReport(getDb(), id);

/** Stores what the bundled library adds or offers; fetches nothing when nothing changed. */
export async function seedBundledLibrary(): Promise<void> {
	const db = getDb();
	const manifest = await fetchBundleManifest();
	const needed = await library.bundleEntriesToSeed(db, manifestEntries(manifest));
	// Counted by the start-up test: two tabs opened at once fetch and store the bundle once.
	performance.mark('triptych:seed-fetch', { detail: needed.length });
	if (needed.length === 0) return;
	// Articles seeded now get the rows aligned at build time, so the aligner only runs on the
	// device for what prepared data does not cover.
	const articles = new Set(needed.map((e) => e.articleId));
	const [files, prepared] = await Promise.all([
		fetchFiles(needed),
		fetchPrepared(manifest, articles)
	]);
	await library.seedLibrary(db, files);
	await storePreparedAlignments(db, prepared);
}

export const articleStamps = () => library.articleStamps(getDb());
/**
 * Calls `onChange` with the articles' stamps now and whenever an article is added, changed or
 * deleted (in any tab or worker of this origin). Returns the function that stops watching.
 */
export function watchArticleStamps(
	onChange: (stamps: Array<{ id: string; stamp: string }>) => void
): () => void {
	const subscription = liveQuery(() => library.articleStamps(getDb())).subscribe({
		next: onChange,
		error: (error: unknown) => console.error('Watching the library failed', error)
	});
	return () => subscription.unsubscribe();
}
export const searchSources = (ids: string[]) => library.searchSources(getDb(), ids);
