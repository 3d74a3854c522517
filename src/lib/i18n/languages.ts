/** UI languages. The UI language is independent of which renderings an article has. */
export const UI_LANGS = ['en', 'hy', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Each language's name written in itself, for the language switcher. */
export const UI_LANG_NAMES: Record<UiLang, string> = {
	en: 'English',
	hy: 'Հայերեն',
	ru: 'Русский'
};

export function isUiLang(value: unknown): value is UiLang {
	return typeof value === 'string' && (UI_LANGS as readonly string[]).includes(value);
}

/**
 * Picks the UI language from the browser's preference list (`navigator.languages`):
 * `pickUiLang(['ru-RU', 'en'])` → `'ru'`; anything unknown falls back to English.
 */
export function pickUiLang(preferred: readonly string[]): UiLang {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isUiLang(base)) return base;
	}
	return 'en';
}
