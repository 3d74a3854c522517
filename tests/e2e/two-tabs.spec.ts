/**
 * Two tabs of one article in translator mode, writing at the same moment: every edit is a
 * compare-and-set step, so no tab's write silently undoes the other's; an edit made on rows the
 * other tab regrouped is refused with a message, and undo keeps working on the tab's own steps.
 */
import type { Page } from '@playwright/test';
import {
	CSTO_ID,
	CSTO_ROWS,
	activate,
	editorBar,
	enterTranslatorMode,
	expect,
	openEditor,
	row,
	rowControls,
	rows,
	storedRows,
	test,
	tool,
	waitForStoredRows
} from './helpers';

const confirmToggle = (page: Page) =>
	rowControls(page).getByRole('button', { name: /^(Confirm|Unconfirm)(\s|$)/ });

async function secondTab(page: Page): Promise<Page> {
	const other = await page.context().newPage();
	await other.goto(page.url());
	await enterTranslatorMode(other);
	await expect(rows(other)).toHaveCount(CSTO_ROWS);
	return other;
}

test('two tabs confirming different rows at the same moment keep every confirmation', async ({
	page
}) => {
	test.setTimeout(300_000);
	await openEditor(page);
	const other = await secondTab(page);
	const ROUNDS = 24;
	const confirmed = new Set<number>();
	let made = 0;
	let keptEachRound = 0;
	for (let i = 0; i < ROUNDS; i++) {
		// Rows 1–8 for the first tab, 9–16 for the second: different rows, every round.
		const a = 1 + (i % 8);
		const b = 9 + ((i * 3) % 8);
		await activate(page, a);
		await activate(other, b);
		await Promise.all([confirmToggle(page).click(), confirmToggle(other).click()]);
		made += 2;
		for (const n of [a, b]) {
			if (confirmed.has(n)) confirmed.delete(n);
			else confirmed.add(n);
		}
		const expected = (stored: Array<{ status: string }>) =>
			stored.length === CSTO_ROWS &&
			stored.every((r, index) => (r.status === 'confirmed') === confirmed.has(index + 1));
		try {
			await waitForStoredRows(page, CSTO_ID, expected);
			keptEachRound += 2;
		} catch {
			const stored = await storedRows(page, CSTO_ID);
			keptEachRound += [a, b].filter(
				(n) => (stored[n - 1]?.status === 'confirmed') === confirmed.has(n)
			).length;
			// Start the next round from what is stored, so later rounds are counted on their own.
			confirmed.clear();
			stored.forEach((r, index) => r.status === 'confirmed' && confirmed.add(index + 1));
		}
	}
	await page.reload();
	await enterTranslatorMode(page);
	await expect(rows(page)).toHaveCount(CSTO_ROWS);
	const stored = await storedRows(page, CSTO_ID);
	const shownConfirmed = stored.flatMap((r, index) =>
		r.status === 'confirmed' ? [index + 1] : []
	);
	console.log(`two tabs, ${ROUNDS} concurrent rounds: edits kept ${keptEachRound} / made ${made}`);
	expect(keptEachRound).toBe(made);
	expect(shownConfirmed).toEqual([...confirmed].sort((x, y) => x - y));
	for (const n of confirmed) {
		await expect(row(page, n).getByTestId('row-status')).toContainText('✓ confirmed');
	}
	await other.close();
});

test('an edit of rows another tab merged is refused with a message; undo keeps its own steps', async ({
	page,
	context
}) => {
	// The second tab is made deaf to the first one's changes on demand, so it is certainly stale
	// when it confirms (Dexie tells other tabs through a BroadcastChannel).
	await context.addInitScript(() => {
		const w = window as unknown as { __deaf: boolean; __held: Array<() => void>; __hear(): void };
		w.__deaf = false;
		w.__held = [];
		w.__hear = () => {
			w.__deaf = false;
			for (const deliver of w.__held.splice(0)) deliver();
		};
		const Native = BroadcastChannel;
		class Gated extends Native {
			set onmessage(listener: ((event: MessageEvent) => void) | null) {
				super.onmessage = (event: MessageEvent) => {
					if (w.__deaf) w.__held.push(() => listener?.(event));
					else listener?.(event);
				};
			}
			get onmessage() {
				return super.onmessage;
			}
		}
		window.BroadcastChannel = Gated;
	});
	await openEditor(page);
	const other = await secondTab(page);

	// The second tab's own earlier edit: it flags row 2.
	await activate(other, 2);
	await tool(other, 'Flag').click();
	await waitForStoredRows(page, CSTO_ID, (stored) => stored[1]?.flagged === true);
	await activate(other, 4);
	await expect(confirmToggle(other)).toHaveText(/^Confirm/);

	await other.evaluate(() => ((window as unknown as { __deaf: boolean }).__deaf = true));
	await activate(page, 3);
	await tool(page, 'Merge with next').click();
	await waitForStoredRows(page, CSTO_ID, (stored) => stored.length === CSTO_ROWS - 1);
	const merged = await storedRows(page, CSTO_ID);

	// Stale: the second tab still shows row 4 and confirms it.
	await expect(rows(other)).toHaveCount(CSTO_ROWS);
	await confirmToggle(other).click();
	await expect(editorBar(other).getByRole('alert')).toHaveText(
		'This row was changed in another tab or on another device; your edit was not applied.'
	);
	expect(await storedRows(page, CSTO_ID)).toEqual(merged);
	await other.evaluate(() => (window as unknown as { __hear(): void }).__hear());
	await expect(rows(other)).toHaveCount(CSTO_ROWS - 1);

	// Undo in the second tab undoes its own flag, and leaves the first tab's merge alone.
	const undo = editorBar(other).getByRole('button', { name: /^Undo/ });
	await expect(undo).toHaveText('Undo: flag');
	await undo.click();
	await waitForStoredRows(
		page,
		CSTO_ID,
		(stored) => stored.length === CSTO_ROWS - 1 && stored[1]?.flagged === false
	);
	await expect(rows(page)).toHaveCount(CSTO_ROWS - 1);
	await other.close();
});
