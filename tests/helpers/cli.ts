import { vi } from 'vitest';

/** Runs a CLI command module in-process, collecting what it prints and its exit code. */
export async function runCommand(
	run: (args: string[]) => Promise<number>,
	args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
		stdout += String(chunk);
		return true;
	});
	const err = vi.spyOn(console, 'error').mockImplementation((...parts) => {
		stderr += parts.join(' ') + '\n';
	});
	try {
		return { code: await run(args), stdout, stderr };
	} finally {
		out.mockRestore();
		err.mockRestore();
	}
}
