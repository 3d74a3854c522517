import { describe, expect, it } from 'vitest';
import { backOffTimer } from '../../src/lib/sync/backoff';

/** Feeds each wait back in, as PouchDB does between failed requests. */
function waits(backOff: ReturnType<typeof backOffTimer>, failures: number, from = 0) {
	const out: number[] = [];
	let delay = from;
	for (let i = 0; i < failures; i++) out.push((delay = backOff.next(delay)));
	return out;
}

describe('retry waits of live replication', () => {
	it('double from 1 s up to a minute while requests keep failing', () => {
		expect(waits(backOffTimer(), 8)).toEqual([
			1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000
		]);
	});

	it('start over at 1 s after the replication recovered, whatever PouchDB passes in', () => {
		const backOff = backOffTimer();
		const first = waits(backOff, 5);
		backOff.recovered();
		// PouchDB hands back the last wait it used (32 s here would become 64 s → 60 s).
		expect(waits(backOff, 3, first.at(-1))).toEqual([1000, 2000, 4000]);
	});
});
