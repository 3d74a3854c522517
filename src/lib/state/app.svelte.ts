/**
 * Start-up: open the database, load the UI language and reader settings, then seed the bundled
 * library and bring alignments up to date in the background. Pages render once `ready` is true.
 */
import { onConnectionEvent, seedBundledLibrary } from '$lib/db';
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
		// Seeding checks and background alignment read the whole library: let the page being
		// opened have the database first, and do them once the browser is idle.
		await idle();
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
		// The aligner's orchestration (and the worker it starts) loads only now, after the page.
		await import('$lib/alignment/service')
			.then(({ alignOutdated }) => alignOutdated())
			.catch((error: unknown) => {
				console.error('Background alignment failed', error);
				this.problem =
					errorKey(error) === 'data.align.stopped' ? 'data.align.stopped' : 'app.error.align';
			});
		performance.mark('triptych:aligned');
	}
}

function idle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in globalThis)
			requestIdleCallback(() => resolve(), { timeout: 1000 });
		else setTimeout(resolve, 50);
	});
}

export const app = new AppState();
