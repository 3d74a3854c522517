/**
 * Start-up: open the database, load the UI language and reader settings while the bundled library
 * is seeded, then bring alignments up to date in the background. Pages render once `ready` is
 * true.
 */
import { articlesToAlign, fetchLibraryEarly, onConnectionEvent, seedBundledLibrary } from '$lib/db';
import { i18n } from '$lib/i18n/i18n.svelte';
import { settings } from './settings.svelte';
import { errorKey } from './errors';
import { oneTabAtATime } from './startup-lock';

class AppState {
	ready = $state(false);
	/** Locale key of a start-up problem worth telling the user about (e.g. seeding failed). */
	problem = $state<string | undefined>(undefined);
	seeded = $state(false);
	#started = false;
	#seedingDone = () => {};
	#seeding = new Promise<void>((resolve) => (this.#seedingDone = resolve));
	/**
	 * Resolves once seeding has stored the bundled library (or failed), or after `wait` ms:
	 * code the first screen does not need loads after the library it shows.
	 */
	afterSeeding(wait = 2000): Promise<void> {
		return Promise.race([this.#seeding, delay(wait)]);
	}

	#contentShown = () => {};
	#content = new Promise<void>((resolve) => (this.#contentShown = resolve));
	/** A page says its first screen is rendered: its text, or the reason there is none. */
	contentShown(): void {
		this.#contentShown();
	}
	/**
	 * Resolves once the first page's first screen is painted and the browser is idle (or after
	 * `wait` ms, for a page that never says): what reading does not need (notices, the update
	 * prompt, panels at the foot of a page, the search index) starts loading after the first
	 * paint instead of competing with it for the network and the main thread.
	 */
	afterContent(wait = 4000): Promise<void> {
		return Promise.race([this.#content.then(nextPaint).then(() => idle(1000)), delay(wait)]);
	}

	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		// First, before anything opens the database (the check is whether it exists at all).
		const early = fetchLibraryEarly();
		// A newer Triptych in another tab upgraded the database: this tab closed its connection.
		onConnectionEvent((event) => {
			this.problem = event === 'versionchange' ? 'db.updatedElsewhere' : 'db.upgradeBlocked';
		});
		performance.mark('triptych:start');
		// The bundled library is fetched at once, beside the UI language and settings: on a first
		// visit it is what the page is waiting for; on later visits seeding only reads the
		// manifest (from the service worker's cache) and the bundled renderings' ids.
		const startup = oneTabAtATime(() => this.#seedAndAlign(early));
		await Promise.all([i18n.init(), settings.load()]);
		performance.mark('triptych:ready');
		this.ready = true;
		await startup;
		performance.mark('triptych:startup-done');
	}

	/** Runs in one tab at a time: a second tab opened at once finds the work done. */
	async #seedAndAlign(early?: Promise<Response | undefined>): Promise<void> {
		try {
			await seedBundledLibrary(early);
			performance.mark('triptych:seeded');
			this.seeded = true;
		} catch (error) {
			console.error('Seeding the bundled library failed', error);
			this.problem = 'app.error.seed';
		}
		this.#seedingDone();
		// Sync once the bundled library is in place and the first screen painted (loads its code
		// only when sync is configured).
		void this.afterContent()
			.then(() => import('./sync.svelte'))
			.then(({ sync }) => sync.resume());
		// The aligner's orchestration (and the worker it starts) loads only when an article needs
		// aligning: the bundled library arrives aligned, so usually it never loads at start.
		await articlesToAlign()
			.then(async (ids) => {
				if (ids.length === 0) return;
				// Aligning reads every article: once the browser is idle.
				await idle(1000);
				const { alignOutdated } = await import('$lib/alignment/service');
				await alignOutdated();
			})
			.catch((error: unknown) => {
				console.error('Background alignment failed', error);
				this.problem =
					errorKey(error) === 'data.align.stopped' ? 'data.align.stopped' : 'app.error.align';
			});
		performance.mark('triptych:aligned');
	}
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** After the next frame is painted. */
function nextPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function idle(timeout: number): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve(), { timeout });
		else setTimeout(resolve, 50);
	});
}

export const app = new AppState();
