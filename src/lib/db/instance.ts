import { TriptychDB } from './schema';

let instance: TriptychDB | undefined;

/** What happened to the connection: another tab upgraded the schema, or waits for us to close. */
export type ConnectionEvent = 'versionchange' | 'blocked';
const listeners = new Set<(event: ConnectionEvent) => void>();

/** Calls `listener` when the connection is closed for an upgrade or an upgrade is blocked. */
export function onConnectionEvent(listener: (event: ConnectionEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * The app's database, opened lazily so importing this module has no side effects. Only the db
 * module itself calls this: everything else goes through `$lib/db` and `$lib/db/live.svelte`.
 * When a newer Triptych in another tab upgrades the schema, this tab closes its connection at
 * once (so it never blocks the upgrade) and asks the user to reload; it never reopens the
 * database with its old schema.
 */
export function getDb(): TriptychDB {
	instance ??= watchConnection(new TriptychDB());
	return instance;
}

/** Closes `db` when another connection upgrades it, and reports both events to the listeners. */
export function watchConnection<T extends TriptychDB>(db: T): T {
	db.on('versionchange', () => {
		db.close({ disableAutoOpen: true });
		for (const listener of listeners) listener('versionchange');
		return false;
	});
	db.on('blocked', () => {
		for (const listener of listeners) listener('blocked');
	});
	return db;
}
