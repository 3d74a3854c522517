/**
 * Translator mode on touch screens: press and hold a sentence to open the row's tools for its
 * language (e.g. to move it to the neighbouring row). The "More" button opens the same sheet, so
 * the gesture is a shortcut, never the only way.
 */
import type { Lang } from '$lib/core/types';

/** How long a finger rests on a sentence before it counts as a long press. */
const HOLD_MS = 550;
/** A finger that moves further than this is scrolling, not holding. */
const SLOP_PX = 10;

export interface LongPressTarget {
	/** Whether a long press means anything now (translator mode with rows). */
	enabled(): boolean;
	onhold(rowIndex: number, lang: Lang): void;
}

/** Pointer handlers for the element around the rows, plus a context-menu guard. */
export function longPress(target: LongPressTarget) {
	let holding: { timer: ReturnType<typeof setTimeout>; x: number; y: number } | undefined;
	let held = false;
	const release = () => {
		if (holding) clearTimeout(holding.timer);
		holding = undefined;
	};
	return {
		onpointerdown(event: PointerEvent) {
			release();
			held = false;
			if (!target.enabled() || event.pointerType === 'mouse') return;
			const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-lang]');
			const row = cell?.closest<HTMLElement>('[data-row-index]');
			if (!cell || !row) return;
			const timer = setTimeout(() => {
				held = true;
				target.onhold(Number(row.dataset.rowIndex), cell.dataset.lang as Lang);
			}, HOLD_MS);
			holding = { timer, x: event.clientX, y: event.clientY };
		},
		onpointermove(event: PointerEvent) {
			if (holding && Math.hypot(event.clientX - holding.x, event.clientY - holding.y) > SLOP_PX)
				release();
		},
		onpointerup: release,
		onpointercancel: release,
		oncontextmenu(event: Event) {
			if (held || holding) event.preventDefault();
		}
	};
}
