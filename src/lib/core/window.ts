/**
 * Window math for long lists (the reader's rows, the library list): which items to render for a
 * scroll position, given item heights that are measured once rendered and estimated before.
 * Pure, so the component (`VirtualList.svelte`) stays thin and this is unit-tested.
 */

/** Prefix sums of item heights: `offsets[k]` is the top of item k, `offsets[n]` the total. */
export function offsetsOf(heights: ArrayLike<number>): Float64Array {
	const offsets = new Float64Array(heights.length + 1);
	for (let k = 0; k < heights.length; k++) offsets[k + 1] = offsets[k] + heights[k];
	return offsets;
}

/** The index of the item at `y` (clamped to the list): binary search over `offsets`. */
export function indexAt(offsets: Float64Array, y: number): number {
	const n = offsets.length - 1;
	if (n <= 0) return 0;
	let lo = 0;
	let hi = n - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (offsets[mid] <= y) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

export interface ListWindow {
	/** First rendered item. */
	start: number;
	/** One past the last rendered item. */
	end: number;
	/** Space above and below the rendered items, in pixels. */
	padTop: number;
	padBottom: number;
}

/**
 * The items to render for a viewport `[scrollTop, scrollTop + viewport)` over a list whose top is
 * at 0, with `overscan` extra items on each side; `keep` (e.g. the active row) is rendered too
 * when it lies just outside, widening the window so that its focus and screen-reader position
 * are never lost.
 *
 * @example
 * listWindow(offsetsOf([50, 50, 50, 50]), 60, 50, 0) // → { start: 1, end: 3, padTop: 50, padBottom: 50 }
 */
export function listWindow(
	offsets: Float64Array,
	scrollTop: number,
	viewport: number,
	overscan = 3,
	keep?: number
): ListWindow {
	const n = offsets.length - 1;
	if (n <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
	let start = Math.max(0, indexAt(offsets, Math.max(0, scrollTop)) - overscan);
	let end = Math.min(n, indexAt(offsets, scrollTop + Math.max(0, viewport) - 1) + 1 + overscan);
	if (keep !== undefined && keep >= 0 && keep < n) {
		start = Math.min(start, keep);
		end = Math.max(end, keep + 1);
	}
	return { start, end, padTop: offsets[start], padBottom: offsets[n] - offsets[end] };
}
