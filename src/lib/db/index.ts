/**
 * The app's one way into the database. Components and state call these functions (bound to the
 * app's database, opened lazily) and the live queries of `live.svelte.ts`; nothing outside
 * `src/lib/db/` imports Dexie or holds the database. The repository modules behind them
 * (`library`, `editing`, `backup`) take the database as their first argument, so unit tests run
 * them on fake-indexeddb.
 *
 * Only the reads every page needs (`library`) load with the app. Editing, backup and seeding
 * modules, with the core code they run (row operations, word diffs, backup validation, parsing
 * and segmenting), load on first use: a reader opening an article does not download them.
 */
import { liveQuery } from 'dexie';
import type { EditStep } from '$lib/core/edit';
import type { Alignment, Article, Lang, Rendering } from '$lib/core/types';
import type * as backupModule from './backup';
import type * as editingModule from './editing';
import type * as searchCacheModule from './search-cache';
import type * as writesModule from './library-writes';
import * as history from './history';
import { getDb } from './instance';
import * as library from './library';
import * as reports from './reports';
import { DB_NAME } from './schema';
import type { Report } from '$lib/core/reports';

const backup = () => import('./backup');
const editing = () => import('./editing');
const writes = () => import('./library-writes');
const searchCache = () => import('./search-cache');

export type { ArticleData, IncompleteArticle, LibraryEntry } from './library';
export type { DeletedArticle, ImportItem } from './library-writes';
export type { ReimportResult, StepWrite, StepWritten } from './editing';
export type { HistoryRecord } from './schema';
export { HISTORY_LIMIT } from './schema';
export { onConnectionEvent, type ConnectionEvent } from './instance';
export type { RestoreMode, RestoreReport, SafetyBackup } from './backup';
export { isAlignmentCurrent } from './library';

export const getArticle = (id: string) => library.getArticle(getDb(), id);
export const articleIds = () => library.articleIds(getDb());
export const hasArticle = (id: string) => library.hasArticle(getDb(), id);
export const articlesToAlign = () => library.articlesToAlign(getDb());

export const getSetting = <T>(key: string) => library.getSetting<T>(getDb(), key);
export const setSetting = (key: string, value: unknown) => library.setSetting(getDb(), key, value);

export const saveAlignmentUnlessChanged = (
	alignment: Alignment,
	basedOn?: Pick<Alignment, 'rev'>
) => library.saveAlignmentUnlessChanged(getDb(), alignment, basedOn);

export const saveImport = async (
	items: writesModule.ImportItem[],
	target: { articleId?: string }
) => (await writes()).saveImport(getDb(), items, target);
export const saveImportedArticle = async (imported: {
	article: Article;
	renderings: Rendering[];
	alignment: Alignment;
}) => (await writes()).saveImportedArticle(getDb(), imported);

/**
 * Loads the editing module before the first edit (translator mode calls it), so an edit never
 * waits for a download: a page left right after an edit must not lose it.
 */
export const loadEditing = async (): Promise<void> => void (await editing());
export const applyStep = async (
	articleId: string,
	step: EditStep,
	write: editingModule.StepWrite
) => (await editing()).applyStep(getDb(), articleId, step, write);
export const getHistory = (articleId: string) => history.getHistory(getDb(), articleId);
export const putHistory = (articleId: string, record: Parameters<typeof history.putHistory>[2]) =>
	history.putHistory(getDb(), articleId, record);
export const reimportRendering = async (
	articleId: string,
	prepared: Parameters<typeof editingModule.reimportRendering>[2],
	lang: Lang
) => (await editing()).reimportRendering(getDb(), articleId, prepared, lang);

export const exportBackup = async () => (await backup()).exportBackup(getDb());
/**
 * A restore keeps the restored articles' search records for the search worker, holding the
 * search records' lock until they are kept (`whileKeepingSearchRecords`).
 */
export const restoreBackup = async (text: string, mode: backupModule.RestoreMode) => {
	const [b, cache] = await Promise.all([backup(), searchCache()]);
	return cache.whileKeepingSearchRecords(() =>
		b.restoreBackup(getDb(), text, mode, new Date(), cache.getSearchCache())
	);
};
export const getSafetyBackup = async () => (await backup()).getSafetyBackup(getDb());
export const restoreSafetyBackup = async () => {
	const [b, cache] = await Promise.all([backup(), searchCache()]);
	return cache.whileKeepingSearchRecords(() =>
		b.restoreSafetyBackup(getDb(), new Date(), cache.getSearchCache())
	);
};

/** Deletes an article, and then what search kept of its text (only a cache: a failure is let be). */
export const deleteArticle = async (id: string) => {
	const deleted = await (await writes()).deleteArticle(getDb(), id);
	if (deleted) await forgetSearchRecords([id]).catch(() => undefined);
	return deleted;
};
export const restoreDeleted = async (deleted: writesModule.DeletedArticle) =>
	(await writes()).restoreDeleted(getDb(), deleted);

export const putReport = (report: Report) => reports.putReport(getDb(), report);
export const getReport = (id: string) => reports.getReport(getDb(), id);

/**
 * Stores what the bundled library adds or offers; fetches nothing when nothing changed.
 * `early`: the one-file library already on its way (`fetchLibraryEarly`), used if it is needed.
 */
export const seedBundledLibrary = async (early?: Promise<Response | undefined>) => {
	const fetcher: typeof fetch = (input, init) =>
		early && input === LIBRARY_URL
			? early.then((r) => r?.clone() ?? fetch(input, init))
			: fetch(input, init);
	// The decoder seeding loads, fetched beside it rather than one round trip after it.
	const [seed] = await Promise.all([import('./seed'), import('$lib/core/import/decode')]);
	return seed.seedBundledLibrary(getDb(), fetcher);
};

const LIBRARY_URL = '/corpus/library.json';

/**
 * On a first visit (this browser has no Triptych database yet) the bundled library is what the
 * page waits for: this starts fetching it at once, before the seeding code has loaded and the
 * new database has opened. Call it before anything opens the database. Undefined otherwise, or
 * where browsers cannot list databases, or on a network error: seeding fetches what it needs
 * (an article opened by its address reads the database first, so there this is undefined and
 * seeding's own fetch finds the file already loading: the page preloads it, see app.html).
 */
export async function fetchLibraryEarly(): Promise<Response | undefined> {
	try {
		const names = await globalThis.indexedDB?.databases?.();
		if (!names || names.some((d) => d.name === DB_NAME)) return undefined;
		return await fetch(LIBRARY_URL);
	} catch {
		return undefined;
	}
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

/*
 * The search records the search worker keeps for the next visit, by article stamp, in a database
 * of their own (`search-cache.ts`): only the worker uses them, so they load on first use.
 */
export type { CachedSearchRecord } from './search-cache';
export const readSearchRecords = async (
	wanted: Parameters<typeof searchCacheModule.readSearchRecords>[1]
) => {
	const m = await searchCache();
	return m.readSearchRecords(m.getSearchCache(), wanted);
};
export const writeSearchRecords = async (records: searchCacheModule.CachedSearchRecord[]) => {
	const m = await searchCache();
	return m.writeSearchRecords(m.getSearchCache(), records);
};
export const pruneSearchRecords = async (present: ReadonlySet<string>) => {
	const m = await searchCache();
	return m.pruneSearchRecords(m.getSearchCache(), present);
};
export const forgetSearchRecords = async (ids: string[]) => {
	const m = await searchCache();
	return m.forgetSearchRecords(m.getSearchCache(), ids);
};
/** Resolves once no restore is still keeping its search records (see `restoreBackup`). */
export const searchRecordsSettled = async () => (await searchCache()).searchRecordsSettled();
