/**
 * Whole-library backup as one JSON file, and its validating reader. The DB layer takes a
 * {@link LibrarySnapshot} from every table, calls {@link createBackup}, and restores with
 * {@link parseBackup} (merge or replace) in one transaction.
 *
 * The file is deterministic: collections sorted by id, object keys sorted, no clock read. So
 * export → wipe → restore → export gives the same bytes. `originalBytes` is stored as base64.
 *
 * ```json
 * { "format": "triptych-backup", "version": 1, "createdAt": "2024-01-11T10:00:00.000Z",
 *   "articles": [], "renderings": [], "alignments": [], "revisions": [], "bundledOffers": [],
 *   "settings": [{ "key": "theme", "value": "dark" }], "reports": [] }
 * ```
 */
import { decodeBase64, encodeBase64 } from './base64';
import { migrateBackup, type BackupDocument } from './migrations';
import type { LibrarySnapshot } from './snapshot';
import { validateSnapshot } from './validate';

export type { LibrarySnapshot, SettingRecord } from './snapshot';

export const BACKUP_FORMAT = 'triptych-backup';
/** The version {@link createBackup} writes and {@link parseBackup} migrates to. */
export const BACKUP_VERSION = 2;

/**
 * Why a backup was refused; the UI shows the locale key `backup.error.<code>`.
 * - `malformed`: not JSON, or data of the wrong shape (details in `detail`)
 * - `not-backup`: JSON, but not a Triptych backup (`format` differs)
 * - `newer-version`: written by a newer Triptych; update the app to restore it
 */
export type BackupErrorCode = 'malformed' | 'not-backup' | 'newer-version';

export class BackupError extends Error {
	override name = 'BackupError';
	constructor(
		readonly code: BackupErrorCode,
		/** Developer-facing detail such as the path of a bad field; not for the UI. */
		readonly detail?: string
	) {
		super(detail ? `Backup refused (${code}): ${detail}` : `Backup refused (${code})`);
	}

	get localeKey(): `backup.error.${BackupErrorCode}` {
		return `backup.error.${this.code}`;
	}
}

/**
 * Serialises the library. `createdAt` is written as given (an ISO date), never read from a clock.
 *
 * @example
 * const text = createBackup(await readAllTables(), { createdAt: new Date().toISOString() });
 */
export function createBackup(data: LibrarySnapshot, opts: { createdAt: string }): string {
	const byKey = <T>(items: readonly T[], key: (item: T) => string) =>
		[...items].sort((a, b) => compare(key(a), key(b)));
	const doc = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: opts.createdAt,
		articles: canonical(byKey(data.articles, (a) => a.id)),
		renderings: canonical(
			byKey(data.renderings, (r) => r.id).map(({ originalBytes, ...rest }) =>
				originalBytes ? { ...rest, originalBytes: encodeBase64(originalBytes) } : rest
			)
		),
		alignments: canonical(byKey(data.alignments, (a) => a.articleId)),
		revisions: canonical(byKey(data.revisions, (r) => r.id)),
		bundledOffers: canonical(byKey(data.bundledOffers, (o) => `${o.renderingId}\u0000${o.file}`)),
		settings: canonical(byKey(data.settings, (s) => s.key)),
		reports: canonical(byKey(data.reports ?? [], (r) => r.id))
	};
	return JSON.stringify(doc, null, '\t') + '\n';
}

/**
 * Reads and validates a backup, migrating older versions. Throws {@link BackupError}.
 *
 * @example
 * const snapshot = parseBackup(await file.text());
 */
export function parseBackup(text: string): LibrarySnapshot {
	return readBackup(text).snapshot;
}

/** Like {@link parseBackup}, also returning when the backup was made and its original version. */
export function readBackup(text: string): {
	createdAt: string;
	version: number;
	snapshot: LibrarySnapshot;
} {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (err) {
		throw new BackupError('malformed', err instanceof Error ? err.message : 'not JSON');
	}
	if (!json || typeof json !== 'object' || Array.isArray(json)) {
		throw new BackupError('not-backup', 'not a JSON object');
	}
	const doc = json as BackupDocument;
	if (doc.format !== BACKUP_FORMAT)
		throw new BackupError('not-backup', `format ${String(doc.format)}`);
	const version = doc.version;
	// Version 1 is the first format that shipped: there is no older file to migrate.
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		throw new BackupError('malformed', `version ${String(version)}`);
	}
	if (version > BACKUP_VERSION) {
		throw new BackupError(
			'newer-version',
			`version ${version}, this app reads up to ${BACKUP_VERSION}`
		);
	}
	const current = migrateBackup(doc, version, BACKUP_VERSION);
	if (typeof current.createdAt !== 'string') throw new BackupError('malformed', 'createdAt');
	const snapshot = validateSnapshot(current, (path, problem) => {
		throw new BackupError('malformed', `${path}: ${problem}`);
	});
	for (const r of snapshot.renderings) {
		const encoded = r.originalBytes as unknown;
		if (encoded === undefined) continue;
		const bytes = typeof encoded === 'string' ? decodeBase64(encoded) : undefined;
		if (!bytes) throw new BackupError('malformed', `renderings[${r.id}].originalBytes: not base64`);
		r.originalBytes = bytes;
	}
	return { createdAt: current.createdAt, version, snapshot };
}

/** Code-unit order, the same in every locale (unlike `localeCompare`). */
function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A deep copy with object keys sorted, so key order never depends on where data came from. */
function canonical<T>(value: T): T {
	if (Array.isArray(value)) return value.map(canonical) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort(compare)) {
			const v = (value as Record<string, unknown>)[key];
			if (v !== undefined) out[key] = canonical(v);
		}
		return out as T;
	}
	return value;
}
