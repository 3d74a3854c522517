import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { TriptychDB } from '../../src/lib/db/schema';

let n = 0;

/** A fresh, isolated database on fake-indexeddb. */
export function freshDb(): TriptychDB {
	return new TriptychDB(`triptych-test-${process.pid}-${n++}`, { indexedDB, IDBKeyRange });
}
