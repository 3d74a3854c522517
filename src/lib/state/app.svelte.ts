/**
 * Start-up: open the database, load the UI language and reader settings, then seed the bundled
 * library and bring alignments up to date in the background. Pages render once `ready` is true.
 */
import { articlesToAlign, onConnectionEvent, seedBundledLibrary } from '$lib/db';
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

	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		// A newer Triptych in another tab upgraded the database: this tab closed its connection.
		onConnectionEvent((event) => {
			this.problem = event === 'versionchange' ? 'db.updatedElsewhere' : 'db.upgradeBlocked';
		});
		performance.mark('triptych:start');
		await Promise.all([i18n.init(), settings.load()]);
		performance.mark('triptych:ready');
		this.ready = true;
		// Let the page being opened paint and read its data first. Not for long: on a first visit
		// the bundled library is what the page is waiting for (seeding stores prepared records,
		// and on later visits only reads the manifest and the bundled renderings' ids).
		await idle(200);
		await oneTabAtATime(() => this.#seedAndAlign());
		performance.mark('triptych:startup-done');
	}

	/** Runs in one tab at a time: a second tab opened at once finds the work done. */
	async #seedAndAlign(): Promise<void> {
		try {
			await seedBundledLibrary();
			performance.mark('triptych:seeded');
			this.seeded = true;
		} catch (error) {
			console.error('Seeding the bundled library failed', error);
			this.problem = 'app.error.seed';
		}
		// Sync once the bundled library is in place (loads its code only when sync is configured).
		void import('./sync.svelte').then(({ sync }) => sync.resume());
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

function idle(timeout: number): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve(), { timeout });
		else setTimeout(resolve, 50);
	});
}

export const app = new AppState();
