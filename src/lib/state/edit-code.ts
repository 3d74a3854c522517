/**
 * The core code translator mode runs (row operations, row patches, steps), loaded by
 * `loadEditCode` when translator mode is first switched on: the reading path never downloads it.
 */
export { applyOp, canApply, opLabel } from '$lib/core/edit/ops';
export { applyRowPatch, diffRows } from '$lib/core/edit/patch';
export { EditConflictError, invertStep, withoutOp } from '$lib/core/edit/step';
