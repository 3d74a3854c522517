/** Backup API: the whole library as one JSON file (see `backup.ts`), and its migration chain. */
export * from './backup';
export {
	BACKUP_MIGRATIONS,
	migrateBackup,
	type BackupDocument,
	type BackupMigration
} from './migrations';
export { decodeBase64, encodeBase64 } from './base64';
