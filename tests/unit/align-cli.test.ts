import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../helpers/cli';
import { run } from '../../src/cli/commands/align';
import { repo } from './align-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'triptych-align-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const cli = (...args: string[]) => runCommand(run, args);

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

const en = file('en.txt', 'The CSTO met on January 10.\nPashinyan spoke.\tTwice.\nTroops left.\n');
const ru = file('ru.txt', 'ОДКБ собралась 10 января.\nПашинян выступил. Дважды.\nВойска ушли.\n');
const hy = file(
	'hy.txt',
	'ՀԱՊԿ-ն հավաքվեց հունվարի 10-ին։\nՓաշինյանը ելույթ ունեցավ։\nԶորքերը հեռացան։\n'
);

describe('cli align', () => {
	it('prints JSON rows of line units for a pair, with only the given languages', async () => {
		const ok = await cli('--lines', `en=${en}`, `ru=${ru}`);
		expect(ok.code).toBe(0);
		const { rows } = JSON.parse(ok.stdout);
		expect(rows.map((r: Record<string, unknown>) => Object.keys(r))).toEqual([
			['en', 'ru', 'score'],
			['en', 'ru', 'score'],
			['en', 'ru', 'score']
		]);
		expect(rows.map((r: { en: number[]; ru: number[] }) => [r.en, r.ru])).toEqual([
			[[0], [0]],
			[[1], [1]],
			[[2], [2]]
		]);
	});

	it('aligns three files jointly and writes TSV with escapes', async () => {
		const { code, stdout } = await cli(
			'--lines',
			`ru=${ru}`,
			`en=${en}`,
			`hy=${hy}`,
			'--format',
			'tsv'
		);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines.pop()).toBe('');
		expect(lines).toHaveLength(3);
		expect(lines[1].split('\t')[0]).toBe('Pashinyan spoke.\\tTwice.');
		expect(lines[0].split('\t')).toHaveLength(3);
		expect(lines[0].split('\t')[2]).toBe('ОДКБ собралась 10 января.');
	});

	it('segments whole renderings without --lines', async () => {
		const id = '002_8b8535d9ee745d2b';
		const path = (l: string) => join(repo, 'static/corpus', id, `${l}.txt`);
		const { code, stdout } = await cli(`en=${path('en')}`, `hy=${path('hy')}`, `ru=${path('ru')}`);
		expect(code).toBe(0);
		const { rows } = JSON.parse(stdout);
		expect(rows[0]).toMatchObject({ en: [0], hy: [0], ru: [0] });
		expect(rows.length).toBeGreaterThan(10);
	});

	it('writes TMX through the export module', async () => {
		const { code, stdout } = await cli('--lines', `en=${en}`, `hy=${hy}`, '--format=tmx');
		expect(code).toBe(0);
		expect(stdout).toContain('<tmx version="1.4">');
		expect(stdout).toContain('Pashinyan spoke.');
	});

	it('explains bad arguments', async () => {
		for (const args of [
			[`en=${en}`],
			['--lines', `en=${en}`, `xx=${ru}`],
			[`en=${en}`, `ru=${ru}`, '--format', 'pdf']
		]) {
			const { code, stderr } = await cli(...args);
			expect(code, args.join(' ')).toBe(2);
			expect(stderr).toMatch(/Usage: align/);
		}
		const missing = await cli(`en=${en}`, `ru=${join(dir, 'nope.txt')}`);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/nope\.txt/);
	});
});
