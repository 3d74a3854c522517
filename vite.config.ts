import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['locales'] } },
	preview: { port: 4173, strictPort: true },
	worker: { format: 'es' },
	test: {
		include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		// CI is a shared 2-core machine whose load can slow a test tenfold. No test asserts on
		// time; heavy evaluation lives in `npm run bench`. The limit only catches a real hang.
		testTimeout: 30_000
	}
});
