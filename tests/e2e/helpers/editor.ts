/**
 * Translator-mode steps: switching it on, choosing a row, its tools and status line, and the
 * progress line, as a screen reader names them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { openArticle, press, row, type Pointer } from './app';

/** The bundled CSTO article has 16 aligned rows, one sentence per language in rows 1–5. */
export const CSTO_ROWS = 16;

/** A bundled rendering's bytes as shipped in static/corpus. */
export function corpusFile(articleId: string, lang: 'en' | 'hy' | 'ru'): Buffer {
	return readFileSync(join(process.cwd(), 'static', 'corpus', articleId, `${lang}.txt`));
}

/** The tools shown under the active row. */
export function rowControls(page: Page): Locator {
	return page.getByTestId('row-controls');
}

/** The phone's bottom bar with the active row's most used actions. */
export function actionBar(page: Page): Locator {
	return page.getByTestId('action-bar');
}

/**
 * A row tool by the start of its label (labels end with their shortcut key, e.g. "Confirm c"):
 * under the active row on a desktop, in the bottom action bar on a phone.
 */
export function tool(page: Page, label: string): Locator {
	return rowControls(page)
		.or(actionBar(page))
		.getByRole('button', { name: new RegExp(`^${escape(label)}(\\s|$)`) });
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function editorBar(page: Page): Locator {
	return page.getByTestId('editor-bar');
}

/**
 * Switches the open article to translator mode once its alignment is stored (unless it is on
 * already: the mode is remembered per article across reloads).
 */
export async function enterTranslatorMode(page: Page, how: Pointer = 'click'): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Translator mode' });
	await expect(toggle).toBeEnabled();
	if ((await toggle.getAttribute('aria-pressed')) !== 'true') await press(toggle, how);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(editorBar(page)).toBeVisible();
}

/** Opens the CSTO article from the library (a fresh profile) and switches to translator mode. */
export async function openEditor(page: Page, how: Pointer = 'click'): Promise<void> {
	await openArticle(page, 'withdrawal', how);
	await enterTranslatorMode(page, how);
}

/** Clicks (or taps) a row that is not active yet and waits until it is. */
export async function activate(page: Page, n: number, how: Pointer = 'click'): Promise<void> {
	const target = row(page, n);
	// The row's first cell: never one of the active row's buttons.
	await press(target.locator('[data-lang]').first(), how);
	await expect(target).toHaveAttribute('aria-current', 'true');
	await expect(rowControls(page).or(actionBar(page)).first()).toBeVisible();
}

/** The status line shown under a row in translator mode (confirmed, confidence, notes…). */
export function rowStatus(page: Page, n: number): Locator {
	return row(page, n).getByTestId('row-status');
}

/** The progress line of the editor bar: "Confirmed: 6% (1 of 16 rows)". */
export const PROGRESS = (confirmed: number, total: number) =>
	`Confirmed: ${Math.floor((confirmed * 100) / total)}% (${confirmed} of ${total} row${total === 1 ? '' : 's'})`;

/** The notes chip of a row's status line: "1 note", "2 notes". */
export const NOTES = (n: number) => new RegExp(`(^|\\s)${n} ${n === 1 ? 'note' : 'notes'}(\\s|$)`);
