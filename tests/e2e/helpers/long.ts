/**
 * A long article (2,000 aligned rows) made as a translator would bring one in: a TMX file with
 * one unit per row in English, Armenian and Russian (left unconfirmed), imported through the
 * Import page.
 */
import { expect, type Page } from '@playwright/test';
import { openLibrary, rows } from './app';

export const LONG_ROWS = 2000;

const EN = [
	'The committee met on Tuesday to discuss the water level of Lake Sevan.',
	'Officials said the new rules would take effect next spring.',
	'Farmers in the valley asked for more time to prepare their fields and repair the old canals before the season.',
	'The report was published in three languages.'
];
const HY = [
	'Հանձնաժողովը երեքշաբթի հավաքվեց՝ քննարկելու Սևանա լճի մակարդակը։',
	'Պաշտոնյաները նշեցին, որ նոր կանոնները կուժի մեջ մտնեն հաջորդ գարնանը։',
	'Հովտի ֆերմերները ավելի շատ ժամանակ խնդրեցին՝ դաշտերը նախապատրաստելու և հին ջրանցքները վերանորոգելու համար։',
	'Զեկույցը հրապարակվեց երեք լեզվով։'
];
const RU = [
	'Комитет собрался во вторник, чтобы обсудить уровень воды в озере Севан.',
	'Чиновники сообщили, что новые правила вступят в силу следующей весной.',
	'Фермеры долины попросили больше времени, чтобы подготовить поля и отремонтировать старые каналы до начала сезона.',
	'Доклад был опубликован на трёх языках.'
];

/** The English text of row `n` (1-based): numbered, so every row is told apart. */
export const longRowText = (n: number) => `(${n}) ${EN[(n - 1) % EN.length]}`;

function longTmx(count: number): string {
	const tuv = (lang: string, text: string) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`;
	const units: string[] = [];
	for (let n = 1; n <= count; n++) {
		const k = (n - 1) % EN.length;
		units.push(
			`<tu tuid="r${n}"><prop type="x-triptych-status">auto</prop>${tuv('en', longRowText(n))}${tuv('hy', `(${n}) ${HY[k]}`)}${tuv('ru', `(${n}) ${RU[k]}`)}</tu>`
		);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="triptych-tests" creationtool="triptych-tests" creationtoolversion="1"/>
<body>
${units.join('\n')}
</body></tmx>`;
}

/** Imports the long article (in a fresh profile) and opens it; returns its URL. */
export async function openLongArticle(page: Page, count = LONG_ROWS): Promise<string> {
	await openLibrary(page);
	await page.goto('/import');
	await page.getByTestId('import-tmx').setInputFiles({
		name: 'long-report.tmx',
		mimeType: 'application/xml',
		buffer: Buffer.from(longTmx(count))
	});
	// A TMX file with nothing odd in it opens as an article at once.
	await expect(page).toHaveURL(/\/article\?id=/, { timeout: 30_000 });
	await expect(rows(page).first()).toBeVisible();
	await expect(page.getByTestId('translator-mode')).toBeEnabled();
	return page.url();
}

/** How many rows the page holds in its DOM right now. */
export function renderedRows(page: Page): Promise<number> {
	return rows(page).count();
}

/** The index (0-based) of the first row whose top is on screen. */
export function firstRowOnScreen(page: Page): Promise<number> {
	return page.evaluate(() => {
		for (const el of document.querySelectorAll<HTMLElement>('[data-testid="row"]')) {
			if (el.getBoundingClientRect().top >= 0) return Number(el.dataset.rowIndex);
		}
		return -1;
	});
}

/** Scrolls the page to a fraction of its height and lets the list follow. */
export async function scrollToFraction(page: Page, fraction: number): Promise<void> {
	await page.evaluate((f) => {
		scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f);
	}, fraction);
	// The list follows on the next frame(s); wait until rows are on screen there.
	await expect.poll(() => firstRowOnScreen(page)).toBeGreaterThanOrEqual(0);
}
