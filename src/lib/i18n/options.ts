/**
 * How i18next reads our locale files, shared by the app and the locale tests. Keys are flat
 * (`edit.status.notes`), and a key shown with a number has one entry per CLDR plural category
 * of its language, with i18next's JSON v4 suffixes: `edit.status.notes_one`, `_few`, `_many`,
 * `_other` for Russian. `t('edit.status.notes', { count: 5 })` picks the form through
 * `Intl.PluralRules`, which Node and Chromium both ship.
 */
import type { InitOptions } from 'i18next';
import { UI_LANGS } from './languages';

export const I18N_OPTIONS = {
	fallbackLng: 'en',
	supportedLngs: [...UI_LANGS],
	keySeparator: false,
	nsSeparator: false,
	interpolation: { escapeValue: false },
	// No advertisement in the user's console on every start.
	showSupportNotice: false
} satisfies InitOptions;
