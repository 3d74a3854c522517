/**
 * The Content Security Policy of the built app (svelte.config.js `kit.csp`, delivered as a
 * <meta http-equiv> in every prerendered page and the 200.html fallback): the whole app runs
 * without a single violation, online and offline, while injected inline code and `eval` are
 * refused.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { enterTranslatorMode, expect, openArticle, test } from './helpers';

interface Violation {
	directive: string;
	blocked: string;
	sample: string;
}

declare global {
	interface Window {
		__violations: Violation[];
		__injected?: boolean;
	}
}

/** Records every CSP violation the page reports, from the first script on. */
async function recordViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__violations.push({
				directive: e.effectiveDirective,
				blocked: e.blockedURI,
				sample: e.sample
			});
		});
	});
}

const violations = (page: Page) => page.evaluate(() => window.__violations);

async function goTo(page: Page, link: string, heading: string): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link }).click();
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('every page carries the policy, and the app runs without a violation', async ({ page }) => {
	const consoleErrors: string[] = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy/i.test(m.text())) consoleErrors.push(m.text());
	});
	await recordViolations(page);

	const pages = ['/', '/article', '/import', '/settings'].map(async (path) => ({
		path,
		html: await (await page.request.get(path)).text()
	}));
	// The SPA fallback is written by the static adapter for the hosting server, not served here.
	pages.push(Promise.resolve({ path: '200.html', html: readFileSync('build/200.html', 'utf8') }));
	for (const { path, html } of await Promise.all(pages)) {
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(policy, path).toBeDefined();
		expect(policy).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-src 'none'");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).not.toContain('unsafe-inline');
	}

	await openArticle(page, 'withdrawal');
	await enterTranslatorMode(page);
	await goTo(page, 'Import', 'Import an article');
	await page.getByLabel('Or paste the text').fill('A title\n\nOne sentence. Another sentence.\n');
	await page.getByRole('button', { name: 'Add the pasted text' }).click();
	await expect(page.getByTestId('import-candidate')).toBeVisible();
	await goTo(page, 'Settings', 'Settings');
	await goTo(page, 'Library', 'Library');
	await page.getByLabel('Interface language').selectOption('hy');
	await expect(page.locator('html')).toHaveAttribute('lang', 'hy');

	expect(await violations(page)).toEqual([]);
	expect(consoleErrors).toEqual([]);
});

test('an injected inline script, inline handler or eval is blocked and reported', async ({
	page
}) => {
	await recordViolations(page);
	await openArticle(page, 'withdrawal');

	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true;';
		document.body.append(script);
	});
	await expect
		.poll(() => violations(page))
		.toContainEqual(expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' }));
	expect(await page.evaluate(() => window.__injected)).toBeUndefined();

	// Playwright's own call is exempt from CSP; code the page runs later (a timer) is not.
	const evaluated = await page.evaluate(
		() =>
			new Promise<string>((resolve) =>
				setTimeout(() => {
					try {
						resolve(String((0, eval)('1 + 1')));
					} catch (error) {
						resolve((error as Error).name);
					}
				})
			)
	);
	expect(evaluated).toBe('EvalError');
	// An inline event handler attribute is refused too.
	await page.evaluate(() => {
		const img = document.createElement('img');
		img.setAttribute('onerror', 'window.__injected = true');
		img.src = 'data:,not-an-image';
		document.body.append(img);
	});
	await expect
		.poll(() => violations(page))
		.toContainEqual(expect.objectContaining({ directive: 'script-src-attr' }));
	expect(await page.evaluate(() => window.__injected)).toBeUndefined();
});

test('with the policy on, the app still works offline from the service worker', async ({
	page,
	context
}) => {
	await recordViolations(page);
	await openArticle(page, 'withdrawal');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('row').first()).toBeVisible();
	await enterTranslatorMode(page);
	await goTo(page, 'Settings', 'Settings');
	await goTo(page, 'Library', 'Library');
	await expect(page.getByTestId('library-item')).toHaveCount(5);
	// A route opened directly offline comes from the cached shell, policy included.
	await page.goto('/import');
	await expect(page.getByRole('heading', { level: 1, name: 'Import an article' })).toBeVisible();
	expect(await violations(page)).toEqual([]);
});
