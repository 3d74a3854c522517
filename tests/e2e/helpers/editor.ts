/**
 * Shared steps for the translator-mode, import and data tests: opening an article in translator
 * mode, finding rows as a screen reader names them ("Row 3"), reading bundled corpus files, and
 * one storage barrier for tests that reload right after an edit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CSTO_TITLE, expect, openArticle } from '../fixtures';

/** The bundled CSTO article: 16 aligned rows, one sentence per language in rows 1–5. */
export const CSTO_ID = '002_8b8535d9ee745d2b';
export const CSTO_ROWS = 16;

/** A bundled rendering's bytes as shipped in static/corpus. */
export function corpusFile(articleId: string, lang: 'en' | 'hy' | 'ru'): Buffer {
	return readFileSync(join(process.cwd(), 'static', 'corpus', articleId, `${lang}.txt`));
}

/** Row `n` (1-based) of the aligned text, by its accessible name. */
export function row(page: Page, n: number): Locator {
	return page.getByRole('group', { name: `Row ${n}`, exact: true });
}

export function rows(page: Page): Locator {
	return page.getByTestId('row');
}

/** The tools shown under the active row. */
export function rowControls(page: Page): Locator {
	return page.getByTestId('row-controls');
}

/** A row tool by the start of its label (labels end with their shortcut key, e.g. "Confirm c"). */
export function tool(page: Page, label: string): Locator {
	return rowControls(page).getByRole('button', { name: new RegExp(`^${escape(label)}(\\s|$)`) });
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function editorBar(page: Page): Locator {
	return page.getByTestId('editor-bar');
}

/** Switches the open article to translator mode once its alignment is stored. */
export async function enterTranslatorMode(page: Page): Promise<void> {
	const toggle = page.getByRole('button', { name: 'Translator mode' });
	await expect(toggle).toBeEnabled();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(editorBar(page)).toBeVisible();
}

/** Opens an article from the library (a fresh profile) and switches to translator mode. */
export async function openEditor(page: Page, title = CSTO_TITLE): Promise<void> {
	await openArticle(page, title);
	await enterTranslatorMode(page);
}

/** Clicks (or taps) a row that is not active yet and waits until it is. */
export async function activate(
	page: Page,
	n: number,
	how: 'click' | 'tap' = 'click'
): Promise<void> {
	const target = row(page, n);
	// The row's first cell: never one of the active row's buttons.
	const cell = target.locator('[data-lang]').first();
	if (how === 'tap') await cell.tap();
	else await cell.click();
	await expect(target).toHaveAttribute('aria-current', 'true');
	await expect(rowControls(page)).toBeVisible();
}

/** The status line shown under a row in translator mode (confirmed, confidence, notes…). */
export function rowStatus(page: Page, n: number): Locator {
	return row(page, n).getByTestId('row-status');
}

export const PROGRESS = (confirmed: number, total: number) =>
	`Confirmed: ${Math.floor((confirmed * 100) / total)}% (${confirmed} of ${total} row${total === 1 ? '' : 's'})`;

/** The notes chip of a row's status line: "1 note", "2 notes". */
export const NOTES = (n: number) => new RegExp(`(^|\\s)${n} ${n === 1 ? 'note' : 'notes'}(\\s|$)`);

/**
 * Resolves once the article's stored alignment satisfies `done`. Edits are saved to IndexedDB
 * asynchronously; a test that reloads straight after its last click waits here first, the way a
 * person would not reload within the same millisecond. Reads the database with the plain
 * IndexedDB API, so nothing of the app is involved.
 */
export async function waitForStoredRows(
	page: Page,
	articleId: string,
	done: (rows: StoredRow[]) => boolean
): Promise<void> {
	await expect
		.poll(async () => done(await storedRows(page, articleId)), {
			message: 'edit saved to IndexedDB'
		})
		.toBe(true);
}

export interface StoredRow {
	status: string;
	review: boolean;
	notes: Array<{ text: string }>;
	cells: Record<'en' | 'hy' | 'ru', string[]>;
}

export function storedRows(page: Page, articleId: string): Promise<StoredRow[]> {
	return page.evaluate(
		(id) =>
			new Promise<StoredRow[]>((resolve, reject) => {
				const open = indexedDB.open('triptych');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('alignments').objectStore('alignments').get(id);
					get.onerror = () => reject(get.error);
					get.onsuccess = () => {
						db.close();
						resolve((get.result?.rows ?? []) as StoredRow[]);
					};
				};
			}),
		articleId
	);
}
