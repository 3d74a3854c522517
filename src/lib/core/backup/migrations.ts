/**
 * Backup format migrations. A backup file carries its `version`; `parseBackup` walks it up this
 * chain one step at a time (1 → 2 → …) before validating it as the current version, so every
 * backup ever written stays restorable. To change the format: bump `BACKUP_VERSION`, append a
 * step whose `from` is the previous version, and keep every old step forever.
 *
 * Steps work on the parsed JSON (before validation and before base64 is decoded) and must not
 * mutate their input.
 */

/** A backup document as parsed JSON, at some format version. */
export type BackupDocument = Record<string, unknown>;

export interface BackupMigration {
	/** The version this step reads; it returns a document of version `from + 1`. */
	from: number;
	/** What changed, for the changelog and for anyone reading an old file. */
	description: string;
	up(doc: BackupDocument): BackupDocument;
}

export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [
	{
		from: 1,
		description: "Version 2 adds `reports` (readers' reports on rows); a version 1 file had none.",
		up: (doc) => ({ ...doc, version: 2, reports: [] })
	}
];

/**
 * Runs the steps from `from` up to `to`. Throws a `RangeError` when a step is missing, which
 * only a mistake in this file can cause.
 */
export function migrateBackup(
	doc: BackupDocument,
	from: number,
	to: number,
	steps: readonly BackupMigration[] = BACKUP_MIGRATIONS
): BackupDocument {
	let current = doc;
	for (let version = from; version < to; version++) {
		const step = steps.find((m) => m.from === version);
		if (!step) throw new RangeError(`No backup migration from version ${version}`);
		current = step.up(current);
	}
	return current;
}
