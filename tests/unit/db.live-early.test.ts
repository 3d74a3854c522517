/**
 * A live query started while the app is still starting (the article page's `load`) is taken over
 * by the page's own live query: it gets the value read so far at once and every later change,
 * and a query nobody takes over stops. (Dexie's live query itself runs in the end-to-end tests.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Early } from '../../src/lib/db/live.svelte';

type Observer = { next: (v: number) => void; error: (e: unknown) => void };

/** A stand-in for Dexie's `liveQuery`: `emit` sends a value, `subscribed` says if anyone listens. */
function source() {
	let observer: Observer | undefined;
	return {
		observe: () => ({
			subscribe(o: Observer) {
				observer = o;
				return { unsubscribe: () => (observer = undefined) };
			}
		}),
		emit: (v: number) => observer?.next(v),
		fail: (e: unknown) => observer?.error(e),
		get subscribed() {
			return observer !== undefined;
		}
	};
}

describe('an early live query', () => {
	afterEach(() => vi.useRealTimers());

	it('hands what it read, and later changes, to the observer that takes it over', () => {
		const s = source();
		const early = new Early(() => 0, s.observe);
		s.emit(1);
		const seen: unknown[] = [];
		const stop = early.adopt({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
		expect(seen).toEqual([1]);
		s.emit(2);
		expect(seen).toEqual([1, 2]);
		// Taken once only: a second component starts its own query.
		expect(early.adopt({ next: () => undefined, error: () => undefined })).toBeUndefined();
		stop!();
		expect(s.subscribed).toBe(false);
	});

	it('taken over before its first result, delivers that result (or error) when it comes', () => {
		const s = source();
		const early = new Early(() => 0, s.observe);
		const seen: unknown[] = [];
		early.adopt({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
		expect(seen).toEqual([]);
		s.fail('broken');
		expect(seen).toEqual(['broken']);
	});

	it('stops when nobody takes it over in time, and cannot be taken over after', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const s = source();
		const early = new Early(() => 0, s.observe);
		vi.advanceTimersByTime(10_000);
		expect(s.subscribed).toBe(false);
		expect(early.adopt({ next: () => undefined, error: () => undefined })).toBeUndefined();
	});

	it('taken over in time, keeps running past the deadline', () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const s = source();
		const early = new Early(() => 0, s.observe);
		const seen: unknown[] = [];
		early.adopt({ next: (v) => seen.push(v), error: (e) => seen.push(e) });
		vi.advanceTimersByTime(10_000);
		s.emit(7);
		expect(seen).toEqual([7]);
	});
});
