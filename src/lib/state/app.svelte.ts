/**
 * Start-up: open the database, load the UI language and reader settings, then seed the bundled
 * library and bring alignments up to date in the background. Pages render once `ready` is true.
 */
import { getDb } from '$lib/db';
import {
	fetchBundleManifest,
	fetchFiles,
	fetchPrepared,
	manifestEntries,
	storePreparedAlignments
} from '$lib/db/bundle';
import { bundleEntriesToSeed, seedLibrary } from '$lib/db/library';
import { i18n } from '$lib/i18n/i18n.svelte';
import { alignOutdated } from './alignment-service';
import { settings } from './settings.svelte';

class AppState {
	ready = $state(false);
	/** Locale key of a start-up problem worth telling the user about (e.g. seeding failed). */
	problem = $state<string | undefined>(undefined);
	seeded = $state(false);
	#started = false;

	async start(): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		const db = getDb();
		performance.mark('triptych:start');
		await Promise.all([i18n.init(), settings.load(db)]);
		performance.mark('triptych:ready');
		this.ready = true;
		// Seeding checks and background alignment read the whole library: let the page being
		// opened have the database first, and do them once the browser is idle.
		await idle();
		try {
			const manifest = await fetchBundleManifest();
			const needed = await bundleEntriesToSeed(db, manifestEntries(manifest));
			if (needed.length > 0) {
				// Articles seeded now get the rows aligned at build time, so the aligner only runs
				// on the device for what prepared data does not cover.
				const articles = new Set(needed.map((e) => e.articleId));
				const [files, prepared] = await Promise.all([
					fetchFiles(needed),
					fetchPrepared(manifest, articles)
				]);
				await seedLibrary(db, files);
				await storePreparedAlignments(db, prepared);
			}
			performance.mark('triptych:seeded');
			this.seeded = true;
		} catch (error) {
			console.error('Seeding the bundled library failed', error);
			this.problem = 'app.error.seed';
		}
		await alignOutdated(db).catch((error: unknown) => {
			console.error('Background alignment failed', error);
			this.problem = 'app.error.align';
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
