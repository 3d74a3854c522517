/**
 * The import workflow: files and pasted text are analysed into candidates (language, encoding,
 * structure), then saved in one transaction as a new article or as the missing languages of an
 * existing one, aligned in the background, and opened. A TMX file becomes an article directly.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { MAX_IMPORT_BYTES, SINGLE_BYTE_ENCODINGS } from '$lib/core/import/decode';
import { ImportError } from '$lib/core/import/errors';
import type { PreparedImport } from '$lib/core/import/prepare';
import { sameLanguage } from '$lib/core/import/same-language';
import type { TmxWarning } from '$lib/core/import/tmx';
import { isLang, type Lang, type SingleByteEncoding } from '$lib/core/types';
import { prepareImport } from '$lib/workers/import-client';
import { saveImport, saveImportedArticle } from '$lib/db';
import { liveIncomplete } from '$lib/db/live.svelte';
import { errorKey } from './errors';
import { askPersistenceOnce } from './storage';

export interface Candidate {
	key: number;
	name: string;
	bytes: Uint8Array;
	/** Language chosen by the user; undefined = as detected. */
	lang?: Lang;
	/** Code page chosen by the user after `unknown-encoding`. */
	encoding?: SingleByteEncoding;
	result?: PreparedImport;
	/** Locale key of why the file cannot be imported. */
	error?: string;
	/** True when the error asks the user to choose the encoding (and while one is chosen). */
	chooseEncoding?: boolean;
}

export class ImportSession {
	candidates = $state<Candidate[]>([]);
	/** `new`, or the id of the article whose missing languages these are. */
	target = $state<string>('new');
	saveError = $state<string | undefined>();
	saving = $state(false);
	tmxError = $state<string | undefined>();
	tmxBusy = $state(false);
	/** What a TMX import changed or left out: shown before going to the article. */
	tmxReport = $state<{ id: string; warnings: TmxWarning[] } | undefined>();
	#nextKey = 0;
	#incomplete = liveIncomplete();

	/** Articles missing a language: where the candidates may go instead of a new article. */
	get targets() {
		return this.#incomplete.current ?? [];
	}
	ready = $derived(this.candidates.filter((c) => c.result));
	/** Languages two texts would share (or the chosen article already has): said before Save. */
	clashes = $derived(
		sameLanguage(
			this.ready.map((c) => c.result!.lang),
			this.targets.find((e) => e.id === this.target)?.langs ?? []
		)
	);
	canSave = $derived(
		!this.saving &&
			this.ready.length > 0 &&
			this.ready.length === this.candidates.length &&
			this.clashes.length === 0
	);

	async #analyse(c: Candidate): Promise<Candidate> {
		try {
			const result = await prepareImport(c.bytes, {
				fileName: c.name,
				expectLang: c.lang,
				// Choosing English by hand overrides "not English, Armenian or Russian".
				acceptOtherLatin: c.lang === 'en',
				encoding: c.encoding
			});
			return { ...c, result, error: undefined, chooseEncoding: !!c.encoding };
		} catch (error) {
			const key = error instanceof ImportError ? `import.error.${error.code}` : errorKey(error);
			const chooseEncoding =
				!!c.encoding || (error instanceof ImportError && error.code === 'unknown-encoding');
			return { ...c, result: undefined, error: key, chooseEncoding };
		}
	}

	async #update(key: number, change: Partial<Candidate>): Promise<void> {
		const c = this.candidates.find((x) => x.key === key);
		if (!c) return;
		const next = await this.#analyse({ ...c, ...change });
		this.candidates = this.candidates.map((x) => (x.key === key ? next : x));
	}

	async addFiles(files: FileList | File[]): Promise<void> {
		const added = await Promise.all(
			[...files].map(async (file) =>
				this.#analyse({
					key: this.#nextKey++,
					name: file.name,
					bytes: new Uint8Array(await file.slice(0, MAX_IMPORT_BYTES + 1).arrayBuffer())
				})
			)
		);
		this.candidates = [...this.candidates, ...added];
	}

	async addText(name: string, text: string): Promise<void> {
		const key = this.#nextKey++;
		const added = await this.#analyse({ key, name, bytes: new TextEncoder().encode(text) });
		this.candidates = [...this.candidates, added];
	}

	/** Sets a candidate's language (`''` = as detected) and analyses it again. */
	setLang(key: number, value: string): Promise<void> {
		return this.#update(key, { lang: isLang(value) ? value : undefined });
	}

	/** Sets the code page the user chose for a file whose encoding could not be recognised. */
	setEncoding(key: number, value: string): Promise<void> {
		return this.#update(key, { encoding: SINGLE_BYTE_ENCODINGS.find((e) => e === value) });
	}

	remove(key: number): void {
		this.candidates = this.candidates.filter((c) => c.key !== key);
	}

	async save(): Promise<void> {
		this.saveError = undefined;
		this.saving = true;
		try {
			const items = this.ready.map((c) => ({
				lang: c.result!.lang,
				text: c.result!.text,
				encoding: c.result!.encoding,
				originalBytes: c.result!.originalBytes,
				sha256: c.result!.sha256,
				fileName: c.name
			}));
			const target = this.target;
			const id = await saveImport(items, target === 'new' ? {} : { articleId: target });
			void askPersistenceOnce();
			// Two languages or more need an alignment: start it now, not at the next app start.
			void import('$lib/alignment/service')
				.then(({ alignArticle }) => alignArticle(id))
				.catch((error: unknown) => console.error('Aligning failed', error));
			await openArticle(id);
		} catch (error) {
			this.saveError = errorKey(error);
		} finally {
			this.saving = false;
		}
	}

	async importTmx(file: File): Promise<void> {
		this.tmxError = undefined;
		this.tmxReport = undefined;
		this.tmxBusy = true;
		try {
			// The TMX reader (an XML parser) loads when a TMX file is chosen, not with the page.
			const { buildImportedArticle, parseTmx } = await import('$lib/core/import/tmx');
			const parsed = parseTmx(new Uint8Array(await file.arrayBuffer()));
			const imported = await buildImportedArticle(parsed, {
				articleId: `a-${crypto.randomUUID()}`,
				now: Date.now(),
				fileName: file.name
			});
			const id = await saveImportedArticle(imported);
			void askPersistenceOnce();
			if (parsed.warnings.length > 0) this.tmxReport = { id, warnings: parsed.warnings };
			else await openArticle(id);
		} catch (error) {
			// A TmxImportError carries its own locale key.
			this.tmxError = errorKey(error);
		} finally {
			this.tmxBusy = false;
		}
	}
}

export function articleHref(id: string): string {
	return `${resolve('/article')}?id=${encodeURIComponent(id)}`;
}

function openArticle(id: string): Promise<void> {
	return goto(articleHref(id));
}
