/** Window math for long lists (core/window): what a windowed list renders for a scroll position. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexAt, listWindow, offsetsOf } from '../../src/lib/core/window';

describe('listWindow', () => {
	const offsets = offsetsOf([50, 50, 50, 50]);

	it('renders the items in view, with the space of the others as padding', () => {
		expect(listWindow(offsets, 60, 50, 0)).toEqual({ start: 1, end: 3, padTop: 50, padBottom: 50 });
		expect(listWindow(offsets, 0, 1000, 0)).toEqual({ start: 0, end: 4, padTop: 0, padBottom: 0 });
		expect(listWindow(offsetsOf([]), 0, 100)).toEqual({
			start: 0,
			end: 0,
			padTop: 0,
			padBottom: 0
		});
	});

	it('keeps the active item rendered when it is out of view', () => {
		expect(listWindow(offsets, 150, 50, 0, 0)).toEqual({
			start: 0,
			end: 4,
			padTop: 0,
			padBottom: 0
		});
	});

	it('always covers the viewport and accounts for every pixel (any heights, any scroll)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 200 }),
				fc.nat(),
				fc.integer({ min: 1, max: 2000 }),
				fc.nat({ max: 5 }),
				(heights, scroll, viewport, overscan) => {
					const o = offsetsOf(heights);
					const total = o[heights.length];
					const top = scroll % total;
					const w = listWindow(o, top, viewport, overscan);
					expect(w.padTop).toBeLessThanOrEqual(top);
					expect(total - w.padBottom).toBeGreaterThanOrEqual(Math.min(total, top + viewport));
					expect(w.padTop + (o[w.end] - o[w.start]) + w.padBottom).toBe(total);
				}
			)
		);
	});
});

describe('indexAt', () => {
	it('finds the item under a position, clamped to the list', () => {
		const o = offsetsOf([10, 20, 30]);
		expect([-5, 0, 9, 10, 29, 30, 59, 60, 500].map((y) => indexAt(o, y))).toEqual([
			0, 0, 0, 1, 1, 2, 2, 2, 2
		]);
	});
});
