/**
 * Translator mode's components, loaded by the article page only when translator mode is switched
 * on: a reader never downloads the editing tools.
 */
export { default as ActionBar } from './ActionBar.svelte';
export { default as EditorBar } from './EditorBar.svelte';
export { default as MoreSheet } from './MoreSheet.svelte';
export { default as OrphanNotes } from './OrphanNotes.svelte';
export { default as Reimport } from './Reimport.svelte';
export { default as RowControls } from './RowControls.svelte';
export { default as RowStatus } from './RowStatus.svelte';
export { default as ShortcutHelp } from './ShortcutHelp.svelte';
export { default as SyncConflict } from '$lib/components/SyncConflict.svelte';
