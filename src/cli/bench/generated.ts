/**
 * Bench support: long generated articles, made in Node from the app's own exported library and
 * put into the app through its Settings → Restore form (merge), so the app stores them through
 * its current schema exactly as a user's restore would — never written into IndexedDB behind
 * its back.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createBackup, parseBackup, type LibrarySnapshot } from '../../lib/core/backup';
import type { Alignment, AlignmentRow, Article, Rendering } from '../../lib/core/types';

export interface GeneratedArticle {
	article: Article;
	renderings: Rendering[];
	alignment: Alignment;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The longest article of `library` (by rows) repeated end to end up to `rows` rows: its renderings'
 * texts joined with a blank line, blocks and sentences shifted, sentence and row ids suffixed
 * `~k` for the k-th copy. Every row is left unconfirmed ('auto').
 */
export function repeatLongest(
	library: LibrarySnapshot,
	id: string,
	rows: number
): GeneratedArticle & { source: string; sourceRows: number } {
	const longest = library.alignments
		.filter((a) => !a.articleId.startsWith('bench-'))
		.sort((a, b) => b.rows.length - a.rows.length)[0];
	if (!longest) throw new Error('The exported library has no aligned article');
	const renderings = library.renderings.filter(
		(r) =>
			r.articleId === longest.articleId && longest.rows.some((row) => row.cells[r.lang]?.length)
	);
	const copies = Math.ceil(rows / longest.rows.length);
	const made: AlignmentRow[] = [];
	for (let k = 0; k < copies && made.length < rows; k++) {
		for (const row of longest.rows) {
			if (made.length === rows) break;
			const cells = Object.fromEntries(
				Object.entries(row.cells).map(([l, ids]) => [l, ids.map((s) => `${s}~${k}`)])
			) as AlignmentRow['cells'];
			made.push({ ...row, id: `${row.id}~${k}`, cells, notes: [], status: 'auto' });
		}
	}
	const used = new Set(made.flatMap((r) => Object.values(r.cells).flat()));
	const now = Date.now();
	const gap = '\n\n';
	const generated = renderings.map((r): Rendering => {
		const stride = r.original.length + gap.length;
		const blocks: Rendering['blocks'] = [];
		const sentences: Rendering['sentences'] = [];
		for (let k = 0; k < copies; k++) {
			const shift = k * stride;
			for (const b of r.blocks) {
				blocks.push({
					...b,
					start: b.start + shift,
					end: b.end + shift,
					...(b.content
						? { content: { start: b.content.start + shift, end: b.content.end + shift } }
						: {})
				});
			}
			for (const s of r.sentences) {
				const sid = `${s.id}~${k}`;
				if (!used.has(sid)) continue;
				sentences.push({
					...s,
					id: sid,
					start: s.start + shift,
					end: s.end + shift,
					block: s.block + k * r.blocks.length
				});
			}
		}
		const original = Array(copies).fill(r.original).join(gap);
		const { bundled: _bundled, originalBytes: _bytes, ...rest } = r;
		return {
			...rest,
			id: `${id}:${r.lang}`,
			articleId: id,
			original,
			encoding: 'utf-8',
			sha256: sha256(original),
			blocks,
			sentences,
			provenance: { kind: 'import', source: 'bench' },
			version: 1,
			userModified: false,
			importedAt: now,
			updatedAt: now
		};
	});
	return {
		article: { id, origin: 'backup', createdAt: now, updatedAt: now },
		renderings: generated,
		alignment: {
			articleId: id,
			rows: made,
			orphanNotes: [],
			basis: Object.fromEntries(generated.map((r) => [r.lang, 1])),
			updatedAt: now
		},
		source: longest.articleId,
		sourceRows: longest.rows.length
	};
}

/** The library as the app exports it (Settings → Download a backup). */
export async function exportLibrary(page: Page): Promise<LibrarySnapshot> {
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a backup' }).click();
	return parseBackup(readFileSync((await (await download).path())!, 'utf8'));
}

/** Restores `snap` through the Settings form, merged or replacing, and waits for the app's notice. */
export async function restoreThroughSettings(
	page: Page,
	snap: LibrarySnapshot,
	mode: 'merge' | 'replace',
	expectCount: RegExp
): Promise<{ ms: number; sizeMB: number }> {
	const dir = mkdtempSync(join(tmpdir(), 'triptych-bench-'));
	try {
		const file = join(dir, 'backup.json');
		const text = createBackup(snap, { createdAt: new Date().toISOString() });
		writeFileSync(file, text);
		await page.goto('/settings');
		const started = Date.now();
		await page.locator('form.restore input[type="file"]').setInputFiles(file);
		await page.locator(`form.restore input[value="${mode}"]`).check();
		await page.locator('form.restore button[type="submit"]').click();
		// Replacing the whole library is asked first, in the page's own dialog.
		if (mode === 'replace') {
			await page
				.getByRole('dialog', { name: 'Replace the whole library?' })
				.getByRole('button', { name: 'Replace the library' })
				.click();
		}
		await page.getByRole('status').filter({ hasText: expectCount }).waitFor({ timeout: 180_000 });
		return { ms: Date.now() - started, sizeMB: Buffer.byteLength(text) / 1024 / 1024 };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A snapshot holding only `articles` (and the exported settings), for a merge restore. */
export function snapshotOf(
	articles: GeneratedArticle[],
	settings: LibrarySnapshot['settings']
): LibrarySnapshot {
	return {
		articles: articles.map((a) => a.article),
		renderings: articles.flatMap((a) => a.renderings),
		alignments: articles.map((a) => a.alignment),
		revisions: [],
		bundledOffers: [],
		reports: [],
		settings
	};
}
