/**
 * Getting data out and back in: TMX exports from an article validate against the TMX 1.4b DTD
 * with one <tu> per row; a whole-library backup restores into a fresh browser with the
 * translator's work intact; a garbage file is refused without touching the library; and
 * backup → restore → backup gives the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
	CSTO_ID,
	CSTO_ROWS,
	CSTO_TITLE,
	NOTES,
	activate,
	download,
	enterTranslatorMode,
	expect,
	goTo,
	openEditor,
	openLibrary,
	rowControls,
	rowStatus,
	rows,
	test,
	tool,
	waitForStoredRows
} from './helpers';

const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((p) => existsSync(p));
const DTD = join(process.cwd(), 'tests', 'fixtures', 'tmx14.dtd');

/** Confirms row 5 of the CSTO article and gives it a note; waits until both are stored. */
async function confirmAndAnnotate(page: Page, note: string): Promise<void> {
	await openEditor(page);
	await activate(page, 5);
	await tool(page, 'Confirm').click();
	await tool(page, 'Note…').click();
	await rowControls(page).getByLabel('New note').fill(note);
	await rowControls(page).getByRole('button', { name: 'Save the note' }).click();
	await expect(rowStatus(page, 5)).toContainText(NOTES(1));
	await waitForStoredRows(page, CSTO_ID, (stored) =>
		stored.some((r) => r.status === 'confirmed' && r.notes.some((n) => n.text === note))
	);
}

async function downloadBackup(page: Page): Promise<Buffer> {
	const file = await download(page, page.getByRole('button', { name: 'Download a backup' }));
	expect(file.name).toMatch(/^triptych-backup-\d{4}-\d{2}-\d{2}\.json$/);
	return file.bytes;
}

/** The backup with its top-level `createdAt` (the moment of export, from the clock) blanked. */
function withoutCreatedAt(backup: Buffer): string {
	const text = backup.toString('utf8');
	expect(text).toMatch(/^\t"createdAt": "[^"]+",$/m);
	return text.replace(/^\t"createdAt": "[^"]+",$/m, '\t"createdAt": "",');
}

async function libraryTitles(page: Page): Promise<string[]> {
	await goTo(page, 'Library');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	return page.getByTestId('library-item').getByRole('link').allTextContents();
}

test('three-way and pair TMX downloads are valid TMX 1.4b with one <tu> per row', async ({
	page
}, testInfo) => {
	const note = 'Checked against the Russian wire';
	await confirmAndAnnotate(page, note);
	await expect(rows(page)).toHaveCount(CSTO_ROWS);

	const panel = page.getByTestId('export');
	await panel.getByText('Export', { exact: true }).click();
	await expect(panel.getByLabel('Format')).toHaveValue('tmx');
	const threeWay = await download(page, panel.getByRole('button', { name: 'Download' }));
	await panel.getByLabel(/^Languages/).selectOption({ label: 'English · Armenian' });
	const pair = await download(page, panel.getByRole('button', { name: 'Download' }));
	expect(threeWay.name).toBe(`${CSTO_ID}.en-hy-ru.tmx`);
	expect(pair.name).toBe(`${CSTO_ID}.en-hy.tmx`);

	for (const [file, srclang, langs] of [
		[threeWay, '*all*', ['en', 'hy', 'ru']],
		[pair, 'en', ['en', 'hy']]
	] as const) {
		const xml = file.bytes.toString('utf8');
		expect(xml).toContain(`srclang="${srclang}"`);
		const units = xml.match(/<tu[\s>][\s\S]*?<\/tu>/g) ?? [];
		expect(units, `${file.name}: one <tu> per row`).toHaveLength(CSTO_ROWS);
		for (const unit of units) {
			const found = [...unit.matchAll(/<tuv xml:lang="(\w+)">/g)].map((m) => m[1]);
			expect(found, `${file.name}: every row has all its languages`).toEqual(langs);
		}
		const annotated = units.filter((u) => u.includes(`<note>${note}</note>`));
		expect(annotated).toHaveLength(1);
		expect(annotated[0]).toContain('<prop type="x-triptych-status">confirmed</prop>');
		expect(annotated[0]).toContain('The CSTO -- an alliance comprised of');

		const path = testInfo.outputPath(file.name);
		writeFileSync(path, file.bytes);
		// The DTD beside the file too, where its DOCTYPE looks for it (no "failed to load" noise).
		copyFileSync(DTD, testInfo.outputPath('tmx14.dtd'));
		if (!XMLLINT) continue;
		try {
			execFileSync(XMLLINT, ['--noout', '--nonet', '--dtdvalid', DTD, path], { stdio: 'pipe' });
		} catch (error) {
			const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
			throw new Error(`${file.name} is not valid against tmx14.dtd:\n${stderr}`);
		}
	}
	test.skip(
		!XMLLINT,
		'xmllint not found (apt-get install -y libxml2-utils): TMX files not DTD-validated'
	);
});

test('a file that is not a backup is refused and changes nothing, even in "replace" mode', async ({
	page
}) => {
	await confirmAndAnnotate(page, 'Kept through a refused restore');
	const titles = await libraryTitles(page);
	await goTo(page, 'Settings');
	const backup = await downloadBackup(page);

	await page.getByLabel('Backup file').setInputFiles({
		name: 'garbage.json',
		mimeType: 'application/json',
		buffer: Buffer.from('PK\u0003\u0004 this is { not a backup')
	});
	await page.getByRole('radio', { name: /^Replace/ }).check();
	await page.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'This file is damaged or is not a backup. Nothing was changed.'
	);
	expect(withoutCreatedAt(await downloadBackup(page))).toBe(withoutCreatedAt(backup));
	expect(await libraryTitles(page)).toEqual(titles);
});

test('a backup restores into a fresh browser, and backing it up again gives the same bytes', async ({
	page,
	browser
}) => {
	const note = 'Kept through backup and restore';
	await confirmAndAnnotate(page, note);
	const titles = await libraryTitles(page);
	await goTo(page, 'Settings');
	const backup = await downloadBackup(page);

	// A fresh browser profile: restore the backup there, replacing its bundled library.
	const fresh = await browser.newContext();
	try {
		const other = await fresh.newPage();
		await openLibrary(other);
		await goTo(other, 'Settings');
		await other.getByLabel('Backup file').setInputFiles({
			name: 'triptych-backup.json',
			mimeType: 'application/json',
			buffer: backup
		});
		await other.getByRole('radio', { name: /^Replace/ }).check();
		await other.getByRole('button', { name: 'Restore' }).click();
		// Replacing the whole library is asked first.
		await other
			.getByRole('dialog', { name: 'Replace the whole library?' })
			.getByRole('button', { name: 'Replace the library' })
			.click();
		await expect(other.getByRole('status')).toHaveText('Restored 5 articles from the backup.');

		// Backup → restore → backup: the same file, but for the moment it was made.
		const again = await downloadBackup(other);
		expect(withoutCreatedAt(again)).toBe(withoutCreatedAt(backup));

		expect(await libraryTitles(other)).toEqual(titles);
		await other.getByRole('link', { name: CSTO_TITLE }).click();
		await enterTranslatorMode(other);
		await expect(rows(other)).toHaveCount(CSTO_ROWS);
		await expect(rowStatus(other, 5)).toContainText('✓ confirmed');
		await expect(rowStatus(other, 5)).toContainText(NOTES(1));
		await activate(other, 5);
		await expect(rowControls(other).getByRole('list', { name: 'Notes' })).toHaveText(
			new RegExp(note)
		);
	} finally {
		await fresh.close();
	}
});
