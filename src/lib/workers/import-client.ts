/**
 * `prepareImport` for the app: runs the core in a worker (one, started on first use), with the
 * same signature and the same {@link ImportError}s. A worker that fails to start or crashes
 * rejects every pending call with the locale key `import.error.worker`, and the next call starts
 * a fresh worker. Where workers do not exist the core runs in the page.
 */
// Not the `core/import` barrel: the page needs only the error type; the pipeline (htmlparser2,
// the segmenter) runs in the worker and loads in the page only where there are no workers.
import { ImportError } from '$lib/core/import/errors';
import type { PrepareImportOptions, PreparedImport } from '$lib/core/import/prepare';
import type { ImportRequest, ImportResponse } from './import.worker';
import ImportWorker from './import.worker?worker';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<
	number,
	{ resolve: (prepared: PreparedImport) => void; reject: (error: Error) => void }
>();

/** The error a page shows when the worker itself failed (not the file). */
function workerError(message: string): Error {
	return Object.assign(new Error(message), { localeKey: 'import.error.worker' });
}

function failAll(message: string): void {
	worker?.terminate();
	worker = undefined;
	for (const job of pending.values()) job.reject(workerError(message));
	pending.clear();
}

function getWorker(): Worker {
	if (!worker) {
		worker = new ImportWorker();
		worker.onmessage = (event: MessageEvent<ImportResponse>) => {
			const job = pending.get(event.data.id);
			if (!job) return;
			pending.delete(event.data.id);
			const data = event.data;
			if ('prepared' in data) job.resolve(data.prepared);
			else if (data.code) job.reject(new ImportError(data.code, data.error, data.detail));
			else job.reject(workerError(data.error));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			failAll(event.message || 'The import worker stopped');
		};
		worker.onmessageerror = () => failAll('The import worker sent an unreadable message');
	}
	return worker;
}

/**
 * Same as the core's `prepareImport`, off the main thread.
 *
 * @example
 * const prepared = await prepareImport(bytes, { fileName: file.name, expectLang: 'hy' });
 */
export function prepareImport(
	bytes: Uint8Array,
	opts: PrepareImportOptions = {}
): Promise<PreparedImport> {
	if (typeof Worker === 'undefined')
		return import('$lib/core/import/prepare').then((core) => core.prepareImport(bytes, opts));
	const id = nextId++;
	return new Promise((resolve, reject) => {
		pending.set(id, { resolve, reject });
		try {
			getWorker().postMessage({ id, bytes, opts } satisfies ImportRequest);
		} catch (error) {
			pending.delete(id);
			reject(workerError(error instanceof Error ? error.message : String(error)));
		}
	});
}
