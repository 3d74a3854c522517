import { TriptychDB } from './schema';

export { TriptychDB, DB_NAME, allTables } from './schema';
export type { SettingRecord } from './schema';

let instance: TriptychDB | undefined;

/** The app's database, opened lazily so importing this module has no side effects. */
export function getDb(): TriptychDB {
	instance ??= new TriptychDB();
	return instance;
}
