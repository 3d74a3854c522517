/** The library as plain data, one array per table: what a backup holds. */
import type { Report } from '../reports';
import type { Alignment, Article, BundledOffer, Rendering, Revision } from '../types';

/** One row of the settings table: any JSON value under a key. */
export interface SettingRecord {
	key: string;
	value: unknown;
}

/** Everything the library stores, one array per table. */
export interface LibrarySnapshot {
	articles: Article[];
	renderings: Rendering[];
	alignments: Alignment[];
	revisions: Revision[];
	bundledOffers: BundledOffer[];
	settings: SettingRecord[];
	/** Readers' reports on rows (format version 2). */
	reports: Report[];
}
