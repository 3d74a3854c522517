/**
 * Code a component loads when it is first needed (a sheet after the text, or when its button is
 * reached): loaded once, tried again after a failure, and reactive, so the markup shows it once
 * it is here.
 *
 * @example
 * const sheet = new Lazy(() => import('./ReadingSheet.svelte'), report);
 * // markup: {#if sheet.current}<sheet.current.default … />{/if}
 * onclick={async () => (await sheet.load()) && (open = true)}
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
