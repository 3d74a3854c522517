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
import {
	LANGS,
	type Alignment,
	type AlignmentRow,
	type Article,
	type Rendering,
	type Revision
} from '../core/types';
import {
	articleDocId,
	renderingDocId,
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
	commonAncestor,
	conflictOf,
	contentKey,
	identicalLeaves,
	resolveConflict,
	resolveStructure,
	resolveText,
	structureConflict,
	textConflict,
	type Assembled,
	type Conflict,
	type RevHistory,
	type StructureConflict,
	type TextConflict
} from './merge';
import { backOffTimer, type BackOff } from './backoff';
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

/** What translators have to settle in one article. */
export interface ArticleConflicts {
	/** Rows edited differently on two devices. */
	rows: Conflict<RowDoc>[];
	/** Sentences corrected differently on two devices. */
	texts: TextConflict[];
	/** Rows merged or split differently: the clashing stretch, this device's and the others'. */
	structure?: StructureConflict;
}

export interface ReplicatorOptions {
	server: string;
	user: SessionUser;
	store: LocalStore;
	onStatus: (status: SyncStatus) => void;
	onConflicts: (conflicts: Map<string, ArticleConflicts>) => void;
	/** For tests and the bench: the replica's name. */
	replicaName?: string;
}

interface Base {
	_id: string;
	_rev?: string;
	revs: Record<string, string>;
}

/**
 * When this device's revisions of an article's rows reached the server (`_local/pushed:<id>`,
 * never replicated): a revision another device could have built on is one that was on the server
 * before that device's edit. The last few per document are enough.
 */
interface Pushed {
	_id: string;
	_rev?: string;
	revs: Record<string, Record<string, number>>;
}
const PUSHED_KEEP = 4;
const pushedId = (articleId: string) => `_local/pushed:${articleId}`;

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

function debugEnabled(): boolean {
	try {
		return !!globalThis.localStorage?.getItem('triptych.syncDebug');
	} catch {
		return false;
	}
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
	#conflicts = new Map<string, ArticleConflicts>();
	/** Articles whose last reconciling failed: how many times in a row, and the retry timer. */
	#failures = new Map<string, number>();
	#retries = new Map<string, ReturnType<typeof setTimeout>>();
	#reports!: ReportBridge;
	#online = () => this.#restartReplication();
	/**
	 * Traces the bridge's steps to the console (`localStorage['triptych.syncDebug']`, for tests).
	 * A function argument is called only when tracing, so lists of ids cost nothing otherwise.
	 */
	readonly #debug: (...args: unknown[]) => void = debugEnabled()
		? (...args) =>
				console.debug(
					'[sync]',
					args
						.map((a) => (typeof a === 'function' ? a() : a))
						.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
						.join(' ')
				)
		: () => undefined;

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
				this.#debug('replica change', change.id, change.seq);
				this.#bridge.seq = change.seq;
				void this.#onReplicaChange(change.id);
			});
		this.#stopWatch = this.#options.store.watch((versions) => {
			for (const [id, updatedAt] of versions) {
				if (this.#bridge.known[id] !== updatedAt) {
					this.#debug('app change', id, updatedAt, 'known', this.#bridge.known[id]);
					this.#enqueue(id);
				}
			}
			for (const id of Object.keys(this.#bridge.known)) if (!versions.has(id)) this.#enqueue(id);
		});
		globalThis.addEventListener?.('online', this.#online);
	}

	async stop(): Promise<void> {
		this.#stopped = true;
		for (const timer of this.#retries.values()) clearTimeout(timer);
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

	/** Settles the sentences two devices corrected differently with the chosen side's texts. */
	async resolveText(text: TextConflict, choice: 'mine' | 'theirs'): Promise<void> {
		await this.#write(resolveText(text, choice, this.#stamp()));
		this.#enqueue(text.conflict.mine.articleId);
	}

	/**
	 * Settles a structure clash with the chosen side's rows for the stretch (the other side's notes
	 * carried over), worked out again from the replica as it is now.
	 */
	async resolveStructure(articleId: string, choice: 'mine' | 'theirs'): Promise<void> {
		const local = await this.#options.store.read(articleId);
		const docs = await this.#replicaDocs(articleId);
		const clash =
			local?.alignment && (await this.#structure(local.alignment.rows, docs, articleId));
		if (!clash) return;
		const writes = resolveStructure(
			articleId,
			clash.conflict,
			choice,
			clash.assembled,
			clash.rowDocs,
			clash.conflicting,
			clash.ids,
			this.#stamp()
		);
		await this.#write([...writes.put, ...writes.deleted]);
		this.#enqueue(articleId);
	}

	#stamp(): Stamp {
		return { updatedBy: this.#options.user.name, updatedAt: Date.now(), device: this.device };
	}

	#report(patch: Partial<SyncStatus> = {}) {
		// Everyone sends: translators the library, readers their reports. The article being
		// reconciled counts too: "Synced" only once the app holds everything.
		const bridging = this.#queue.size + this.#retries.size + (this.#running ? 1 : 0);
		const waiting = this.#written + bridging;
		const idle = this.#pullIdle && this.#pushIdle && waiting === 0;
		const next: SyncStatus = { ...this.#status, waiting, ...patch };
		if (!next.problem) next.state = idle ? 'synced' : 'syncing';
		if (idle && !next.problem) next.syncedAt = Date.now();
		this.#status = next;
		this.#options.onStatus({ ...next });
	}

	#startReplication() {
		const watch = (
			replication: ReturnType<PouchDB['replicate']['to']>,
			push: boolean,
			backOff: BackOff
		) => {
			const setIdle = (idle: boolean) => (push ? (this.#pushIdle = idle) : (this.#pullIdle = idle));
			if (push) {
				replication.on('change', (info: { docs?: PouchDoc[] }) => {
					this.#debug('pushed', () => info.docs?.map((d) => `${d._id} ${d._rev}`));
					void this.#notePushed(info.docs ?? []);
				});
			}
			replication
				.on('active', () => {
					this.#debug(push ? 'push' : 'pull', 'active');
					backOff.recovered();
					setIdle(false);
					this.#report({ problem: undefined });
				})
				.on('paused', (error?: unknown) => {
					if (error) {
						console.warn('Sync paused by an error', error);
						setIdle(false);
						this.#report({ state: 'error', problem: problemOf(error) });
					} else {
						this.#debug(push ? 'push' : 'pull', 'paused');
						backOff.recovered();
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
		const options = (backOff: BackOff) => ({
			live: true,
			retry: true,
			batch_size: 200,
			back_off_function: backOff.next
		});
		const pullBackOff = backOffTimer();
		this.#pull = watch(
			this.replica.replicate.from(this.remote, options(pullBackOff)),
			false,
			pullBackOff
		);
		// Readers send only reports (the server would refuse anything else from them).
		const pushBackOff = backOffTimer();
		const push = this.#translator
			? options(pushBackOff)
			: {
					...options(pushBackOff),
					filter: (doc: { _id: string }) => doc._id.startsWith(REPORT_PREFIX)
				};
		this.#pushing = watch(this.replica.replicate.to(this.remote, push), true, pushBackOff);
	}

	#pushedQueue: Promise<unknown> = Promise.resolve();

	/** Records when this device's row revisions reached the server. */
	#notePushed(docs: PouchDoc[]) {
		const at = Date.now();
		const byArticle = new Map<string, PouchDoc[]>();
		for (const doc of docs) {
			if (!doc._id.startsWith('row:') || (doc.device !== undefined && doc.device !== this.device))
				continue;
			const articleId = articleOfDocId(doc._id)!;
			byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), doc]);
		}
		this.#pushedQueue = this.#pushedQueue.then(async () => {
			for (const [articleId, written] of byArticle) {
				const record = await this.#pushedOf(articleId);
				for (const doc of written) {
					const revs = { ...record.revs[doc._id], [doc._rev!]: at };
					const kept = Object.entries(revs)
						.sort((a, b) => b[1] - a[1])
						.slice(0, PUSHED_KEEP);
					record.revs[doc._id] = Object.fromEntries(kept);
				}
				await this.replica.put(record as unknown as PouchDoc).catch(() => undefined);
			}
		});
		return this.#pushedQueue;
	}

	async #pushedOf(articleId: string): Promise<Pushed> {
		return this.replica
			.get(pushedId(articleId))
			.then((doc) => doc as unknown as Pushed)
			.catch(() => ({ _id: pushedId(articleId), revs: {} }));
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
					this.#debug('reconcile', articleId);
					const again = await this.#reconcile(articleId);
					this.#debug('reconciled', articleId, again ? 'again' : 'done');
					if (again) this.#queue.add(articleId);
					this.#failures.delete(articleId);
					clearTimeout(this.#retries.get(articleId));
					this.#retries.delete(articleId);
				} catch (error) {
					console.error('Sync: reconciling', articleId, 'failed', error);
					this.#retryLater(articleId);
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
			// An article enqueued while the bridge record was being saved found the bridge running
			// and left it to this drain, whose loop had already ended: without this it waited for
			// its next change. (Seen in the e2e suite: a merge's deletion arriving just after its
			// merged row left the other device with the unsound half, for good.)
			if (this.#queue.size && !this.#stopped) void this.#drain();
		}
	}

	/**
	 * An article whose reconciling failed (the replica or the app's database refused a write, say
	 * a revision that moved on meanwhile) goes round again after a pause, 1 s doubling up to 60 s,
	 * rather than waiting for its next change: an edit is never left unsent, nor a remote change
	 * unapplied. Until then the status does not say "Synced".
	 */
	#retryLater(articleId: string) {
		const failures = (this.#failures.get(articleId) ?? 0) + 1;
		this.#failures.set(articleId, failures);
		clearTimeout(this.#retries.get(articleId));
		const delay = Math.min(1000 * 2 ** (failures - 1), 60_000);
		this.#retries.set(
			articleId,
			setTimeout(() => {
				this.#retries.delete(articleId);
				if (!this.#stopped) this.#enqueue(articleId);
			}, delay)
		);
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
				// The article document last: a device that sees it gone has the rest of the deletion
				// too, and does not take rows still on their way for edits made without seeing it.
				const deletions = [...docs.values()]
					.filter((doc) => base.revs[doc._id] === doc._rev)
					.sort((a, b) => Number(a.type === 'article') - Number(b.type === 'article'))
					.map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true, ...this.#stamp() }));
				if (deletions.length) await this.#write(deletions);
			}
			delete this.#bridge.known[articleId];
			await this.replica.bulkDocs([{ ...base, _deleted: true }]).catch(() => undefined);
			return false;
		}
		// Deleted elsewhere, but changed here (or elsewhere) without seeing the deletion: the edit
		// wins over the deletion and the article is restored everywhere (docs/sync.md, Deletions).
		// (Renderings are only ever deleted with their article.)
		const gone = (id: string) => !!base.revs[id] && !docs.has(id);
		const deletedElsewhere =
			!!local &&
			(gone(articleDocId(articleId)) ||
				local.renderings.some((r) => gone(renderingDocId(articleId, r.lang))));
		const edited =
			deletedElsewhere &&
			(this.#bridge.known[articleId] !== local!.article.updatedAt || docs.size > 0);
		if (local && this.#translator) {
			if (await this.#pushArticle(local, docs, base, edited))
				docs = await this.#replicaDocs(articleId);
		}
		return this.#pullArticle(articleId, local, docs, base, edited);
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
		base: Base,
		restore = false
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
			// Of an article's metadata only the rendering versions its rows rely on are worth
			// writing; per-device dates (each device seeds the bundled articles itself) are not.
			if (current?.type === 'article' && sameContent(basisOf(candidate), basisOf(current)))
				continue;
			if (!current) {
				// New here; or deleted elsewhere since (a merge of rows): theirs stands — unless the
				// whole article was deleted without seeing an edit, which brings it all back.
				if (seen === undefined || restore) puts.push(withoutRev(candidate));
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
				puts.push({ _id: gone._id, _rev: current._rev, _deleted: true, ...stamp });
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
		this.#debug(
			'push',
			() => puts.map((d) => (d as { _id: string })._id),
			'branches',
			() => branches.map((d) => (d as { _id: string })._id)
		);
		await this.#write(puts);
		await this.#write(branches, false);
		return puts.length + branches.length > 0;
	}

	/** Brings the replica's version of one article into the app. Returns true to run again. */
	async #pullArticle(
		articleId: string,
		local: LocalArticle | undefined,
		docs: Map<string, PouchDoc>,
		base: Base,
		edited = false
	): Promise<boolean> {
		const store = this.#options.store;
		const articleDoc = docs.get(articleDocId(articleId)) as unknown as ArticleDoc | undefined;
		if (!articleDoc) {
			if (local && base.revs[articleDocId(articleId)] && !edited) {
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
		const found = await this.#noteConflicts(rowDocs, all);
		if (renderings.length === 0) {
			this.#setConflicts(articleId, found);
			return false; // the rest is still on its way
		}
		// A new article whose rows are still on their way: wait for them rather than align here
		// (rows aligned on two devices would clash).
		if (!local && rowDocs.length === 0 && renderings.length >= 2) return false;
		const { article, basis } = docToArticle(articleDoc);
		const assembled = assembleRows(rowDocs, ids);
		const sound = assembled.problems.length === 0;
		this.#debug('pull', articleId, rowDocs.length, 'rows', sound ? 'sound' : assembled.problems);
		if (!sound && local?.alignment) {
			const clash = await this.#structure(local.alignment.rows, docs, articleId);
			if (clash) found.structure = clash.conflict;
		}
		this.#setConflicts(articleId, found);
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
			this.#debug('apply', articleId, local?.article.updatedAt, '→', updatedAt);
			if (updatedAt === null) return true; // the app wrote meanwhile: again, from the top
		}
		this.#bridge.known[articleId] = updatedAt!;
		// The base is what the app holds: while rows clash, it keeps the rows it last adopted.
		const adopted = sound ? all : all.filter((d) => d.type !== 'row');
		const revs = Object.fromEntries(adopted.map((d) => [d._id, d._rev!]));
		if (!sound) {
			for (const [id, rev] of Object.entries(base.revs)) if (id.startsWith('row:')) revs[id] = rev;
		}
		await this.replica.put({ ...base, revs } as unknown as PouchDoc).catch(() => undefined);
		return false;
	}

	/**
	 * The structure clash of an article whose rows do not assemble, with everything needed to settle
	 * it; undefined when they do. "Theirs" is offered only when it would settle it soundly.
	 */
	async #structure(
		local: AlignmentRow[],
		docs: Map<string, PouchDoc>,
		articleId: string
	): Promise<
		| {
				conflict: StructureConflict;
				assembled: Assembled;
				rowDocs: RowDoc[];
				conflicting: RowDoc[];
				ids: SentenceIdsByLang;
		  }
		| undefined
	> {
		const all = [...docs.values()];
		const rowDocs = all.filter((d) => d.type === 'row') as unknown as RowDoc[];
		const ids = Object.fromEntries(
			LANGS.map((lang) => [
				lang,
				(
					all.find((d) => d.type === 'rendering' && d.lang === lang) as unknown as
						RenderingDoc | undefined
				)?.sentences.map((s) => s.id) ?? []
			])
		) as unknown as SentenceIdsByLang;
		const assembled = assembleRows(rowDocs, ids);
		if (assembled.problems.length === 0) return undefined;
		const conflicting = (await this.#leaves(rowDocs)).flatMap((l) => l.bodies);
		const before = await this.#seenElsewhere(articleId, assembled, rowDocs, conflicting);
		const deletedElsewhere = new Set<string>();
		for (const doc of rowDocs) {
			if (doc.device !== this.device) continue;
			const leaves = (await this.replica
				.get(doc._id, { open_revs: 'all' })
				.catch(() => [])) as unknown as Array<{ ok?: { _deleted?: boolean; device?: string } }>;
			// Deletions are stamped with their device (older ones are not: taken as elsewhere).
			if (leaves.some((leaf) => leaf.ok?._deleted && leaf.ok.device !== this.device))
				deletedElsewhere.add(doc._id);
		}
		const conflict = structureConflict(local, assembled, rowDocs, conflicting, this.device, {
			base: before,
			deletedElsewhere
		});
		if (conflict.theirs) {
			try {
				resolveStructure(
					articleId,
					conflict,
					'theirs',
					assembled,
					rowDocs,
					conflicting,
					ids,
					this.#stamp()
				);
			} catch {
				conflict.theirs = null; // it would not settle it: only "keep mine" is offered
			}
		}
		return { conflict, assembled, rowDocs, conflicting, ids };
	}

	/**
	 * For the rows this device wrote (or deleted) in a clash: the version the other devices could
	 * have had when they made their clashing edits — the newest revision that another device wrote
	 * or that reached the server before the earliest of those edits.
	 */
	async #seenElsewhere(
		articleId: string,
		assembled: Assembled,
		rowDocs: RowDoc[],
		conflicting: RowDoc[]
	): Promise<Map<string, RowDoc>> {
		const touches = (doc: RowDoc) =>
			assembled.clash.has(`row:${doc.rowId}`) ||
			LANGS.some((lang) => doc.cells[lang].some((s) => assembled.clash.has(s)));
		const theirEdits = [...rowDocs, ...conflicting].filter(
			(doc) => doc.device !== this.device && touches(doc)
		);
		const since = Math.min(...theirEdits.map((doc) => doc.updatedAt));
		const pushed = await this.#pushedOf(articleId);
		const live = new Map(rowDocs.map((doc) => [doc._id, doc]));
		const ids = new Set([
			...rowDocs.filter((doc) => doc.device === this.device).map((doc) => doc._id),
			...Object.keys(pushed.revs).filter((id) => !live.has(id))
		]);
		const out = new Map<string, RowDoc>();
		for (const id of ids) {
			let leaf = live.get(id)?._rev;
			if (!leaf) {
				const leaves = (await this.replica
					.get(id, { open_revs: 'all' })
					.catch(() => [])) as unknown as Array<{ ok?: PouchDoc }>;
				const mine = leaves.find((l) => l.ok?._deleted && l.ok.device === this.device);
				leaf = mine?.ok?._rev;
			}
			if (!leaf) continue;
			const history = (
				(await this.replica.get(id, { rev: leaf, revs: true }).catch(() => null)) as unknown as {
					_revisions?: RevHistory;
				} | null
			)?._revisions;
			if (!history) continue;
			for (const [i, hash] of history.ids.entries()) {
				const rev = `${history.start - i}-${hash}`;
				const body = (await this.replica
					.get(id, { rev })
					.catch(() => null)) as unknown as RowDoc | null;
				if (!body) break; // older bodies are gone: nothing to show
				const theirs = body.device !== this.device || (pushed.revs[id]?.[rev] ?? Infinity) < since;
				if (!theirs) continue;
				if (!body._deleted) out.set(id, body);
				break;
			}
		}
		return out;
	}

	/** The bodies of every document's other live leaves (`_conflicts`). */
	async #leaves<T extends DocMeta>(docs: T[]): Promise<Array<{ doc: T; bodies: T[] }>> {
		const out: Array<{ doc: T; bodies: T[] }> = [];
		for (const doc of docs) {
			if (!doc._conflicts?.length) continue;
			const leaves = (await Promise.all(
				doc._conflicts.map((rev) =>
					this.replica.get(doc._id, { rev, revs: true }).catch(() => null)
				)
			)) as unknown as Array<T | null>;
			out.push({ doc, bodies: leaves.filter((l): l is T => !!l && !l._deleted) });
		}
		return out;
	}

	#setConflicts(articleId: string, found: ArticleConflicts) {
		const had = this.#conflicts.has(articleId);
		const any = found.rows.length > 0 || found.texts.length > 0 || !!found.structure;
		if (any) this.#conflicts.set(articleId, found);
		else this.#conflicts.delete(articleId);
		if (had || any) this.#options.onConflicts(new Map(this.#conflicts));
	}

	/**
	 * Settles leaves that agree (and text corrections that do not clash); keeps the others for
	 * translators to choose.
	 */
	async #noteConflicts(rowDocs: RowDoc[], all: PouchDoc[]): Promise<ArticleConflicts> {
		const found: ArticleConflicts = { rows: [], texts: [] };
		const settle: object[] = [];
		for (const { doc, bodies } of await this.#leaves(rowDocs)) {
			if (this.#translator) settle.push(...identicalLeaves(doc, bodies));
			const conflict = conflictOf(doc, bodies, this.device);
			if (conflict) found.rows.push(conflict);
		}
		const renderings = all.filter((d) => d.type === 'rendering') as unknown as RenderingDoc[];
		for (const { doc, bodies } of await this.#leaves(renderings)) {
			const conflict = conflictOf(doc, bodies, this.device);
			if (!conflict) {
				if (this.#translator) settle.push(...identicalLeaves(doc, bodies));
				continue;
			}
			const text = textConflict(conflict, await this.#ancestor(conflict));
			if (text.clashes.length === 0 && !text.whole) {
				// Different sentences corrected on each side: both corrections, nobody asked.
				if (this.#translator) settle.push(...resolveText(text, 'mine', this.#stamp()));
			} else found.texts.push(text);
		}
		if (settle.length) await this.#write(settle).catch(() => undefined);
		return found;
	}

	/** The revision both sides of a conflict started from, when the replica still has it. */
	async #ancestor(conflict: Conflict<RenderingDoc>): Promise<RenderingDoc | undefined> {
		const history = async (rev?: string) =>
			(
				(await this.replica.get(conflict.id, { rev, revs: true }).catch(() => null)) as unknown as {
					_revisions?: RevHistory;
				} | null
			)?._revisions;
		const [a, b] = await Promise.all([history(conflict.mine._rev), history(conflict.theirs._rev)]);
		const at = a && b ? commonAncestor(a, b) : undefined;
		if (!at) return undefined;
		const doc = await this.replica.get(conflict.id, { rev: at }).catch(() => null);
		return doc && !doc._deleted ? (doc as unknown as RenderingDoc) : undefined;
	}
}

const basisOf = (doc: object) => ({ basis: (doc as ArticleDoc).basis });

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
