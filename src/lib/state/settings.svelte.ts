/**
 * Reader settings, remembered in the database's device-local `device` table (never synced; a
 * backup still carries them) and mirrored to localStorage so the first paint after a reload
 * already has the right theme and text size.
 */
import { LANGS, type Lang } from '$lib/core/types';
import { getSetting, setSetting } from '$lib/db';

export const TEXT_SIZES = ['XS', 'SM', 'MD', 'LG'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type ThemeChoice = 'system' | 'light' | 'dark';
export type ViewMode = 'columns' | 'stacked' | 'single';

export interface ReaderSettings {
	textSize: TextSize;
	theme: ThemeChoice;
	/** Languages shown, in order; the first is the primary language of the stacked view. */
	langs: Lang[];
	/** `auto` picks columns on wide screens and stacked on phones. */
	view: ViewMode | 'auto';
}

export const DEFAULT_SETTINGS: ReaderSettings = {
	textSize: 'MD',
	theme: 'system',
	langs: [...LANGS],
	view: 'auto'
};

const KEY = 'reader';
const MIRROR = 'triptych.reader';

function sanitize(value: Partial<ReaderSettings> | undefined): ReaderSettings {
	const v = { ...DEFAULT_SETTINGS, ...(value ?? {}) };
	const langs = v.langs.filter((l, i) => LANGS.includes(l) && v.langs.indexOf(l) === i);
	return {
		textSize: TEXT_SIZES.includes(v.textSize) ? v.textSize : 'MD',
		theme: ['system', 'light', 'dark'].includes(v.theme) ? v.theme : 'system',
		langs: langs.length > 0 ? langs : [...LANGS],
		view: ['auto', 'columns', 'stacked', 'single'].includes(v.view) ? v.view : 'auto'
	};
}

class Settings {
	#value = $state<ReaderSettings>(DEFAULT_SETTINGS);

	get value(): ReaderSettings {
		return this.#value;
	}

	/** Reads the localStorage mirror synchronously, then the database (the source of truth). */
	async load(): Promise<void> {
		try {
			const mirrored = globalThis.localStorage?.getItem(MIRROR);
			if (mirrored) this.#value = sanitize(JSON.parse(mirrored));
		} catch {
			// A damaged mirror is only a cache; the database copy follows.
		}
		const stored = await getSetting<Partial<ReaderSettings>>(KEY);
		if (stored) this.#value = sanitize(stored);
	}

	async update(patch: Partial<ReaderSettings>): Promise<void> {
		this.#value = sanitize({ ...this.#value, ...patch });
		const plain = $state.snapshot(this.#value);
		globalThis.localStorage?.setItem(MIRROR, JSON.stringify(plain));
		await setSetting(KEY, plain);
	}
}

export const settings = new Settings();
