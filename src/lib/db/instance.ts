import { TriptychDB } from './schema';

let instance: TriptychDB | undefined;

/**
 * The app's database, opened lazily so importing this module has no side effects. Only the db
 * module itself calls this: everything else goes through `$lib/db` and `$lib/db/live.svelte`.
 */
export function getDb(): TriptychDB {
	instance ??= new TriptychDB();
	return instance;
}
