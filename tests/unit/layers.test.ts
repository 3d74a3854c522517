import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(path) ? [path] : [];
	});
}

function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/gm)].map(
		(m) => m[1]
	);
}

describe('the app layers', () => {
	it('reach the database only through $lib/db and its live queries', () => {
		const offenders = files(SRC)
			.filter((file) => !relative(SRC, file).startsWith('lib/db/'))
			.flatMap((file) =>
				importsOf(file)
					.filter((s) => s === 'dexie' || (s.startsWith('$lib/db/') && s !== '$lib/db/live.svelte'))
					.map((s) => `${relative(SRC, file)}: ${s}`)
			);
		expect(offenders).toEqual([]);
	});

	it('never import from tests/', () => {
		const offenders = files(SRC).flatMap((file) =>
			importsOf(file)
				.filter((s) => /(^|\/)tests\//.test(s))
				.map((s) => `${relative(SRC, file)}: ${s}`)
		);
		expect(offenders).toEqual([]);
	});
});
