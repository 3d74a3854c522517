/**
 * The sync bridge for readers' reports: each report is its own document (`report:<id>`), so it
 * travels apart from the alignment and a reader may write it. Reports are bridged one at a time,
 * both ways, like articles are (see ./replicator.ts), with a base kept in a `_local` document:
 *
 * - the app's report changed since it was last bridged (and this user may write it: a reader
 *   their own, a translator any) → written into the replica on top of the revision it was based
 *   on; a report filed or resolved before this device synced is claimed by this user's name;
 * - the replica's changed → stored in the app (compare-and-set on the app's `updatedAt`);
 * - both changed → the later change wins (a report has two writers at most: its reader, who only
 *   files and withdraws it, and a translator, who resolves or reopens it);
 * - deleted on the server (withdrawn) → deleted in the app.
 */
import type PouchDB from 'pouchdb-browser';
import type { PouchDoc } from 'pouchdb-browser';
import type { Report } from '../core/reports';
import { reportDocId, type ReportDoc } from './docs';
import { docToReport, reportToDoc } from './library';
import { contentKey } from './merge';
import type { Stamp } from './rows';
import type { SessionUser } from './session';

/** The app's reports, as the bridge needs them (implemented over Dexie in `$lib/db/sync`). */
export interface ReportStore {
	/** Calls `listener` with every report's `updatedAt` now and after every change. */
	watchReports(listener: (versions: Map<string, number>) => void): () => void;
	getReport(id: string): Promise<Report | undefined>;
	/** Stores `next` unless the report changed since `basedOn` (its `updatedAt`). */
	putReport(next: Report, basedOn: number | undefined): Promise<boolean>;
	removeReport(id: string): Promise<void>;
}

interface Bases {
	_id: string;
	_rev?: string;
	/** Per report id: the replica revision and the app's `updatedAt` last bridged. */
	revs: Record<string, string>;
	seen: Record<string, number>;
}

const BASES_ID = '_local/reports';
export const REPORT_PREFIX = 'report:';

/** A report's content, without who wrote it last, when, or on which device. */
function contentOf(report: Report): string {
	const { updatedAt: _updatedAt, ...rest } = report;
	return contentKey(rest);
}

/** The report as this user files it: a report or resolution without a name gets theirs. */
function claimed(report: Report, name: string): Report {
	const next = { ...report, author: report.author || name };
	if (report.resolution)
		next.resolution = { ...report.resolution, by: report.resolution.by || name };
	return next;
}

export class ReportBridge {
	readonly #replica: PouchDB;
	readonly #store: ReportStore;
	readonly #user: SessionUser;
	readonly #stamp: () => Stamp;
	readonly #onWrite: () => void;
	#bases: Bases = { _id: BASES_ID, revs: {}, seen: {} };
	#queue = new Set<string>();
	#running = false;
	#stopped = false;
	#unwatch?: () => void;

	constructor(options: {
		replica: PouchDB;
		store: ReportStore;
		user: SessionUser;
		stamp: () => Stamp;
		/** Called for every document written into the replica (it waits to be sent). */
		onWrite: () => void;
	}) {
		this.#replica = options.replica;
		this.#store = options.store;
		this.#user = options.user;
		this.#stamp = options.stamp;
		this.#onWrite = options.onWrite;
	}

	get #translator(): boolean {
		return this.#user.roles.includes('translator');
	}

	async start(): Promise<void> {
		this.#bases = await this.#replica
			.get(BASES_ID)
			.then((doc) => doc as unknown as Bases)
			.catch(() => ({ _id: BASES_ID, revs: {}, seen: {} }));
		if (this.#stopped) return;
		this.#unwatch = this.#store.watchReports((versions) => {
			for (const [id, updatedAt] of versions) {
				if (this.#bases.seen[id] !== updatedAt) this.enqueue(id);
			}
			// Gone from the app (a backup restored over it): the replica's copy comes back.
			for (const id of Object.keys(this.#bases.seen)) if (!versions.has(id)) this.enqueue(id);
		});
	}

	stop(): void {
		this.#stopped = true;
		this.#unwatch?.();
	}

	/** A replica document changed: `report:<id>`. */
	onReplicaChange(docId: string): void {
		this.enqueue(docId.slice(REPORT_PREFIX.length));
	}

	get busy(): boolean {
		return this.#running || this.#queue.size > 0;
	}

	enqueue(id: string): void {
		this.#queue.add(id);
		void this.#drain();
	}

	async #drain(): Promise<void> {
		if (this.#running) return;
		this.#running = true;
		try {
			while (this.#queue.size && !this.#stopped) {
				const [id] = this.#queue;
				this.#queue.delete(id);
				try {
					if (await this.#reconcile(id)) this.#queue.add(id);
				} catch (error) {
					console.error('Sync: reconciling report', id, 'failed', error);
				}
			}
			if (!this.#stopped) {
				await this.#replica
					.put(this.#bases as unknown as PouchDoc)
					.then((r) => (this.#bases._rev = r.rev))
					.catch(() => undefined);
			}
		} finally {
			this.#running = false;
			// A report enqueued while the bases were being saved found the bridge running and left
			// it to this drain, whose loop had already ended: drain again.
			if (this.#queue.size && !this.#stopped) void this.#drain();
		}
	}

	/** Whether this user may write this version of the report (the server decides for real). */
	#mayWrite(report: Report): boolean {
		if (this.#translator) return true;
		const own = report.author === '' || report.author === this.#user.name;
		return own && report.state === 'open';
	}

	/** Bridges one report both ways. Returns true when it must run again. */
	async #reconcile(id: string): Promise<boolean> {
		const docId = reportDocId(id);
		const local = await this.#store.getReport(id);
		const doc = (await this.#replica.get(docId).catch(() => undefined)) as
			(ReportDoc & PouchDoc) | undefined;
		const base = this.#bases.revs[id];
		const localChanged = !!local && local.updatedAt !== this.#bases.seen[id];
		const remoteChanged = doc?._rev !== base;
		const record = (rev: string | undefined, seen: number | undefined) => {
			if (rev === undefined) delete this.#bases.revs[id];
			else this.#bases.revs[id] = rev;
			if (seen === undefined) delete this.#bases.seen[id];
			else this.#bases.seen[id] = seen;
		};

		if (local && localChanged && this.#mayWrite(local)) {
			const deletedThere = !doc && base !== undefined;
			const newerThere = remoteChanged && !!doc && doc.updatedAt > local.updatedAt;
			if (!deletedThere && !newerThere) {
				const mine = claimed(local, this.#user.name);
				if (doc && contentOf(docToReport(doc)) === contentOf(mine)) {
					record(doc._rev, local.updatedAt);
					return false;
				}
				const next = { ...reportToDoc(mine, this.#user.name, this.#stamp()), _rev: doc?._rev };
				if (!next._rev) delete next._rev;
				const written = await this.#replica.put(next as unknown as PouchDoc);
				this.#onWrite();
				record(written.rev!, local.updatedAt);
				return false;
			}
		}
		if (!doc) {
			if (base !== undefined && local) {
				// Withdrawn or deleted on the server.
				await this.#store.removeReport(id);
				record(undefined, undefined);
			} else record(undefined, local?.updatedAt);
			return false;
		}
		if (local && !remoteChanged && !localChanged) return false;
		const theirs = docToReport(doc);
		if (local && contentOf(local) === contentOf(theirs)) {
			record(doc._rev, local.updatedAt);
			return false;
		}
		if (!(await this.#store.putReport(theirs, local?.updatedAt))) return true;
		record(doc._rev, theirs.updatedAt);
		return false;
	}
}
