/**
 * Command-line entry over the core: `npm run --silent cli -- <command> [args]`.
 * Each command is a module in `./commands/<name>.ts` exporting `run(args): Promise<number>`
 * (the exit code) and a one-line `summary`; adding a command means adding a file.
 * `npm run cli` runs this file bundled (`scripts/cli.js`: `main.mjs` beside `commands/*.mjs`);
 * `node --import tsx src/cli/main.ts` runs it as it is.
 */
import { readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Command {
	summary: string;
	run(args: string[]): Promise<number>;
}

const here = fileURLToPath(import.meta.url);
const commandsDir = join(dirname(here), 'commands');
/** `.ts` from the sources, `.mjs` in the bundle. */
const ext = extname(here);

function commandNames(): string[] {
	try {
		return readdirSync(commandsDir)
			.filter((f) => f.endsWith(ext) && !f.endsWith(`.test${ext}`) && !f.startsWith('_'))
			.map((f) => f.slice(0, -ext.length))
			.sort();
	} catch {
		return [];
	}
}

async function usage(): Promise<string> {
	const lines = ['Usage: npm run --silent cli -- <command> [options]', '', 'Commands:'];
	for (const name of commandNames()) {
		const mod = (await import(join(commandsDir, `${name}${ext}`))) as Command;
		lines.push(`  ${name.padEnd(10)} ${mod.summary}`);
	}
	return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		console.log(await usage());
		return name ? 0 : 2;
	}
	if (!commandNames().includes(name)) {
		console.error(`Unknown command: ${name}\n\n${await usage()}`);
		return 2;
	}
	const mod = (await import(join(commandsDir, `${name}${ext}`))) as Command;
	return mod.run(args);
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(err: unknown) => {
		console.error(err instanceof Error ? err.message : String(err));
		process.exitCode = 1;
	}
);
