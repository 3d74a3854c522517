/**
 * Files as importers bring them, built byte by byte in the test: UTF-16 with a BOM, Russian in
 * windows-1251, binaries by their magic numbers. Plus reading what the app hands back as a
 * download.
 */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';

/** UTF-16 LE with its byte order mark, as Windows Notepad saves "Unicode". */
export function utf16le(text: string): Buffer {
	return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** Russian text in windows-1251 (Cyrillic letters, Ё/ё, guillemets, dashes and ASCII only). */
export function windows1251(text: string): Buffer {
	const extra: Record<string, number> = {
		Ё: 0xa8,
		ё: 0xb8,
		'«': 0xab,
		'»': 0xbb,
		'—': 0x97,
		'–': 0x96,
		'№': 0xb9,
		'\u00a0': 0xa0
	};
	return Buffer.from(
		[...text].map((ch) => {
			const code = ch.codePointAt(0)!;
			if (code < 0x80) return code;
			if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
			const byte = extra[ch];
			if (byte === undefined) throw new Error(`windows-1251 cannot hold ${ch}`);
			return byte;
		})
	);
}

/** Saves a download and returns its bytes. */
export async function bytesOf(download: Download): Promise<Buffer> {
	return readFileSync(await download.path());
}

/** Clicks `trigger` and returns the bytes of the download it starts. */
export async function download(
	page: Page,
	trigger: Locator
): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
	return { name: file.suggestedFilename(), bytes: await bytesOf(file) };
}
