/** The parts of PouchDB's API the replicator uses (the package ships no types). */
declare module 'pouchdb-browser' {
	export interface PouchDoc {
		_id: string;
		_rev?: string;
		_deleted?: boolean;
		_conflicts?: string[];
		[key: string]: unknown;
	}
	export interface PouchError {
		status?: number;
		name?: string;
		message?: string;
	}
	export interface AllDocsRow {
		id: string;
		key: string;
		value: { rev: string; deleted?: boolean };
		doc?: PouchDoc;
		error?: string;
	}
	export interface BulkResult {
		ok?: boolean;
		id?: string;
		rev?: string;
		error?: boolean | string;
		status?: number;
	}
	export interface EventSource {
		on(event: string, listener: (...args: any[]) => void): this;
		cancel(): void;
	}
	export interface Replication extends EventSource, PromiseLike<unknown> {}
	export interface Changes extends EventSource {}
	export default class PouchDB {
		constructor(name: string, options?: Record<string, unknown>);
		get(id: string, options?: Record<string, unknown>): Promise<PouchDoc>;
		put(doc: PouchDoc): Promise<BulkResult>;
		bulkDocs(docs: object[], options?: Record<string, unknown>): Promise<BulkResult[]>;
		allDocs(options?: Record<string, unknown>): Promise<{ rows: AllDocsRow[] }>;
		changes(options?: Record<string, unknown>): Changes;
		info(): Promise<{ doc_count: number; update_seq: number | string }>;
		destroy(): Promise<unknown>;
		close(): Promise<unknown>;
		replicate: {
			from(source: PouchDB | string, options?: Record<string, unknown>): Replication;
			to(target: PouchDB | string, options?: Record<string, unknown>): Replication;
		};
	}
}
