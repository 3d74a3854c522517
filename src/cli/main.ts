/**
 * Command-line entry over the core: `npm run --silent cli -- <command> [args]`.
 * Each command is a module in `./commands/<name>.ts` exporting `run(args): Promise<number>`
 * (the exit code) and a one-line `summary`; adding a command means adding a file.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Command {
	summary: string;
	run(args: string[]): Promise<number>;
}

const commandsDir = join(dirname(fileURLToPath(import.meta.url)), 'commands');

function commandNames(): string[] {
	try {
		return readdirSync(commandsDir)
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
			.map((f) => f.slice(0, -3))
			.sort();
	} catch {
		return [];
	}
}

async function usage(): Promise<string> {
	const lines = ['Usage: npm run --silent cli -- <command> [options]', '', 'Commands:'];
	for (const name of commandNames()) {
		const mod = (await import(join(commandsDir, `${name}.ts`))) as Command;
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
	const mod = (await import(join(commandsDir, `${name}.ts`))) as Command;
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
