/**
 * Bad input that used to slip through the importer, in a real browser: each file gets its own
 * localised message (or the choice it needs) before anything is saved, and the library is left
 * as it was; a TMX file with oddities is imported with a visible report; bidi controls in a
 * text are shown to translators.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, openLibrary, test, windows1251 } from './helpers';

const FRENCH =
	'Le retrait des troupes\n\nLe Premier ministre a déclaré mardi que les troupes de la mission ' +
	'quitteront le pays dans les dix jours. Selon lui, la situation est sous contrôle et il ne ' +
	'voit pas de raison pour une présence plus longue.\n';
const ENGLISH =
	'Lake Sevan water level rises\n\nThe level of Lake Sevan rose by ten centimetres this spring. ' +
	'Scientists say the rise is good news for the lake.\n';
const RUSSIAN =
	'Уровень озера Севан поднялся\n\nЭтой весной уровень озера Севан поднялся на десять ' +
	'сантиметров. Учёные говорят, что это хорошая новость для озера.\n';

async function openImport(page: Page): Promise<void> {
	await openLibrary(page);
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Import' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import an article' })).toBeVisible();
}

function candidate(page: Page, name: string): Locator {
	return page.getByTestId('import-candidate').filter({ hasText: name });
}

async function addFiles(page: Page, files: Array<[string, Buffer]>): Promise<void> {
	await page
		.getByTestId('import-file')
		.setInputFiles(files.map(([name, buffer]) => ({ name, mimeType: 'text/plain', buffer })));
}

async function expectLibraryUnchanged(page: Page): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Library' })
		.click();
	await expect(page.getByTestId('library-item')).toHaveCount(5);
}

test('a French text is refused as not English, unless the user says it is', async ({ page }) => {
	await openImport(page);
	await addFiles(page, [['retrait.txt', Buffer.from(FRENCH, 'utf8')]]);
	const c = candidate(page, 'retrait.txt');
	await expect(c.getByRole('alert')).toHaveText(
		'This text is not in English, Armenian or Russian. If it is English after all, choose English as its language. Nothing was saved.'
	);
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
	await c.getByLabel('Language').selectOption('en');
	await expect(c.getByRole('alert')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
	await c.getByRole('button', { name: 'Remove' }).click();
	await expectLibraryUnchanged(page);
});

test('an encoding it cannot tell is chosen by the user; ISO-8859-1 is not read as Cyrillic', async ({
	page
}) => {
	await openImport(page);
	// English with one Russian word in windows-1251: too little Cyrillic to tell 1251 from 1252.
	const mixed = windows1251(
		'A word of peace\n\nThe word for peace is мир in the language of the other side of the talks.\n'
	);
	// French in ISO-8859-1: accented letters inside Latin words.
	const latin1 = Buffer.from(FRENCH, 'latin1');
	await addFiles(page, [
		['mixed.txt', mixed],
		['latin1.txt', latin1]
	]);
	const c = candidate(page, 'mixed.txt');
	await expect(c.getByRole('alert')).toHaveText(
		'The encoding could not be recognised: choose it. Nothing was saved.'
	);
	await c.getByLabel('Encoding').selectOption('windows-1251');
	await expect(c.getByRole('alert')).toHaveCount(0);
	await expect(c).toContainText('windows-1251');
	// The Latin-1 file is decoded as Latin, so the language check can say what it really is.
	await expect(candidate(page, 'latin1.txt').getByRole('alert')).toContainText(
		'This text is not in English, Armenian or Russian.'
	);
	await expectLibraryUnchanged(page);
});

test('UTF-16 without a BOM is read; NUL bytes in a text are named', async ({ page }) => {
	await openImport(page);
	await addFiles(page, [
		['unicode.txt', Buffer.from(RUSSIAN, 'utf16le')],
		['nul.txt', Buffer.from(ENGLISH.replace('spring.', 'spring.\u0000\u0000'), 'utf8')]
	]);
	const utf16 = candidate(page, 'unicode.txt');
	await expect(utf16.getByRole('alert')).toHaveCount(0);
	await expect(utf16).toContainText('Уровень озера Севан поднялся');
	await expect(utf16).toContainText('utf-16le');
	await expect(candidate(page, 'nul.txt').getByRole('alert')).toHaveText(
		'The text contains NUL bytes (a damaged or joined file?). Remove them and try again. Nothing was saved.'
	);
	await expectLibraryUnchanged(page);
});

test('two texts in one language are shown in the preview, before Save', async ({ page }) => {
	await openImport(page);
	await addFiles(page, [
		['one.txt', Buffer.from(ENGLISH, 'utf8')],
		['two.txt', Buffer.from(ENGLISH.replace('ten', 'twelve'), 'utf8')]
	]);
	await expect(page.getByTestId('import-clash')).toHaveText(
		'More than one text in English (counting the article chosen below): an article holds one text per language. Remove one, change its language or save as a new article.'
	);
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
	await candidate(page, 'two.txt').getByRole('button', { name: 'Remove' }).click();
	await expect(page.getByTestId('import-clash')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
});

test('a TMX file with oddities is imported with a report of what was done', async ({ page }) => {
	await openImport(page);
	const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu tuid="r1"><prop type="x-triptych-status">maybe</prop><tuv xml:lang="en"><seg>The lake rose.</seg></tuv><tuv xml:lang="ru"><seg>Озеро поднялось.</seg></tuv></tu>
<tu tuid="r1"><tuv xml:lang="en"><seg>Scientists are glad.</seg></tuv><tuv xml:lang="ru"><seg>Учёные рады.</seg></tuv><tuv xml:lang="ru"><seg>Учёные довольны.</seg></tuv></tu>
</body></tmx>`;
	await page
		.getByTestId('import-tmx')
		.setInputFiles({ name: 'odd.tmx', mimeType: 'application/xml', buffer: Buffer.from(tmx) });
	const report = page.getByTestId('tmx-report');
	await expect(report.getByRole('listitem')).toHaveText([
		'Unit 1: the unknown status “maybe” was ignored; the row is not confirmed.',
		'Unit 2: 2 texts in Russian; all are kept in the row.',
		'Unit 2: the id “r1” was already used; the row is now “tu2”.'
	]);
	await report.getByRole('link', { name: 'Open the article' }).click();
	await expect(page).toHaveURL(/\/article\?id=/);
	// Both Russian variants are there: nothing was dropped.
	await expect(page.getByText('Учёные рады.', { exact: true })).toBeVisible();
	await expect(page.getByText('Учёные довольны.', { exact: true })).toBeVisible();
});

test('bidi controls in a text are kept, inert, and shown to translators', async ({ page }) => {
	await openImport(page);
	const tricky = ENGLISH.replace('good news', 'good \u202Ewen\u202C news');
	await addFiles(page, [
		['en.txt', Buffer.from(tricky, 'utf8')],
		['ru.txt', Buffer.from(RUSSIAN, 'utf8')]
	]);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page).toHaveURL(/\/article\?id=/);
	await expect(page.getByTestId('bidi-mark')).toHaveCount(0);
	// Inert: the RLO does not reverse what follows it, "wen" reads left to right as stored.
	const order = await page.evaluate(() => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			const at = text.indexOf('wen');
			if (at < 0 || !node.parentElement?.closest('[data-testid="aligned-text"]')) continue;
			const x = (i: number) => {
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				return range.getBoundingClientRect().left;
			};
			return x(at) < x(at + 2) ? 'left-to-right' : 'reversed';
		}
		return 'not found';
	});
	expect(order).toBe('left-to-right');
	const toggle = page.getByRole('button', { name: 'Translator mode' });
	await expect(toggle).toBeEnabled({ timeout: 20_000 });
	await toggle.click();
	await expect(page.getByTestId('bidi-mark').first()).toHaveText('⟨RLO⟩');
	await expect(page.getByTestId('bidi-mark').nth(1)).toHaveText('⟨PDF⟩');
});
