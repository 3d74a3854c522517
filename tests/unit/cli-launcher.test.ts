import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../helpers/cli';
import { run as align } from '../../src/cli/commands/align';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'triptych-cli-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** The command line as `npm run cli` starts it: the launcher, which runs the bundle. */
function launched(...args: string[]) {
	return spawnSync(process.execPath, ['scripts/cli.js', ...args], { cwd: repo, encoding: 'utf8' });
}

describe('npm run cli (scripts/cli.js)', () => {
	it('prints what the command module prints', async () => {
		const en = file('en.txt', 'Dr. Smith met the CSTO on January 10. He left at 5 p.m.\n');
		const ru = file('ru.txt', 'Доктор Смит встретился с ОДКБ 10 января. Он ушёл в 17:00.\n');
		const hy = file(
			'hy.txt',
			'Դոկտոր Սմիթը հանդիպեց ՀԱՊԿ-ին հունվարի 10-ին։ Նա մեկնեց 17:00-ին։\n'
		);
		const args = [`en=${en}`, `hy=${hy}`, `ru=${ru}`, '--format', 'tsv'];
		const direct = await runCommand(align, args);
		const result = launched('align', ...args);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(direct.stdout);
		expect(result.stdout.split('\n')[0]).toContain('Dr. Smith');
	});

	it('lists the commands, and refuses an unknown one with exit code 2', () => {
		const help = launched('--help');
		expect(help.status).toBe(0);
		expect(help.stdout).toMatch(/^ {2}align {6}/m);
		expect(help.stdout).toMatch(/^ {2}segment {4}/m);
		const unknown = launched('nonsense');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('Unknown command: nonsense');
	});
});
