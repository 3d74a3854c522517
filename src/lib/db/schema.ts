/**
 * The one database module: entity tables, the typed Dexie instance and its versions.
 * `version(1)` lists only primary keys and the fields we query by; data migrations go into
 * `.upgrade()` of new versions, kept forever (a user may skip many app updates).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Alignment, Article, BundledOffer, Rendering, Revision } from '$lib/core/types';

/** A remembered setting or per-article state (reading position, reader layout…). */
export interface SettingRecord {
	key: string;
	value: unknown;
}

export const DB_NAME = 'triptych';

export class TriptychDB extends Dexie {
	articles!: Table<Article, string>;
	renderings!: Table<Rendering, string>;
	alignments!: Table<Alignment, string>;
	revisions!: Table<Revision, string>;
	offers!: Table<BundledOffer, string>;
	settings!: Table<SettingRecord, string>;

	constructor(name = DB_NAME, options?: DexieOptions) {
		super(name, options);
		this.version(1).stores({
			articles: 'id, updatedAt',
			renderings: 'id, articleId',
			alignments: 'articleId',
			revisions: 'id, renderingId, [renderingId+sentenceId]',
			offers: 'renderingId',
			settings: 'key'
		});
	}
}

/** Every table, for transactions that must cover the whole library (restore, wipe). */
export function allTables(db: TriptychDB): Table[] {
	return [db.articles, db.renderings, db.alignments, db.revisions, db.offers, db.settings];
}
