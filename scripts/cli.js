// Runs the command line (`npm run --silent cli -- <command> …`, src/cli/main.ts) from a bundle
// that esbuild keeps beside node_modules, rebuilt whenever a file it was built from changed.
// Transpiling TypeScript at every start (tsx) cost 0.3-0.5 s of CPU per run, a fifth of a
// 3 × 10,000-sentence alignment; checking that the bundle is fresh costs one stat per source
// file, and a rebuild about 50 ms. Nothing to run by hand: a fresh clone builds on first use.
//
// Freshness: the bundle records every input esbuild read (path, size, mtime), the command files
// present and this launcher's own; any difference rebuilds. A build goes to a new directory and
// is published by renaming a small pointer file over the old one, so runs in parallel never see
// half a bundle.
//
// package.json starts it with two V8 flags that cut the CPU V8 spends optimising code: at 3 ×
// 10,000 sentences its compiler threads took ~0.55 s of ~1.75 s, mostly re-optimising the
// segmenter's and the aligner's large functions with their many helpers inlined.
// `--max-inlined-bytecode-size-cumulative=230` (a quarter of the default) saves ~0.15 s of it at
// no measurable cost to the main thread; `--no-concurrent-recompilation` optimises on the main
// thread instead, which costs it ~0.18 s but saves the threads ~0.37 s. On a machine busy with
// other work (where each session gets its share of the cores) the wall time follows the total;
// idle, the main thread's. Machine code only: the output is the same.
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const root = dirname(dirname(self));
const commandsDir = join(root, 'src/cli/commands');
// node_modules may be shared by several checkouts (worktrees): one cache per checkout.
const cache = join(root, 'node_modules/.cache/triptych-cli', root.replace(/[^\w]+/g, '_'));
const pointer = join(cache, 'current.json');
/** Read by esbuild without being inputs of the bundle. */
const CONFIG_FILES = ['package.json', 'tsconfig.json'];
/** Old builds are removed a day after they were made: no run still loads them by then. */
const KEEP_OLD_MS = 24 * 60 * 60 * 1000;

/** The command modules main.ts finds (same rule as there). */
function commandFiles() {
	return readdirSync(commandsDir)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('_'))
		.sort();
}

function stamp(file) {
	try {
		const s = statSync(file);
		return `${s.size}:${s.mtimeMs}`;
	} catch {
		return 'missing';
	}
}

/** The published build's directory if it is fresh, else undefined. */
function freshBuild(commands) {
	let current;
	try {
		current = JSON.parse(readFileSync(pointer, 'utf8'));
	} catch {
		return undefined;
	}
	if (current.launcher !== stamp(self) || current.node !== process.version) return undefined;
	if (current.commands.join('\n') !== commands.join('\n')) return undefined;
	for (const [file, seen] of Object.entries(current.inputs)) {
		if (stamp(join(root, file)) !== seen) return undefined;
	}
	const dir = join(cache, current.dir);
	return existsSync(join(dir, 'main.mjs')) ? dir : undefined;
}

async function rebuild(commands) {
	const { build } = await import('esbuild');
	const dir = `${Date.now()}-${process.pid}`;
	const outdir = join(cache, dir);
	const launcher = stamp(self);
	const started = Date.now();
	const result = await build({
		absWorkingDir: root,
		entryPoints: ['src/cli/main.ts', ...commands.map((f) => `src/cli/commands/${f}`)],
		outbase: 'src/cli',
		outdir,
		outExtension: { '.js': '.mjs' },
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: `node${process.versions.node}`,
		metafile: true,
		logLevel: 'error'
	});
	const inputs = {};
	for (const file of [...CONFIG_FILES, ...Object.keys(result.metafile.inputs)]) {
		// Inputs are relative to absWorkingDir; esbuild's own virtual ones have a namespace.
		// A file changed while esbuild ran may have been read before the change: mark it stale.
		if (file.includes(':')) continue;
		const seen = stamp(join(root, file));
		inputs[file] = Number(seen.split(':')[1]) >= started ? 'changed during build' : seen;
	}
	const tmp = `${pointer}.${process.pid}`;
	writeFileSync(tmp, JSON.stringify({ dir, launcher, node: process.version, commands, inputs }));
	renameSync(tmp, pointer);
	for (const old of readdirSync(cache)) {
		if (old === dir || old.endsWith('.json') || old.includes('.json.')) continue;
		const path = join(cache, old);
		try {
			if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true });
		} catch {
			// Removed by a run in parallel, or not ours to remove: it only takes space.
		}
	}
	return outdir;
}

const commands = commandFiles();
let outdir = freshBuild(commands);
if (!outdir) {
	try {
		mkdirSync(cache, { recursive: true });
		outdir = await rebuild(commands);
	} catch (err) {
		if (Array.isArray(err?.errors) && err.errors.length > 0) {
			// esbuild has printed them (a syntax error in a source file, say).
			console.error('Could not build the command line (errors above).');
			process.exit(1);
		}
		// No esbuild, or nowhere to write: run the sources through tsx, as before the bundle.
		outdir = undefined;
	}
}
if (outdir) {
	// main.mjs reads process.argv as src/cli/main.ts does: the arguments follow the script.
	await import(pathToFileURL(join(outdir, 'main.mjs')).href);
} else {
	const { register } = await import('tsx/esm/api');
	register();
	await import(pathToFileURL(join(root, 'src/cli/main.ts')).href);
}
