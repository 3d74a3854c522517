/** On-demand code (`Lazy`): loaded once however often it is asked for, tried again after a failure. */
import { describe, expect, it, vi } from 'vitest';
import { Lazy } from '../../src/lib/state/lazy.svelte';

describe('Lazy', () => {
	it('loads once, however often and however concurrently it is asked for', async () => {
		const load = vi.fn(async () => ({ name: 'dialog' }));
		const lazy = new Lazy(load, () => undefined);
		expect(lazy.current).toBeUndefined();
		const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
		expect(await lazy.load()).toBe(a);
		expect(b).toBe(a);
		expect(lazy.current).toEqual({ name: 'dialog' });
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('reports a failure, stays empty, and tries again when asked again', async () => {
		const errors: unknown[] = [];
		const load = vi
			.fn<() => Promise<string>>()
			.mockRejectedValueOnce(new Error('offline'))
			.mockResolvedValueOnce('sheet');
		const lazy = new Lazy(load, (error) => errors.push(error));
		expect(await lazy.load()).toBeUndefined();
		expect(lazy.current).toBeUndefined();
		expect(errors).toHaveLength(1);
		expect(await lazy.load()).toBe('sheet');
		expect(lazy.current).toBe('sheet');
		expect(load).toHaveBeenCalledTimes(2);
	});
});
