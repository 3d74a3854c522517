/**
 * An article's stored undo history: read when an article opens, so it lives apart from the
 * editing module (and the core editing code that module loads on the first edit).
 */
import { HISTORY_LIMIT, type HistoryRecord, type TriptychDB } from './schema';

/** The stored undo history of an article (empty when none). */
export async function getHistory(
	db: TriptychDB,
	articleId: string
): Promise<Omit<HistoryRecord, 'articleId'>> {
	const record = await db.history.get(articleId);
	return { past: record?.past ?? [], future: record?.future ?? [] };
}

/** Stores an article's undo history on its own (a dropped step, a cleared stack). */
export async function putHistory(
	db: TriptychDB,
	articleId: string,
	history: Omit<HistoryRecord, 'articleId'>
): Promise<void> {
	await db.history.put({
		articleId,
		past: history.past.slice(-HISTORY_LIMIT),
		future: history.future.slice(0, HISTORY_LIMIT)
	});
}
