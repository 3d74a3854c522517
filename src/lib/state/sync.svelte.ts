/**
 * Sync with a team server, as the UI sees it: the address and user name (kept on this device;
 * the password never is — the server's session cookie stands in for it), the status line, and the
 * row conflicts translators settle. The replication code is loaded only once sync is configured,
 * so readers who never sync never download it.
 */
import type { RowDoc } from '$lib/sync/docs';
import type { Conflict, StructureConflict, TextConflict } from '$lib/sync/merge';
import type { ArticleConflicts, Replicator, SyncStatus } from '$lib/sync/replicator';
import type { SyncProblem } from '$lib/sync/session';

const CONFIG_KEY = 'triptych.sync';

interface SyncConfig {
	address: string;
	user: string;
	/** Whether to sync on start-up (the session cookie was valid when last used). */
	active: boolean;
}

function readConfig(): SyncConfig {
	try {
		const raw = globalThis.localStorage?.getItem(CONFIG_KEY);
		if (raw) return { address: '', user: '', active: false, ...JSON.parse(raw) };
	} catch {
		// No storage, or a damaged entry: start unconfigured.
	}
	return { address: '', user: '', active: false };
}

class SyncState {
	address = $state('');
	user = $state('');
	active = $state(false);
	busy = $state(false);
	status = $state.raw<SyncStatus | undefined>(undefined);
	/** A problem logging in (the status carries problems while syncing). */
	problem = $state<SyncProblem | undefined>(undefined);
	translator = $state(false);
	conflicts = $state.raw(new Map<string, ArticleConflicts>());
	#replicator?: Replicator;
	#loaded = false;

	load() {
		if (this.#loaded) return;
		this.#loaded = true;
		const config = readConfig();
		this.address = config.address;
		this.user = config.user;
		this.active = config.active;
	}

	#save() {
		const config: SyncConfig = { address: this.address, user: this.user, active: this.active };
		globalThis.localStorage?.setItem(CONFIG_KEY, JSON.stringify(config));
	}

	/** On start-up: sync again if it was on, with the session the browser still holds. */
	async resume(): Promise<void> {
		this.load();
		if (!this.active || this.#replicator) return;
		const session = await import('$lib/sync/session');
		try {
			const server = session.serverUrl(this.address);
			const user = await session.currentUser(server);
			if (!user) throw new session.SyncError('signedOut');
			await this.#run(server, user);
		} catch (error) {
			console.warn('Sync could not start', error);
			this.problem = session.problemOf(error);
		}
	}

	/** Logs in (the password is sent once, never stored) and starts syncing. */
	async start(address: string, user: string, password: string): Promise<void> {
		this.busy = true;
		this.problem = undefined;
		const session = await import('$lib/sync/session');
		try {
			const server = session.serverUrl(address);
			const who = await session.logIn(server, user, password);
			await session.checkAccess(server);
			this.address = address.trim();
			this.user = who.name;
			this.active = true;
			this.#save();
			await this.#run(server, who);
		} catch (error) {
			console.warn('Sync could not start', error);
			this.problem = session.problemOf(error);
		} finally {
			this.busy = false;
		}
	}

	/** Stops syncing and forgets the session (on the server and in the browser). */
	async stop(): Promise<void> {
		this.busy = true;
		try {
			const session = await import('$lib/sync/session');
			await this.#replicator?.stop();
			this.#replicator = undefined;
			if (this.address) await session.logOut(session.serverUrl(this.address));
		} finally {
			this.active = false;
			this.status = undefined;
			this.problem = undefined;
			this.conflicts = new Map();
			this.#save();
			this.busy = false;
		}
	}

	async #run(server: string, user: { name: string; roles: string[] }) {
		const [{ Replicator }, { syncStore }] = await Promise.all([
			import('$lib/sync/replicator'),
			import('$lib/db/sync')
		]);
		this.translator = user.roles.includes('translator');
		const replicator = new Replicator({
			server,
			user,
			store: syncStore(),
			onStatus: (status) => (this.status = status),
			onConflicts: (conflicts) => (this.conflicts = conflicts)
		});
		this.#replicator = replicator;
		await replicator.start();
	}

	conflictFor(articleId: string, rowId: string): Conflict<RowDoc> | undefined {
		return this.conflicts.get(articleId)?.rows.find((c) => c.mine.rowId === rowId);
	}

	/** The structure clash to show at a row: at the first of this device's rows in the stretch. */
	structureAt(articleId: string, rowId: string): StructureConflict | undefined {
		const structure = this.conflicts.get(articleId)?.structure;
		return structure?.mine[0]?.id === rowId ? structure : undefined;
	}

	/** Text conflicts on the given sentences (a row's). */
	textsFor(articleId: string, sentenceIds: readonly string[]): TextConflict[] {
		const ids = new Set(sentenceIds);
		return (this.conflicts.get(articleId)?.texts ?? []).filter((text) =>
			text.clashes.some((c) => ids.has(c.sentenceId))
		);
	}

	async resolve(conflict: Conflict<RowDoc>, choice: 'mine' | 'theirs'): Promise<void> {
		await this.#replicator?.resolve(conflict, choice);
	}

	async resolveText(text: TextConflict, choice: 'mine' | 'theirs'): Promise<void> {
		await this.#replicator?.resolveText(text, choice);
	}

	async resolveStructure(articleId: string, choice: 'mine' | 'theirs'): Promise<void> {
		await this.#replicator?.resolveStructure(articleId, choice);
	}
}

export const sync = new SyncState();
