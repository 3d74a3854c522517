/**
 * Code a component loads when it is first needed (a dialog when its button is pressed, a sheet
 * after the text): loaded once, tried again after a failure, and reactive, so the markup shows
 * it once it is here.
 *
 * @example
 * const dialog = new Lazy(() => import('./ConfirmDialog.svelte'), report);
 * // markup: {#if dialog.current}<dialog.current.default … />{/if}
 * onclick={async () => (await dialog.load()) && (asking = true)}
 */
export class Lazy<T> {
	current = $state.raw<T>();
	#loading: Promise<T | undefined> | undefined;
	#load: () => Promise<T>;
	#onerror: (error: unknown) => void;

	constructor(load: () => Promise<T>, onerror: (error: unknown) => void) {
		this.#load = load;
		this.#onerror = onerror;
	}

	/** The code, loaded now if it was not; undefined when loading failed (`onerror` was told). */
	load(): Promise<T | undefined> {
		this.#loading ??= this.#load().then(
			(code) => (this.current = code),
			(error: unknown) => {
				this.#loading = undefined;
				this.#onerror(error);
				return undefined;
			}
		);
		return this.#loading;
	}
}
