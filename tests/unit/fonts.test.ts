/**
 * The fonts app.html preloads are served from static/fonts: they must be the very files of the
 * installed @fontsource packages (an upgrade that changes them must refresh the copies), and the
 * stylesheet and the preload links must name files that exist.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const STATIC = join(ROOT, 'static/fonts');
const source = (file: string) =>
	join(
		ROOT,
		'node_modules/@fontsource',
		file.startsWith('noto-sans-armenian') ? 'noto-sans-armenian' : 'noto-sans',
		'files',
		file
	);

describe('the bundled fonts', () => {
	const copies = readdirSync(STATIC).filter((f) => f.endsWith('.woff2'));

	it('are byte-identical copies of the installed @fontsource files', () => {
		expect(copies.length).toBe(6);
		for (const file of copies)
			expect(readFileSync(join(STATIC, file))).toEqual(readFileSync(source(file)));
	});

	it('are what fonts.css declares and app.html preloads, each face with its unicode-range', () => {
		const css = readFileSync(join(ROOT, 'src/lib/fonts.css'), 'utf8');
		const declared = [...css.matchAll(/url\('\/fonts\/([^']+)'\)/g)].map((m) => m[1]);
		expect(declared.sort()).toEqual([...copies].sort());
		expect(css.match(/unicode-range:/g)).toHaveLength(declared.length);
		const html = readFileSync(join(ROOT, 'src/app.html'), 'utf8');
		const preloaded = [...html.matchAll(/\/fonts\/([^"]+\.woff2)"/g)].map((m) => m[1]);
		expect(preloaded.length).toBeGreaterThan(0);
		for (const file of preloaded) expect(copies).toContain(file);
	});
});
