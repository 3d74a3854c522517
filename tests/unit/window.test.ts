/** Window math for long lists (core/window): what a windowed list renders for a scroll position. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexAt, listWindow, offsetsOf, windowPieces } from '../../src/lib/core/window';

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

describe('windowPieces', () => {
	const offsets = offsetsOf([50, 50, 50, 50, 50]);

	it('adds a kept item far from the window at its own place, with the space between as a gap', () => {
		expect(windowPieces(offsets, listWindow(offsets, 0, 100, 0), [4])).toEqual({
			items: [0, 1, 4],
			gaps: [0, 0, 100],
			padTop: 0,
			padBottom: 0
		});
		expect(windowPieces(offsets, listWindow(offsets, 200, 50, 0), [0])).toEqual({
			items: [0, 4],
			gaps: [0, 150],
			padTop: 0,
			padBottom: 0
		});
	});

	it('renders a kept item inside the window once, and ignores indices outside the list', () => {
		expect(windowPieces(offsets, listWindow(offsets, 60, 50, 0), [2, -1, 9, 1.5])).toEqual({
			items: [1, 2],
			gaps: [0, 0],
			padTop: 50,
			padBottom: 100
		});
	});

	it('keeps every pixel and renders far fewer items than a long list (any heights, scroll, keeps)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 3000 }),
				fc.nat(),
				fc.array(fc.nat({ max: 3500 }), { maxLength: 3 }),
				(heights, scroll, keep) => {
					const o = offsetsOf(heights);
					const total = o[heights.length];
					const w = listWindow(o, scroll % total, 800, 3);
					const p = windowPieces(o, w, keep);
					// In order, each once, the window's items and the valid kept ones all there.
					expect(p.items).toEqual([...new Set(p.items)].sort((a, b) => a - b));
					for (let k = w.start; k < w.end; k++) expect(p.items).toContain(k);
					for (const k of keep) if (k < heights.length) expect(p.items).toContain(k);
					// The rendered items plus the gaps and pads add up to the whole list.
					const rendered = p.items.reduce((sum, k) => sum + heights[k], 0);
					const gaps = p.gaps.reduce((sum, g) => sum + g, 0);
					expect(p.padTop + rendered + gaps + p.padBottom).toBe(total);
					expect(Math.min(...p.gaps)).toBeGreaterThanOrEqual(0);
					// Nothing more than the window and the kept items.
					expect(p.items.length).toBeLessThanOrEqual(w.end - w.start + keep.length);
				}
			)
		);
	});
});
