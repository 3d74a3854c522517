/**
 * A device that used version 1 of Triptych: its real database (tests/fixtures/db-v1, IDB
 * version 10) is written with the raw IndexedDB API before the app ever opens it; the app then
 * upgrades it to the current schema (3, through 2) and shows the translator's work and the reader settings as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	CSTO_ID,
	NOTES,
	enterTranslatorMode,
	expect,
	row,
	rowStatus,
	test,
	waitForAligned
} from './helpers';

const fixture = readFileSync(join(process.cwd(), 'tests/fixtures/db-v1/db-v1.json'), 'utf8');

/** Version 1's stores exactly as Dexie created them: key paths and indexes. */
const V1_STORES: Record<string, { keyPath: string; indexes: Array<[string, string | string[]]> }> =
	{
		articles: { keyPath: 'id', indexes: [['updatedAt', 'updatedAt']] },
		renderings: { keyPath: 'id', indexes: [['articleId', 'articleId']] },
		alignments: { keyPath: 'articleId', indexes: [] },
		revisions: {
			keyPath: 'id',
			indexes: [
				['renderingId', 'renderingId'],
				['[renderingId+sentenceId]', ['renderingId', 'sentenceId']]
			]
		},
		offers: { keyPath: 'renderingId', indexes: [] },
		settings: { keyPath: 'key', indexes: [] }
	};

test('a version-1 database is upgraded with the edited article and the reader settings', async ({
	page
}) => {
	// A blank page of the app's origin, so the database is written before the app loads.
	await page.route('**/__v1-device', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>v1</title>' })
	);
	await page.goto('/__v1-device');
	await page.evaluate(
		([text, stores]) =>
			new Promise<void>((resolve, reject) => {
				const { idbVersion, tables } = JSON.parse(text, (_key, value) =>
					value && typeof value === 'object' && typeof value.__bytes === 'string'
						? Uint8Array.from(atob(value.__bytes), (c) => c.charCodeAt(0))
						: value
				) as { idbVersion: number; tables: Record<string, unknown[]> };
				const open = indexedDB.open('triptych', idbVersion);
				open.onerror = () => reject(open.error);
				open.onupgradeneeded = () => {
					for (const [name, spec] of Object.entries(stores)) {
						const store = open.result.createObjectStore(name, { keyPath: spec.keyPath });
						for (const [index, keyPath] of spec.indexes) {
							store.createIndex(index, keyPath as string);
						}
					}
				};
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(Object.keys(tables), 'readwrite');
					for (const [name, records] of Object.entries(tables)) {
						for (const record of records) tx.objectStore(name).put(record);
					}
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[fixture, V1_STORES] as const
	);

	await page.goto(`/article?id=${CSTO_ID}`);
	await waitForAligned(page);
	// The reader settings of version 1: large text, dark theme, Armenian first, stacked.
	await expect(page.getByRole('button', { name: 'Large text', exact: true })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('stacked');
	// Armenian is the first language shown: it cannot move earlier, English comes next.
	await expect(page.getByRole('button', { name: 'Move Armenian earlier' })).toBeDisabled();
	await expect(page.getByRole('button', { name: 'Move English earlier' })).toBeEnabled();
	await expect(page.getByRole('button', { name: 'Move Russian later' })).toBeDisabled();

	// The translator's work on the CSTO article.
	await enterTranslatorMode(page);
	await expect(row(page, 2)).toContainText('Armenian CSTO peacekeepers guard Aksai Bakery');
	await expect(rowStatus(page, 2)).toContainText('✓ confirmed');
	await expect(rowStatus(page, 3)).toContainText(NOTES(1));
	await expect(rowStatus(page, 4)).toContainText('⚑ flagged');
	const version = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('triptych');
				open.onsuccess = () => {
					resolve(open.result.version);
					open.result.close();
				};
			})
	);
	expect(version).toBe(30); // schema 3, through 2

	// Translator mode is remembered for this article on this device.
	await page.reload();
	await waitForAligned(page);
	await expect(page.getByTestId('translator-mode')).toHaveAttribute('aria-pressed', 'true');
	await expect(rowStatus(page, 2)).toContainText('✓ confirmed');
});
