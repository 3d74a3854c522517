/**
 * The app's prepareImport: the same answers and the same ImportErrors as the core, whether it
 * runs in a worker or (where there are no workers) in the page; a worker that dies rejects the
 * pending call with a message the page can show, and the next call gets a fresh worker.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportError, prepareImport as prepareInCore } from '../../src/lib/core/import';
import type { ImportRequest, ImportResponse } from '../../src/lib/workers/import.worker';

/** Stands in for the bundled worker: answers like import.worker.ts, or dies when told to. */
class FakeWorker {
	static started = 0;
	static crashNext = false;
	onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	onmessageerror: (() => void) | null = null;
	terminated = false;

	constructor() {
		FakeWorker.started++;
	}

	postMessage({ id, bytes, opts }: ImportRequest): void {
		if (FakeWorker.crashNext) {
			FakeWorker.crashNext = false;
			setTimeout(() =>
				this.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent)
			);
			return;
		}
		prepareInCore(bytes, opts).then(
			(prepared) => this.reply({ id, prepared }),
			(error: ImportError) =>
				this.reply({ id, error: error.message, code: error.code, detail: error.detail })
		);
	}

	terminate(): void {
		this.terminated = true;
	}

	private reply(data: ImportResponse): void {
		// Structured clone, as across a real worker boundary: class instances become plain data.
		this.onmessage?.({ data: structuredClone(data) } as MessageEvent<ImportResponse>);
	}
}

vi.mock('../../src/lib/workers/import.worker?worker', () => ({ default: FakeWorker }));

const bytes = new TextEncoder().encode(
	'Lake Sevan water level rises\n\nThe level of the lake rose by ten centimetres this spring.\n'
);

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
	FakeWorker.started = 0;
});

/** The client and the ImportError class of one fresh module graph, as in the app. */
async function client() {
	const { prepareImport } = await import('../../src/lib/workers/import-client');
	const core = await import('../../src/lib/core/import');
	return Object.assign(prepareImport, { ImportError: core.ImportError });
}

describe('prepareImport for the app', () => {
	it('runs the core in the page where there are no workers', async () => {
		vi.stubGlobal('Worker', undefined);
		const prepareImport = await client();
		const prepared = await prepareImport(bytes, { fileName: 'en.txt' });
		expect(prepared).toEqual(await prepareInCore(bytes, { fileName: 'en.txt' }));
		expect(FakeWorker.started).toBe(0);
	});

	it('gives the core’s result and ImportErrors across the worker boundary', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const prepareImport = await client();
		expect(await prepareImport(bytes)).toEqual(await prepareInCore(bytes));
		const err = await prepareImport(new Uint8Array()).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(prepareImport.ImportError);
		expect((err as ImportError).localeKey).toBe('import.error.empty');
		expect(FakeWorker.started).toBe(1);
	});

	it('rejects with a message the page can show when the worker dies, then starts afresh', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const prepareImport = await client();
		FakeWorker.crashNext = true;
		const err = await prepareImport(bytes).catch((e: unknown) => e);
		expect(err).not.toBeInstanceOf(prepareImport.ImportError);
		expect((err as { localeKey?: string }).localeKey).toBe('import.error.worker');
		expect((await prepareImport(bytes)).lang).toBe('en');
		expect(FakeWorker.started).toBe(2);
	});
});
