import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../helpers/cli';
import { run } from '../../src/cli/commands/export';
import { createBackup } from '../../src/lib/core/backup';
import { parseTsv, rowsFromAlignment, toTmx } from '../../src/lib/core/export';
import { parseTmx } from '../../src/lib/core/import/tmx';
import { sampleLibrary } from '../fixtures/tmx/sample-library';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'triptych-export-cli-'));
const backupFile = join(dir, 'backup.json');
const library = sampleLibrary();
writeFileSync(backupFile, createBackup(library, { createdAt: '2024-01-11T10:00:00.000Z' }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const cli = (...args: string[]) => runCommand(run, args);

describe('export command', () => {
	it('lists the articles of a backup without --article', async () => {
		const { code, stdout } = await cli(backupFile);
		expect(code).toBe(0);
		expect(stdout.split('\n')).toEqual([
			'id\torigin\tlangs\trows\ttitle',
			'002_8b8535d9ee745d2b\tbundled\ten hy ru\t6\tCSTO summit in Almaty',
			'a1\timport\ten hy ru\t6\tCSTO summit in Almaty',
			''
		]);
	});

	it('writes an article as three-way TMX by default, the same as the core writer, with its reports', async () => {
		const { code, stdout } = await cli(
			backupFile,
			'--article',
			'a1',
			'--date',
			'2024-01-11T10:00:00Z'
		);
		expect(code).toBe(0);
		const a1 = library.alignments.find((a) => a.articleId === 'a1')!;
		expect(stdout).toBe(
			toTmx({
				rows: rowsFromAlignment(library.renderings, a1, library.reports),
				creationDate: '20240111T100000Z'
			})
		);
		expect(stdout).toContain('<prop type="x-report-reason">mistranslation</prop>');
		expect(parseTmx(stdout).langs).toEqual(['en', 'hy', 'ru']);
	});

	it('writes a pair as TSV, skipping rows with an empty side', async () => {
		const { code, stdout } = await cli(
			backupFile,
			'--article=a1',
			'--format',
			'tsv',
			'--pair',
			'en-ru',
			'--empty',
			'skip'
		);
		expect(code).toBe(0);
		const tsv = parseTsv(stdout);
		expect(tsv.langs).toEqual(['en', 'ru']);
		expect(tsv.rows).toHaveLength(5);
	});

	it('writes JSON', async () => {
		const { code, stdout } = await cli(
			backupFile,
			'--article',
			'a1',
			'--format',
			'json',
			'--pair',
			'hy-ru'
		);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({ format: 'triptych-alignment', langs: ['hy', 'ru'] });
	});

	it.each([
		[['--article', 'a1'], 'Expected one backup file'],
		[[backupFile, '--format', 'xliff'], 'Unknown format: xliff'],
		[[backupFile, '--pair', 'en-de'], 'Not a language pair: en-de'],
		[[backupFile, '--empty', 'drop'], '--empty takes skip or keep'],
		[[backupFile, '--colour', 'red'], 'Unknown option: --colour'],
		[[backupFile, '--article'], 'Missing value for --article'],
		[[backupFile, '--article', 'a1', '--date', 'soon'], 'Not a date: soon']
	])('refuses %j with a usage message', async (args, message) => {
		const { code, stderr } = await cli(...args);
		expect(code).toBe(2);
		expect(stderr).toContain(message);
		expect(stderr).toContain('Usage: export BACKUP.json');
	});

	it('reports a missing article, a missing file and a bad backup', async () => {
		expect(await cli(backupFile, '--article', 'zzz')).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('No article zzz')
		});
		expect((await cli(join(dir, 'missing.json'))).code).toBe(1);
		const bad = join(dir, 'bad.json');
		writeFileSync(bad, '{"format":"triptych-backup","version":99}');
		expect(await cli(bad)).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('newer-version')
		});
	});

	it('runs through the CLI entry point', () => {
		const result = spawnSync(
			process.execPath,
			[
				'--import',
				'tsx',
				'src/cli/main.ts',
				'export',
				backupFile,
				'--article',
				'a1',
				'--format',
				'tsv'
			],
			{ cwd: repo, encoding: 'utf8' }
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout.split('\n')[0]).toBe('en\thy\tru');
	});
});
