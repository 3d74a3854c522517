/**
 * Importing articles: good texts in every accepted encoding are previewed, saved and shown exactly
 * (down to the bytes of "Original as imported"); bad files are refused with their localised
 * message and leave the library as it was; markup in a text is shown as text, never run.
 */
import type { Locator, Page } from '@playwright/test';
import {
	download,
	expect,
	goTo,
	openLibrary,
	test,
	utf16le,
	watchDialogs,
	windows1251
} from './helpers';

const EN = {
	title: 'Lake Sevan water level rises',
	sentences: [
		'The level of Lake Sevan rose by ten centimetres this spring.',
		'Scientists say the rise is good news for the lake.'
	]
};
const HY = {
	title: 'Սևանա լճի մակարդակը բարձրացել է',
	sentences: [
		'Այս գարնանը Սևանա լճի մակարդակը բարձրացել է տասը սանտիմետրով։',
		'Գիտնականներն ասում են, որ դա լավ լուր է լճի համար։'
	]
};
const RU = {
	title: 'Уровень озера Севан поднялся',
	sentences: [
		'Этой весной уровень озера Севан поднялся на десять сантиметров.',
		'Учёные говорят, что это хорошая новость для озера — и для всего региона.'
	]
};
const textOf = (t: { title: string; sentences: string[] }) =>
	`${t.title}\n\n${t.sentences.join(' ')}\n`;

/** Goes to the library and checks how many articles it lists. */
async function expectLibraryCount(page: Page, count: number): Promise<void> {
	await goTo(page, 'Library');
	await expect(page.getByTestId('library-list')).toBeVisible();
	await expect(page.getByTestId('library-item')).toHaveCount(count);
}

function candidate(page: Page, name: string): Locator {
	return page.getByTestId('import-candidate').filter({ hasText: name });
}

/** One fact of a candidate's preview: the description (dd) of the term (dt) `term`. */
function fact(c: Locator, term: string): Locator {
	return c
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${term}$`) })
		.locator('xpath=following-sibling::dd[1]');
}

/** Downloads a rendering's "Original as imported" from the article's Export panel. */
async function originalBytes(page: Page, language: string): Promise<Buffer> {
	const panel = page.getByTestId('export');
	if ((await panel.getAttribute('open')) === null)
		await panel.getByText('Export', { exact: true }).click();
	const line = panel.getByRole('listitem').filter({ hasText: `${language}:` });
	return (await download(page, line.getByRole('button', { name: 'Original as imported' }))).bytes;
}

test('pasted UTF-8 text: preview, save, and the article shows it exactly', async ({ page }) => {
	await openLibrary(page);
	await goTo(page, 'Import');
	const text = textOf(EN);
	await page.getByLabel('Or paste the text').fill(text);
	await page.getByRole('button', { name: 'Add the pasted text' }).click();

	const c = candidate(page, 'Pasted text');
	await expect(c.getByLabel('Language')).toContainText('As detected (English)');
	await expect(fact(c, 'Title')).toHaveText(EN.title);
	await expect(fact(c, 'Sentences')).toHaveText('3');
	await expect(fact(c, 'Encoding')).toHaveText('utf-8');

	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page).toHaveURL(/\/article\?id=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN.title);
	for (const s of EN.sentences) await expect(page.getByText(s, { exact: true })).toBeVisible();
	expect((await originalBytes(page, 'English')).equals(Buffer.from(text, 'utf8'))).toBe(true);
	await expectLibraryCount(page, 6);
});

test('UTF-8, UTF-16 LE (BOM) and windows-1251 files become one aligned article', async ({
	page
}) => {
	await openLibrary(page);
	await goTo(page, 'Import');
	const files = {
		en: { name: 'sevan-en.txt', mimeType: 'text/plain', buffer: Buffer.from(textOf(EN), 'utf8') },
		hy: { name: 'sevan-hy.txt', mimeType: 'text/plain', buffer: utf16le(textOf(HY)) },
		ru: { name: 'sevan-ru.txt', mimeType: 'text/plain', buffer: windows1251(textOf(RU)) }
	};
	await page.getByTestId('import-file').setInputFiles([files.en, files.hy, files.ru]);

	const expected = [
		['sevan-en.txt', 'English', EN, 'utf-8'],
		['sevan-hy.txt', 'Armenian', HY, 'utf-16le'],
		['sevan-ru.txt', 'Russian', RU, 'windows-1251']
	] as const;
	for (const [name, language, t, encoding] of expected) {
		const c = candidate(page, name);
		await expect(c.getByLabel('Language')).toContainText(`As detected (${language})`);
		await expect(fact(c, 'Title')).toHaveText(t.title);
		await expect(fact(c, 'Sentences')).toHaveText(String(t.sentences.length + 1));
		await expect(fact(c, 'Encoding')).toHaveText(encoding);
	}

	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page).toHaveURL(/\/article\?id=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN.title);
	// Once aligned, all three languages are shown side by side, each exactly as imported.
	await expect(page.getByRole('button', { name: 'Translator mode' })).toBeEnabled({
		timeout: 20_000
	});
	for (const t of [EN, HY, RU]) {
		await expect(page.getByText(t.title, { exact: true })).toBeVisible();
		for (const s of t.sentences) await expect(page.getByText(s, { exact: true })).toBeVisible();
	}
	expect((await originalBytes(page, 'English')).equals(files.en.buffer)).toBe(true);
	expect((await originalBytes(page, 'Armenian')).equals(files.hy.buffer)).toBe(true);
	expect((await originalBytes(page, 'Russian')).equals(files.ru.buffer)).toBe(true);
	await expectLibraryCount(page, 6);
});

test('bad files are refused with their own message and the library is unchanged', async ({
	page
}) => {
	await openLibrary(page);
	await expectLibraryCount(page, 5);
	await goTo(page, 'Import');

	const bad = [
		['empty.txt', Buffer.alloc(0), 'The file is empty. Nothing was saved.'],
		[
			'picture.txt',
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
			'This is not a text file (an image, archive or PDF?). Nothing was saved.'
		],
		[
			'archive.txt',
			Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]),
			'This is not a text file (an image, archive or PDF?). Nothing was saved.'
		],
		[
			'paper.txt',
			Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
			'This is not a text file (an image, archive or PDF?). Nothing was saved.'
		],
		[
			'broken.txt',
			Buffer.concat([
				Buffer.from('Broken bytes: '),
				Buffer.from([0x80, 0x81, 0x82, 0x83, 0x9f, 0xa1]),
				Buffer.from(' in an English text.')
			]),
			'The text encoding could not be recognised (expected UTF-8, UTF-16, Windows-1251 or Windows-1252). Nothing was saved.'
		],
		[
			'huge.txt',
			Buffer.alloc(5 * 1024 * 1024 + 1, 'All work and no play. '),
			'The file is larger than the import limit. Nothing was saved.'
		]
	] as const;
	await page
		.getByTestId('import-file')
		.setInputFiles(bad.map(([name, buffer]) => ({ name, mimeType: 'text/plain', buffer })));
	for (const [name, , message] of bad) {
		await expect(candidate(page, name).getByRole('alert')).toHaveText(message);
	}
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
	await expectLibraryCount(page, 5);
});

test('an Armenian text refused for the Russian slot of an existing article', async ({ page }) => {
	await openLibrary(page);
	// An English-only article with its Armenian and Russian slots free.
	await goTo(page, 'Import');
	await page.getByLabel('Or paste the text').fill(textOf(EN));
	await page.getByRole('button', { name: 'Add the pasted text' }).click();
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(EN.title);
	await expectLibraryCount(page, 6);

	await goTo(page, 'Import');
	await page.getByTestId('import-file').setInputFiles({
		name: 'sevan-hy.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(textOf(HY))
	});
	const c = candidate(page, 'sevan-hy.txt');
	await expect(c.getByLabel('Language')).toContainText('As detected (Armenian)');
	await page.getByRole('radio', { name: `The missing language of: ${EN.title}` }).check();
	await c.getByLabel('Language').selectOption({ label: 'Russian' });
	await expect(c.getByRole('alert')).toHaveText(
		'The text is not in the chosen language. Nothing was saved.'
	);
	await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

	await expectLibraryCount(page, 6);
	const item = page.getByTestId('library-item').filter({ hasText: EN.title });
	await expect(item).toContainText('English');
	await expect(item).not.toContainText('Russian');
	await expect(item.getByTestId('alignment-state')).toHaveText('One language');
});

test('markup in an imported text is shown as text, never run', async ({ page }) => {
	const dialogs = watchDialogs(page);
	await openLibrary(page);
	await goTo(page, 'Import');
	const title = 'Markup test <script>alert(1)</script>';
	const sentence = 'The caption had <img src=x onerror=alert(2)> in it.';
	const text = `${title}\n\n${sentence} The editors kept it as plain text for the record.\n`;
	await page.getByLabel('Or paste the text').fill(text);
	await page.getByRole('button', { name: 'Add the pasted text' }).click();
	await expect(fact(candidate(page, 'Pasted text'), 'Title')).toHaveText(title);

	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText(sentence, { exact: true })).toBeVisible();
	const article = page.getByTestId('aligned-text');
	await expect(article.locator('script, img')).toHaveCount(0);
	// An onerror handler would have run by the time the page settles on this reload.
	await page.reload();
	await expect(page.getByText(sentence, { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	expect(dialogs).toEqual([]);
});

test('an HTML page: the article text is extracted, scripts and site furniture dropped', async ({
	page
}) => {
	const dialogs = watchDialogs(page);
	await openLibrary(page);
	await goTo(page, 'Import');
	const html = `<!doctype html>
<html lang="en"><head><title>News site</title>
<script>alert('head script')</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<header>Site banner furniture</header>
<article><h1>Yerevan opens a new metro station</h1>
<p>The city opened a new metro station on Monday. Thousands of residents came to see it.</p>
<script>document.body.innerHTML = 'hacked'; alert('body script')</script>
<p>The mayor said more stations will follow &amp; work starts next year.</p></article>
<footer>Copyright footer text</footer></body></html>`;
	await page
		.getByTestId('import-file')
		.setInputFiles({ name: 'metro.html', mimeType: 'text/html', buffer: Buffer.from(html) });
	const c = candidate(page, 'metro.html');
	await expect(fact(c, 'Title')).toHaveText('Yerevan opens a new metro station');
	await expect(fact(c, 'Sentences')).toHaveText('4');
	await expect(fact(c, 'Paragraphs')).toHaveText('2');

	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Yerevan opens a new metro station'
	);
	const article = page.getByTestId('aligned-text');
	await expect(article.getByText('The city opened a new metro station on Monday.')).toBeVisible();
	await expect(
		article.getByText('The mayor said more stations will follow & work starts next year.')
	).toBeVisible();
	for (const furniture of [
		'alert',
		'hacked',
		'World news menu',
		'Site banner',
		'Copyright footer',
		'color: red'
	]) {
		await expect(page.getByText(furniture)).toHaveCount(0);
	}
	expect(dialogs).toEqual([]);
});
