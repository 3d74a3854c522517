import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { onConnectionEvent, watchConnection } from '../../src/lib/db/instance';
import { TriptychDB } from '../../src/lib/db/schema';

describe('a newer Triptych upgrading the database in another tab', () => {
	it('makes this tab close its connection and ask for a reload, never blocking the upgrade', async () => {
		const name = `triptych-vc-${process.pid}`;
		const old = watchConnection(new TriptychDB(name, { indexedDB, IDBKeyRange }));
		await old.device.put({ key: 'reader', value: { theme: 'dark' } });
		const events: string[] = [];
		const stop = onConnectionEvent((event) => events.push(event));

		const newer = new Dexie(name, { indexedDB, IDBKeyRange });
		newer.version(4).stores({ device: 'key', extra: 'id' });
		await newer.open();
		expect(newer.verno).toBe(4);
		expect(await newer.table('device').get('reader')).toEqual({
			key: 'reader',
			value: { theme: 'dark' }
		});
		expect(events).toEqual(['versionchange']);
		expect(old.isOpen()).toBe(false);
		// The old tab does not quietly reopen the database with its old schema.
		await expect(old.device.get('reader')).rejects.toThrow();
		stop();
		newer.close();
	});
});
