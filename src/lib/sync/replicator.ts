/**
 * The device's side of sync: a PouchDB replica of the server's library (in IndexedDB) that
 * PouchDB replicates with the server — continuous, resumable from its checkpoints, retrying with
 * back-off — and a bridge between the replica and the app's own database (`LocalStore`, Dexie).
 *
 * The bridge reconciles one article at a time, whenever the app's copy or the replica's changes:
 *
 * - **push** (translators): the app's article as documents (`rowsToDocs` and the library
 *   mapping). A document is written when the app's content differs from the replica's and the
 *   replica still holds the revision the app last saw (its *base*, kept per article in a `_local`
 *   document that never replicates). When the replica moved on meanwhile and the app changed the
 *   same document too, the app's version is written as a second leaf on top of the base: a real
 *   CouchDB conflict, shown to translators, never a silent overwrite.
 * - **pull**: the replica's winning documents assembled into the article (`assembleRows`); stored
 *   in the app only when sound, compare-and-set against the copy read at the start.
 *
 * Local writes never wait for any of this: the app writes Dexie, the bridge follows.
 */
import PouchDB, { type PouchDoc } from 'pouchdb-browser';
import type { SentenceIdsByLang } from '../core/edit/rows';
import { LANGS, type Alignment, type Article, type Rendering, type Revision } from '../core/types';
import {
	articleDocId,
	revisionDocId,
	type ArticleDoc,
	type DocMeta,
	type OrphanNotesDoc,
	type RenderingDoc,
	type RevisionDoc,
	type RowDoc
} from './docs';
import {
	articleToDoc,
	docToArticle,
	docToRendering,
	docToRevision,
	orphanNotesToDoc,
	renderingToDoc,
	revisionToDoc
} from './library';
import {
	assembleRows,
	conflictOf,
	contentKey,
	identicalLeaves,
	resolveConflict,
	type Conflict
} from './merge';
import { rowContent, rowsToDocs, type Stamp } from './rows';
import { REPORT_PREFIX, ReportBridge, type ReportStore } from './reports';
import { LIBRARY_DB, problemOf, type SessionUser, type SyncProblem } from './session';

/** One article as the app stores it. */
export interface LocalArticle {
	article: Article;
	renderings: Rendering[];
	alignment?: Alignment;
	revisions: Revision[];
}

/** The app's database, as the bridge needs it (implemented over Dexie in `$lib/db/sync`). */
export interface LocalStore extends ReportStore {
	/** Calls `listener` with every article's `updatedAt` now and after every change. */
	watch(listener: (versions: Map<string, number>) => void): () => void;
	read(articleId: string): Promise<LocalArticle | undefined>;
	/**
	 * Stores `next` unless the article changed since it was read at `basedOn` (its `updatedAt`,
	 * undefined when it did not exist). Returns the stored `updatedAt`, or null when it changed.
	 */
	apply(next: LocalArticle, basedOn: number | undefined): Promise<number | null>;
	remove(articleId: string): Promise<void>;
	putRevisions(revisions: Revision[]): Promise<void>;
}

export interface SyncStatus {
	/** `synced`: both directions idle, nothing waiting; `offline`/`error`: see `problem`. */
	state: 'starting' | 'syncing' | 'synced' | 'error';
	problem?: SyncProblem;
	/** Local changes not yet on the server. */
	waiting: number;
	syncedAt?: number;
}

export interface ReplicatorOptions {
	server: string;
	user: SessionUser;
	store: LocalStore;
	onStatus: (status: SyncStatus) => void;
	onConflicts: (conflicts: Map<string, Conflict<RowDoc>[]>) => void;
	/** For tests and the bench: the replica's name. */
	replicaName?: string;
}

interface Base {
	_id: string;
	_rev?: string;
	revs: Record<string, string>;
}

interface Bridge {
	_id: string;
	_rev?: string;
	seq: number | string;
	/** Each article's `updatedAt` as last reconciled. */
	known: Record<string, number>;
	device: string;
}

const BRIDGE_ID = '_local/bridge';
const baseId = (articleId: string) => `_local/base:${articleId}`;

/** The local replica's name for a server (a URL as the name would make PouchDB go remote). */
export function replicaName(server: string): string {
	return `triptych-sync ${server.replace(/^[a-z]+:\/\//i, '')}`;
}

/** The article a document belongs to, from its id (`type:articleId[:more]`). */
export function articleOfDocId(id: string): string | undefined {
	const [type, ...rest] = id.split(':');
	if (type === 'article' || type === 'orphan-notes') return rest.join(':');
	if (type === 'row' || type === 'rendering') return rest.slice(0, -1).join(':');
	return undefined;
}

/** Content for comparing a document with the app's version: no stamps, no per-device times. */
function sameContent(a: object, b: object): boolean {
	const strip = (doc: object) => {
		const {
			_attachments: _a,
			importedAt: _i,
			...rest
		} = doc as Record<string, unknown> & { _attachments?: unknown; importedAt?: unknown };
		return contentKey(rest);
	};
	return strip(a) === strip(b);
}

function randomHex(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class Replicator {
	readonly replica: PouchDB;
	readonly remote: PouchDB;
	readonly #options: ReplicatorOptions;
	readonly #translator: boolean;
	#bridge!: Bridge;
	#queue = new Set<string>();
	#running = false;
	#stopped = false;
	#stopWatch?: () => void;
	#changes?: { cancel(): void };
	#pushing?: { cancel(): void };
	#pull?: { cancel(): void };
	#status: SyncStatus = { state: 'starting', waiting: 0 };
	#pushIdle = false;
	#pullIdle = false;
	#written = 0;
	#conflicts = new Map<string, Conflict<RowDoc>[]>();
	#reports!: ReportBridge;
	#online = () => this.#restartReplication();

	constructor(options: ReplicatorOptions) {
		this.#options = options;
		this.#translator = options.user.roles.includes('translator');
		this.replica = new PouchDB(options.replicaName ?? replicaName(options.server), {
			auto_compaction: false
		});
		this.remote = new PouchDB(`${options.server}/${LIBRARY_DB}`, {
			skip_setup: true,
			fetch: (url: string, init: RequestInit) => fetch(url, { ...init, credentials: 'include' })
		});
	}

	get device(): string {
		return this.#bridge.device;
	}

	async start(): Promise<void> {
		this.#bridge = await this.replica
			.get(BRIDGE_ID)
			.then((doc) => doc as unknown as Bridge)
			.catch(() => ({ _id: BRIDGE_ID, seq: 0, known: {}, device: randomHex() }));
		if (this.#bridge.seq === 0) {
			// First sync of this device: take the server's library first, so local articles merge
			// with it (identical content writes nothing) instead of racing it.
			await this.replica.replicate.from(this.remote, { batch_size: 200 });
		}
		if (this.#stopped) return;
		this.#reports = new ReportBridge({
			replica: this.replica,
			store: this.#options.store,
			user: this.#options.user,
			stamp: () => this.#stamp(),
			onWrite: () => {
				this.#written++;
				this.#report();
			}
		});
		await this.#reports.start();
		this.#startReplication();
		this.#changes = this.replica
			.changes({ since: this.#bridge.seq, live: true })
			.on('change', (change: { id: string; seq: number | string }) => {
				this.#bridge.seq = change.seq;
				void this.#onReplicaChange(change.id);
			});
		this.#stopWatch = this.#options.store.watch((versions) => {
			for (const [id, updatedAt] of versions) {
				if (this.#bridge.known[id] !== updatedAt) this.#enqueue(id);
			}
			for (const id of Object.keys(this.#bridge.known)) if (!versions.has(id)) this.#enqueue(id);
		});
		globalThis.addEventListener?.('online', this.#online);
	}

	async stop(): Promise<void> {
		this.#stopped = true;
		globalThis.removeEventListener?.('online', this.#online);
		this.#stopWatch?.();
		this.#reports?.stop();
		this.#changes?.cancel();
		this.#pushing?.cancel();
		this.#pull?.cancel();
		while (this.#running) await new Promise((r) => setTimeout(r, 20));
		await this.replica.close();
	}

	/** Settles a row conflict with the chosen side; every device converges on it. */
	async resolve(conflict: Conflict<RowDoc>, choice: 'mine' | 'theirs'): Promise<void> {
		await this.replica.bulkDocs(resolveConflict(conflict, choice, this.#stamp()));
		this.#written++;
		this.#enqueue(conflict.mine.articleId);
	}

	#stamp(): Stamp {
		return { updatedBy: this.#options.user.name, updatedAt: Date.now(), device: this.device };
	}

	#report(patch: Partial<SyncStatus> = {}) {
		// Everyone sends: translators the library, readers their reports.
		const waiting = this.#written + this.#queue.size;
		const idle = this.#pullIdle && this.#pushIdle && waiting === 0;
		const next: SyncStatus = { ...this.#status, waiting, ...patch };
		if (!next.problem) next.state = idle ? 'synced' : 'syncing';
		if (idle && !next.problem) next.syncedAt = Date.now();
		this.#status = next;
		this.#options.onStatus({ ...next });
	}

	#startReplication() {
		const options = {
			live: true,
			retry: true,
			batch_size: 200,
			back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000))
		};
		const watch = (replication: ReturnType<PouchDB['replicate']['to']>, push: boolean) => {
			const setIdle = (idle: boolean) => (push ? (this.#pushIdle = idle) : (this.#pullIdle = idle));
			replication
				.on('active', () => {
					setIdle(false);
					this.#report({ problem: undefined });
				})
				.on('paused', (error?: unknown) => {
					if (error) {
						console.warn('Sync paused by an error', error);
						setIdle(false);
						this.#report({ state: 'error', problem: problemOf(error) });
					} else {
						setIdle(true);
						if (push) this.#written = 0;
						this.#report({ problem: undefined });
					}
				})
				.on('denied', (error: unknown) => console.warn('Sync: the server refused a change', error))
				.on('error', (error: unknown) => {
					console.warn('Sync stopped by an error', error);
					setIdle(false);
					this.#report({ state: 'error', problem: problemOf(error) });
				});
			return replication;
		};
		this.#pull = watch(this.replica.replicate.from(this.remote, options), false);
		// Readers send only reports (the server would refuse anything else from them).
		const push = this.#translator
			? options
			: { ...options, filter: (doc: { _id: string }) => doc._id.startsWith(REPORT_PREFIX) };
		this.#pushing = watch(this.replica.replicate.to(this.remote, push), true);
	}

	/** Back online: try now rather than when the back-off would. */
	#restartReplication() {
		if (this.#stopped) return;
		this.#pushing?.cancel();
		this.#pull?.cancel();
		this.#startReplication();
	}

	async #onReplicaChange(id: string) {
		if (id.startsWith(REPORT_PREFIX)) return this.#reports.onReplicaChange(id);
		if (id.startsWith('revision:')) {
			const doc = (await this.replica.get(id).catch(() => undefined)) as RevisionDoc | undefined;
			if (doc && !doc._deleted) await this.#options.store.putRevisions([docToRevision(doc)]);
			return;
		}
		const articleId = articleOfDocId(id);
		if (articleId !== undefined) this.#enqueue(articleId);
	}

	#enqueue(articleId: string) {
		this.#queue.add(articleId);
		this.#report();
		void this.#drain();
	}

	async #drain() {
		if (this.#running) return;
		this.#running = true;
		try {
			while (this.#queue.size && !this.#stopped) {
				const [articleId] = this.#queue;
				this.#queue.delete(articleId);
				try {
					const again = await this.#reconcile(articleId);
					if (again) this.#queue.add(articleId);
				} catch (error) {
					console.error('Sync: reconciling', articleId, 'failed', error);
				}
			}
			if (!this.#stopped) {
				await this.replica
					.put(this.#bridge as unknown as PouchDoc)
					.then((r) => (this.#bridge._rev = r.rev))
					.catch(() => undefined);
			}
		} finally {
			this.#running = false;
			this.#report();
		}
	}

	/** The replica's winning documents of one article, by id (deleted ones absent). */
	async #replicaDocs(articleId: string): Promise<Map<string, PouchDoc>> {
		const range = async (prefix: string) =>
			(
				await this.replica.allDocs({
					startkey: prefix,
					endkey: `${prefix}\uffff`,
					include_docs: true,
					conflicts: true,
					attachments: true
				})
			).rows;
		const single = await this.replica.allDocs({
			keys: [articleDocId(articleId), `orphan-notes:${articleId}`],
			include_docs: true,
			conflicts: true
		});
		const rows = [
			...single.rows,
			...(await range(`rendering:${articleId}:`)),
			...(await range(`row:${articleId}:`))
		];
		return new Map(rows.filter((r) => r.doc && !r.value?.deleted).map((r) => [r.id, r.doc!]));
	}

	async #base(articleId: string): Promise<Base> {
		return this.replica
			.get(baseId(articleId))
			.then((doc) => doc as unknown as Base)
			.catch(() => ({ _id: baseId(articleId), revs: {} }));
	}

	/** Reconciles one article both ways. Returns true when it must run again. */
	async #reconcile(articleId: string): Promise<boolean> {
		const store = this.#options.store;
		const local = await store.read(articleId);
		const known = articleId in this.#bridge.known;
		let docs = await this.#replicaDocs(articleId);
		const base = await this.#base(articleId);
		if (!local && known) {
			// Deleted on this device.
			if (this.#translator) {
				const deletions = [...docs.values()]
					.filter((doc) => base.revs[doc._id] === doc._rev)
					.map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true }));
				if (deletions.length) await this.#write(deletions);
			}
			delete this.#bridge.known[articleId];
			await this.replica.bulkDocs([{ ...base, _deleted: true }]).catch(() => undefined);
			return false;
		}
		if (local && this.#translator) {
			if (await this.#pushArticle(local, docs, base)) docs = await this.#replicaDocs(articleId);
		}
		return this.#pullArticle(articleId, local, docs, base);
	}

	async #write(docs: object[], newEdits = true) {
		if (!docs.length) return;
		const results = await this.replica.bulkDocs(docs, newEdits ? {} : { new_edits: false });
		this.#written += docs.length;
		const failed = results.filter((r) => r.error);
		if (failed.length) throw new Error(`replica refused ${failed.length} documents`);
	}

	/** Writes the app's changes of one article into the replica. Returns whether it wrote. */
	async #pushArticle(
		local: LocalArticle,
		docs: Map<string, PouchDoc>,
		base: Base
	): Promise<boolean> {
		const stamp = this.#stamp();
		const articleId = local.article.id;
		const rowDocs = [...docs.values()].filter((d) => d.type === 'row') as unknown as RowDoc[];
		const candidates: DocMeta[] = [
			articleToDoc(local.article, local.alignment?.basis ?? {}, stamp),
			...local.renderings.map((r) => renderingToDoc(r, stamp))
		];
		let deletions: Array<{ _id: string; _rev?: string }> = [];
		if (local.alignment) {
			if (local.alignment.orphanNotes.length || docs.has(`orphan-notes:${articleId}`))
				candidates.push(orphanNotesToDoc(articleId, local.alignment.orphanNotes, stamp));
			const writes = rowsToDocs(articleId, local.alignment.rows, rowDocs, stamp);
			candidates.push(...writes.put);
			deletions = writes.deleted;
		}
		const puts: object[] = [];
		const branches: object[] = [];
		for (const candidate of candidates) {
			const current = docs.get(candidate._id);
			const seen = base.revs[candidate._id];
			if (current && sameContent(candidate, current)) continue;
			if (!current) {
				// New here; or deleted elsewhere since (a merge of rows): theirs stands.
				if (seen === undefined) puts.push(withoutRev(candidate));
				continue;
			}
			if (current._rev === seen) {
				puts.push({ ...candidate, _rev: current._rev });
				continue;
			}
			// The replica moved on since the app last saw this document.
			if (seen !== undefined) {
				const before = await this.replica.get(candidate._id, { rev: seen }).catch(() => null);
				if (before && sameContent(candidate, before)) continue; // only theirs changed
			}
			// Both changed (or two devices had it before they first met): keep both, as a conflict.
			// Article metadata has nothing worth a question: the server's stands.
			if ((candidate as { type?: string }).type === 'article') continue;
			branches.push(branchOf(candidate, seen));
		}
		for (const gone of deletions) {
			const current = docs.get(gone._id);
			if (current && current._rev === base.revs[gone._id])
				puts.push({ _id: gone._id, _rev: current._rev, _deleted: true });
		}
		const revisionIds = local.revisions.map((r) => revisionDocId(r.id));
		if (revisionIds.length) {
			const have = await this.replica.allDocs({ keys: revisionIds });
			const missing = new Set(have.rows.filter((r) => r.error || !r.value).map((r) => r.key));
			for (const revision of local.revisions) {
				if (missing.has(revisionDocId(revision.id)))
					puts.push(revisionToDoc(revision, this.#options.user.name, stamp));
			}
		}
		await this.#write(puts);
		await this.#write(branches, false);
		return puts.length + branches.length > 0;
	}

	/** Brings the replica's version of one article into the app. Returns true to run again. */
	async #pullArticle(
		articleId: string,
		local: LocalArticle | undefined,
		docs: Map<string, PouchDoc>,
		base: Base
	): Promise<boolean> {
		const store = this.#options.store;
		const articleDoc = docs.get(articleDocId(articleId)) as unknown as ArticleDoc | undefined;
		if (!articleDoc) {
			if (local && base.revs[articleDocId(articleId)]) {
				// Deleted on another device.
				await store.remove(articleId);
				delete this.#bridge.known[articleId];
			} else if (local) this.#bridge.known[articleId] = local.article.updatedAt;
			return false;
		}
		const all = [...docs.values()];
		const renderings = all
			.filter((d) => d.type === 'rendering')
			.map((d) => docToRendering(d as unknown as RenderingDoc));
		const rowDocs = all.filter((d) => d.type === 'row') as unknown as RowDoc[];
		const orphans = docs.get(`orphan-notes:${articleId}`) as unknown as OrphanNotesDoc | undefined;
		const ids = Object.fromEntries(
			LANGS.map((lang) => [
				lang,
				renderings.find((r) => r.lang === lang)?.sentences.map((s) => s.id) ?? []
			])
		) as unknown as SentenceIdsByLang;
		await this.#noteConflicts(articleId, rowDocs);
		if (renderings.length === 0) return false; // the rest is still on its way
		// A new article whose rows are still on their way: wait for them rather than align here
		// (rows aligned on two devices would clash).
		if (!local && rowDocs.length === 0 && renderings.length >= 2) return false;
		const { article, basis } = docToArticle(articleDoc);
		const assembled = assembleRows(rowDocs, ids);
		const alignment: Alignment | undefined =
			rowDocs.length === 0
				? local?.alignment
				: assembled.problems.length === 0
					? {
							articleId,
							rows: assembled.rows,
							orphanNotes: orphans?.notes ?? local?.alignment?.orphanNotes ?? [],
							basis,
							updatedAt: local?.alignment?.updatedAt ?? article.updatedAt
						}
					: local?.alignment; // unsound for now: keep the last sound version
		const next: LocalArticle = {
			article: local ? { ...local.article } : article,
			renderings: renderings.map((r) => {
				const mine = local?.renderings.find((l) => l.lang === r.lang);
				return mine ? { ...r, importedAt: mine.importedAt } : r;
			}),
			alignment,
			revisions: []
		};
		let updatedAt: number | null = local?.article.updatedAt ?? null;
		if (!local || !sameArticle(local, next)) {
			updatedAt = await store.apply(next, local?.article.updatedAt);
			if (updatedAt === null) return true; // the app wrote meanwhile: again, from the top
		}
		this.#bridge.known[articleId] = updatedAt!;
		const revs = Object.fromEntries(all.map((d) => [d._id, d._rev!]));
		await this.replica.put({ ...base, revs } as unknown as PouchDoc).catch(() => undefined);
		return false;
	}

	/** Settles leaves that agree; keeps the others for translators to choose. */
	async #noteConflicts(articleId: string, rowDocs: RowDoc[]) {
		const found: Conflict<RowDoc>[] = [];
		const settle: object[] = [];
		for (const doc of rowDocs) {
			if (!doc._conflicts?.length) continue;
			const leaves = (await Promise.all(
				doc._conflicts.map((rev) => this.replica.get(doc._id, { rev }).catch(() => null))
			)) as unknown as Array<RowDoc | null>;
			const bodies = leaves.filter((l): l is RowDoc => !!l && !l._deleted);
			if (this.#translator) settle.push(...identicalLeaves(doc, bodies));
			const conflict = conflictOf(doc, bodies, this.device);
			if (conflict) found.push(conflict);
		}
		if (settle.length) await this.#write(settle).catch(() => undefined);
		const had = this.#conflicts.get(articleId)?.length ?? 0;
		if (found.length) this.#conflicts.set(articleId, found);
		else this.#conflicts.delete(articleId);
		if (had || found.length) this.#options.onConflicts(new Map(this.#conflicts));
	}
}

function withoutRev<T extends { _rev?: string }>(doc: T): T {
	const { _rev, ...rest } = doc;
	return rest as T;
}

/** The app's version as a second leaf on top of the revision it was based on. */
function branchOf(doc: DocMeta, seen: string | undefined): object {
	const hash = randomHex();
	if (!seen) return { ...doc, _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } };
	const [generation, parent] = seen.split('-');
	const start = Number(generation) + 1;
	return { ...doc, _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, parent] } };
}

/** Whether the app already holds what the replica says (per-device times aside). */
function sameArticle(local: LocalArticle, next: LocalArticle): boolean {
	const rows = (a?: Alignment) =>
		a ? JSON.stringify([a.rows.map(rowContent), a.orphanNotes, a.basis]) : '';
	if (rows(local.alignment) !== rows(next.alignment)) return false;
	if (local.renderings.length !== next.renderings.length) return false;
	const stamp: Stamp = { updatedBy: '', updatedAt: 0, device: '' };
	return next.renderings.every((r) => {
		const mine = local.renderings.find((l) => l.lang === r.lang);
		return !!mine && sameContent(renderingToDoc(mine, stamp), renderingToDoc(r, stamp));
	});
}
