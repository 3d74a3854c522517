/**
 * `npm run bench`: runs every benchmark section in `./bench/*.ts` (or the ones named on the
 * command line) and prints their figures. Each section exports `title` and `run(): Promise<void>`
 * and prints its own table. Figures are measurements, never pass/fail assertions.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Section {
	title: string;
	run(): Promise<void>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const names = readdirSync(dir)
	.filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
	.map((f) => f.slice(0, -3))
	.filter((n) => wanted.length === 0 || wanted.includes(n))
	.sort();

for (const name of names) {
	const section = (await import(join(dir, `${name}.ts`))) as Section;
	console.log(`\n## ${section.title}\n`);
	await section.run();
}
