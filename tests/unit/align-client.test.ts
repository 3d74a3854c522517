/**
 * The app's aligner client: a worker that crashes, sends an unreadable message or never answers
 * rejects every pending alignment with a message the page can show ("Aligning stopped
 * unexpectedly"), instead of leaving the page waiting for ever; the next call gets a fresh worker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AlignRequest, AlignResponse } from '../../src/lib/workers/align.worker';

type Behaviour = 'answer' | 'crash' | 'unreadable' | 'hang';

/** Stands in for the bundled worker: answers one row per unit, or fails as told. */
class FakeWorker {
	static started: FakeWorker[] = [];
	static next: Behaviour[] = [];
	onmessage: ((event: MessageEvent<AlignResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	terminated = false;

	constructor() {
		FakeWorker.started.push(this);
	}

	postMessage({ id, units }: AlignRequest): void {
		const behaviour = FakeWorker.next.shift() ?? 'answer';
		if (behaviour === 'hang') return;
		setTimeout(() => {
			if (this.terminated) return;
			if (behaviour === 'crash')
				this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
			else if (behaviour === 'unreadable') this.onmessageerror?.();
			else {
				const rows = (units.en ?? []).map((_, i) => ({ en: [i], hy: [i], score: 1 }));
				this.onmessage?.({ data: { id, rows } } as unknown as MessageEvent<AlignResponse>);
			}
		});
	}

	terminate(): void {
		this.terminated = true;
	}
}

vi.mock('../../src/lib/workers/align.worker?worker', () => ({ default: FakeWorker }));

const units = {
	en: [{ text: 'The level rose.' }, { text: 'It rained.' }],
	hy: [{ text: 'Մակարդակը բարձրացավ։' }, { text: 'Անձրև եկավ։' }]
} as unknown as AlignRequest['units'];

afterEach(() => {
	vi.useRealTimers();
	vi.resetModules();
	FakeWorker.started = [];
	FakeWorker.next = [];
});

const client = () => import('../../src/lib/alignment/service');

describe('runAligner', () => {
	it('gives the worker’s rows', async () => {
		const { runAligner } = await client();
		expect(await runAligner(units)).toHaveLength(2);
	});

	it.each(['crash', 'unreadable'] as const)(
		'rejects every pending call when the worker fails (%s), then starts afresh',
		async (failure) => {
			const { runAligner } = await client();
			FakeWorker.next = ['hang', failure];
			const first = runAligner(units).catch((e: unknown) => e);
			const second = runAligner(units).catch((e: unknown) => e);
			for (const err of await Promise.all([first, second])) {
				expect((err as { localeKey?: string }).localeKey).toBe('data.align.stopped');
			}
			expect(FakeWorker.started[0].terminated).toBe(true);
			expect(await runAligner(units)).toHaveLength(2);
			expect(FakeWorker.started).toHaveLength(2);
		}
	);

	it('rejects a call the worker never answers once its time is up, and replaces the worker', async () => {
		vi.useFakeTimers();
		const { runAligner, alignTimeout } = await client();
		FakeWorker.next = ['hang'];
		let outcome: unknown = 'pending';
		void runAligner(units).catch((e: unknown) => (outcome = e));
		await vi.advanceTimersByTimeAsync(alignTimeout(units) - 1);
		expect(outcome).toBe('pending');
		await vi.advanceTimersByTimeAsync(1);
		expect((outcome as { localeKey?: string }).localeKey).toBe('data.align.stopped');
		expect((outcome as { reason?: string }).reason).toBe('timeout');
		expect(FakeWorker.started[0].terminated).toBe(true);
		const again = runAligner(units);
		await vi.advanceTimersByTimeAsync(1);
		expect(await again).toHaveLength(2);
	});

	it('gives a long input more time than a short one', async () => {
		const { alignTimeout } = await client();
		const long = { en: Array(10_000).fill({ text: 'x' }), hy: Array(10_000).fill({ text: 'y' }) };
		expect(alignTimeout(long as AlignRequest['units'])).toBeGreaterThan(alignTimeout(units));
		expect(alignTimeout(units)).toBeGreaterThanOrEqual(60_000);
	});
});
