import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/lib/core');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
	});
}

describe('the core', () => {
	it('imports no Svelte, Dexie, SvelteKit or DOM-only module: it runs in Node and workers', () => {
		const offenders = files(CORE).flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			const imports = [...text.matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
			return imports
				.filter((source) => /^(svelte|dexie|\$app|\$lib\/(db|state|components|i18n))/.test(source))
				.map((source) => `${file}: ${source}`);
		});
		expect(offenders).toEqual([]);
	});

	it('exposes the whole pipeline from one entry point', async () => {
		const core = await import('../../src/lib/core');
		for (const name of [
			'parseDocument',
			'analyze',
			'alignUnits',
			'applyOp',
			'toTmx',
			'parseTmx',
			'createBackup'
		]) {
			expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
		}
	});
});
