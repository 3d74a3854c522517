/**
 * The one i18n module: i18next set up once, locale files loaded lazily (each is its own chunk,
 * which the service worker precaches with the rest of the build), and a reactive `t()` for
 * Svelte 5 — components that call `i18n.t(...)` re-render when the language changes.
 */
import i18next, { type TOptions } from 'i18next';
import { isUiLang, pickUiLang, type UiLang } from './languages';
import { I18N_OPTIONS } from './options';

type Messages = Record<string, string>;

const loaders = import.meta.glob<Messages>('/locales/*.json', { import: 'default' });
const STORAGE_KEY = 'triptych.uiLang';

const loading = new Map<UiLang, Promise<Messages>>();
function loadMessages(lang: UiLang): Promise<Messages> {
	const load = loaders[`/locales/${lang}.json`];
	if (!load) return Promise.reject(new Error(`No locale file for ${lang}`));
	let messages = loading.get(lang);
	if (!messages) {
		messages = load();
		loading.set(lang, messages);
		messages.catch(() => loading.delete(lang));
	}
	return messages;
}

async function ensureMessages(lang: UiLang): Promise<void> {
	if (!i18next.hasResourceBundle(lang, 'translation')) {
		i18next.addResourceBundle(lang, 'translation', await loadMessages(lang));
	}
}

class I18n {
	#lang = $state<UiLang>('en');
	#ready = $state(false);

	get lang(): UiLang {
		return this.#lang;
	}

	get ready(): boolean {
		return this.#ready;
	}

	/** Translates a flat key; reading `#lang` makes every caller reactive to language changes. */
	t = (key: string, options?: TOptions): string => {
		void this.#lang;
		if (!this.#ready) return '';
		return (i18next.t as (key: string, options?: TOptions) => string)(key, options);
	};

	/** Initial language: the remembered choice, else the browser's preference. */
	initialLang(): UiLang {
		const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
		if (isUiLang(stored)) return stored;
		return pickUiLang(globalThis.navigator?.languages ?? []);
	}

	async init(lang: UiLang = this.initialLang()): Promise<void> {
		if (!i18next.isInitialized) {
			await i18next.init({
				...I18N_OPTIONS,
				lng: lang,
				resources: {}
			});
		}
		await this.setLang(lang, { remember: false });
		this.#ready = true;
	}

	/**
	 * Switches the UI language once its messages are loaded (so nothing shows untranslated).
	 * Only that locale is awaited: English, the fallback, loads afterwards, off the first render
	 * (every key is in every locale, tests/unit/locales.test.ts, so it is only a safety net).
	 */
	async setLang(lang: UiLang, { remember = true } = {}): Promise<void> {
		await ensureMessages(lang);
		await i18next.changeLanguage(lang);
		this.#lang = lang;
		if (remember) globalThis.localStorage?.setItem(STORAGE_KEY, lang);
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
		if (lang !== 'en')
			void ensureMessages('en').catch((error: unknown) =>
				console.warn('The English fallback messages did not load', error)
			);
	}
}

export const i18n = new I18n();

// The UI language's messages are requested as soon as this code runs (the choice is remembered in
// localStorage, readable at once), not once start-up has read the settings: nothing is shown
// before they arrive.
if (typeof document !== 'undefined') void loadMessages(i18n.initialLang()).catch(() => undefined);
