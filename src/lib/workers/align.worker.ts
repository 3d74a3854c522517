/**
 * Runs the aligner off the main thread: a long article must not freeze scrolling or typing.
 * Message in: { id, units, anchors }; out: { id, rows } or { id, error }.
 */
import { alignUnits, isAlignError, type AlignUnit } from '$lib/core/align';
import type { IndexRow, Lang } from '$lib/core/types';

export interface AlignRequest {
	id: number;
	units: Partial<Record<Lang, AlignUnit[]>>;
	anchors: IndexRow[];
}

export type AlignResponse =
	{ id: number; rows: IndexRow[] } | { id: number; error: string; localeKey?: string };

self.onmessage = (event: MessageEvent<AlignRequest>) => {
	const { id, units, anchors } = event.data;
	try {
		const rows = alignUnits(units, { anchors });
		self.postMessage({ id, rows } satisfies AlignResponse);
	} catch (error) {
		self.postMessage({
			id,
			error: error instanceof Error ? error.message : String(error),
			localeKey: isAlignError(error) ? error.localeKey : undefined
		} satisfies AlignResponse);
	}
};
