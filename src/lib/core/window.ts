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
 * at 0, with `overscan` extra items on each side.
 *
 * @example
 * listWindow(offsetsOf([50, 50, 50, 50]), 60, 50, 0) // → { start: 1, end: 3, padTop: 50, padBottom: 50 }
 */
export function listWindow(
	offsets: Float64Array,
	scrollTop: number,
	viewport: number,
	overscan = 3
): ListWindow {
	const n = offsets.length - 1;
	if (n <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
	const start = Math.max(0, indexAt(offsets, Math.max(0, scrollTop)) - overscan);
	const end = Math.min(n, indexAt(offsets, scrollTop + Math.max(0, viewport) - 1) + 1 + overscan);
	return { start, end, padTop: offsets[start], padBottom: offsets[n] - offsets[end] };
}

export interface WindowPieces {
	/** The items to render, in list order. */
	items: number[];
	/** The space left for unrendered items just before each rendered one (0 when adjacent). */
	gaps: number[];
	/** Space above the first and below the last rendered item. */
	padTop: number;
	padBottom: number;
}

/**
 * A window's items plus some kept ones wherever they are (the active row, the title that is the
 * page's heading), each placed at its own offset with the unrendered items' space around it —
 * so keeping the active row at row 1,500 while reading row 10 renders two rows more, not 1,490.
 *
 * @example
 * windowPieces(offsetsOf([50, 50, 50, 50, 50]), { start: 0, end: 2, padTop: 0, padBottom: 150 }, [4])
 * // → { items: [0, 1, 4], gaps: [0, 0, 100], padTop: 0, padBottom: 0 }
 */
export function windowPieces(
	offsets: Float64Array,
	w: ListWindow,
	keep: readonly number[] = []
): WindowPieces {
	const n = offsets.length - 1;
	const chosen = new Set<number>();
	for (let k = w.start; k < Math.min(w.end, n); k++) chosen.add(k);
	for (const k of keep) if (Number.isInteger(k) && k >= 0 && k < n) chosen.add(k);
	const items = [...chosen].sort((a, b) => a - b);
	if (items.length === 0)
		return { items, gaps: [], padTop: Math.max(0, offsets[n] ?? 0), padBottom: 0 };
	const gaps = items.map((k, i) => (i === 0 ? 0 : offsets[k] - offsets[items[i - 1] + 1]));
	return {
		items,
		gaps,
		padTop: offsets[items[0]],
		padBottom: offsets[n] - offsets[items[items.length - 1] + 1]
	};
}
