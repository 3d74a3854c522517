/**
 * Translator mode, pure core: row edits with undo, text corrections, progress, re-import and the
 * bridge to the aligner. No DOM, Svelte or storage: the editor session in `lib/state` drives it.
 */
export * from './ops';
export * from './history';
export * from './progress';
export * from './revisions';
export * from './reimport';
export * from './rows';
export * from './patch';
export * from './step';
