/** A full disk is recognised however Dexie wraps it, so the UI can say so instead of "unexpected". */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { errorKey } from '../../src/lib/state/errors';
import { freshDb } from '../helpers/db';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('errorKey', () => {
	it('says "out of storage space" for a quota error, bare or wrapped by Dexie', () => {
		expect(errorKey(quota())).toBe('error.quota');
		expect(errorKey(new Dexie.AbortError('Transaction aborted', quota()))).toBe('error.quota');
		expect(errorKey(new Dexie.BulkError('1 of 2 failed', [quota()]))).toBe('error.quota');
		expect(errorKey(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe('error.quota');
	});

	it('recognises the error a real Dexie transaction rejects with when a write is refused', async () => {
		const db = freshDb();
		const failing = db.transaction('rw', db.device, async () => {
			await db.device.put({ key: 'a', value: 1 });
			throw quota();
		});
		expect(errorKey(await failing.catch((e: unknown) => e))).toBe('error.quota');
		expect(await db.device.count()).toBe(0);
	});

	it('keeps a typed error’s own key, and calls anything else unexpected', () => {
		expect(errorKey(Object.assign(new Error('x'), { localeKey: 'import.error.empty' }))).toBe(
			'import.error.empty'
		);
		expect(errorKey(new Error('boom'))).toBe('error.unexpected');
		expect(errorKey(new DOMException('gone', 'NotFoundError'))).toBe('error.unexpected');
		expect(errorKey(undefined)).toBe('error.unexpected');
	});
});
