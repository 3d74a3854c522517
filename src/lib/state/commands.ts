/**
 * The translator mode's one command table: every action with its keys, the way the keys are
 * written (help overlay, `<kbd>` hints on buttons), its description's locale key, its handler
 * and when it is enabled. Key handling, the shortcut help and the row buttons all read it, so a
 * new action is one entry here.
 */
import type { RowOp } from '$lib/core/edit';
import type { Lang } from '$lib/core/types';
import type { EditorSession } from './editor.svelte';

export type Panel = 'none' | 'split' | 'note' | 'text';

/** What the commands act on: the reader session of the open article. */
export interface CommandTarget {
	readonly session: EditorSession;
	/** Index of the active row. */
	readonly active: number;
	readonly activeLang: Lang;
	readonly panel: Panel;
	activate(index: number): void;
	focusRow(index: number): void;
	setPanel(panel: Panel): void;
	nextLang(): void;
	jump(what: 'unconfirmed' | 'lowConfidence'): void;
	openHelp(): void;
	/** Opens "Report a problem with this row" on the active row. */
	openReport(): void;
	/** Moves to the row of the next open report (translator mode). */
	nextReport(): void;
	/** Open reports on this article. */
	readonly openReports: number;
}

export interface Command {
	id: string;
	/** Chords that run it: a `KeyboardEvent.key`, or `Mod+…` for Ctrl/⌘ combinations. */
	keys: string[];
	/** The keys as the help overlay and the buttons show them. */
	hint: string;
	/** Locale key of what it does (the help overlay). */
	label: string;
	/**
	 * Where a phone shows it as a button: in the bottom action bar, or in a section of the "more"
	 * sheet; with `button`, the button's locale key (`{{lang}}` gets the tool language).
	 */
	place?: 'bar' | 'row' | 'language' | 'goTo' | 'history';
	button?: string;
	/** Runs from inside text fields too (only Esc). */
	inFields?: boolean;
	/** Runs in reading mode too (not only in translator mode). */
	reading?: boolean;
	/** Absent for keys the row list handles itself, in reader mode too (j/k, read from here). */
	run?: (target: CommandTarget) => void;
	enabled?: (target: CommandTarget) => boolean;
}

const rowOf = (t: CommandTarget) => t.session.present.rows[t.active];

/** A command that is one row operation: enabled exactly when the operation applies. */
function rowOp(op: (t: CommandTarget) => RowOp): Pick<Command, 'run' | 'enabled'> {
	return { run: (t) => void t.session.apply(op(t)), enabled: (t) => t.session.can(op(t)) };
}

/** In the order the help overlay lists them. */
export const COMMANDS = [
	{ id: 'next', keys: ['j', 'ArrowDown'], hint: 'j / ↓', label: 'edit.key.next' },
	{ id: 'previous', keys: ['k', 'ArrowUp'], hint: 'k / ↑', label: 'edit.key.previous' },
	{
		id: 'confirm',
		keys: ['c'],
		hint: 'c',
		label: 'edit.key.confirm',
		place: 'bar',
		button: 'edit.confirm',
		run: (t) =>
			t.session.apply({
				kind: rowOf(t)?.status === 'confirmed' ? 'unconfirm' : 'confirm',
				row: t.active
			})
	},
	{
		id: 'flag',
		keys: ['f'],
		hint: 'f',
		label: 'edit.key.flag',
		place: 'bar',
		button: 'edit.flag',
		run: (t) => t.session.apply({ kind: rowOf(t)?.flagged ? 'unflag' : 'flag', row: t.active })
	},
	{
		id: 'mergeNext',
		keys: ['m'],
		hint: 'm',
		label: 'edit.key.mergeNext',
		place: 'bar',
		button: 'edit.mergeNext',
		...rowOp((t) => ({ kind: 'mergeNext', row: t.active }))
	},
	{
		id: 'mergePrevious',
		keys: ['M'],
		hint: 'M',
		label: 'edit.key.mergePrevious',
		place: 'row',
		button: 'edit.mergePrevious',
		run: (t) => {
			const row = t.active;
			if (t.session.apply({ kind: 'mergePrevious', row })) t.activate(row - 1);
		},
		enabled: (t) => t.session.can({ kind: 'mergePrevious', row: t.active })
	},
	{
		id: 'split',
		keys: ['s'],
		hint: 's',
		label: 'edit.key.split',
		place: 'bar',
		button: 'edit.split',
		run: (t) => t.setPanel('split')
	},
	{
		id: 'language',
		keys: ['l'],
		hint: 'l',
		label: 'edit.key.language',
		run: (t) => t.nextLang()
	},
	{
		id: 'shiftUp',
		keys: ['['],
		hint: '[',
		label: 'edit.key.shiftUp',
		place: 'language',
		button: 'edit.shiftUp',
		...rowOp((t) => shift(t, 'up'))
	},
	{
		id: 'shiftDown',
		keys: [']'],
		hint: ']',
		label: 'edit.key.shiftDown',
		place: 'language',
		button: 'edit.shiftDown',
		...rowOp((t) => shift(t, 'down'))
	},
	{
		id: 'splitOff',
		keys: ['x'],
		hint: 'x',
		label: 'edit.key.splitOff',
		place: 'language',
		button: 'edit.splitOff',
		...rowOp((t) => ({ kind: 'splitOff', row: t.active, lang: t.activeLang }))
	},
	{
		id: 'note',
		keys: ['n'],
		hint: 'n',
		label: 'edit.key.note',
		place: 'row',
		button: 'edit.note',
		run: (t) => t.setPanel('note')
	},
	{
		id: 'text',
		keys: ['e'],
		hint: 'e',
		label: 'edit.key.text',
		place: 'row',
		button: 'edit.editText',
		run: (t) => t.setPanel('text')
	},
	{
		id: 'nextUnconfirmed',
		keys: ['g'],
		hint: 'g',
		label: 'edit.key.nextUnconfirmed',
		place: 'goTo',
		button: 'edit.nextUnconfirmed',
		run: (t) => t.jump('unconfirmed')
	},
	{
		id: 'nextLow',
		keys: ['G'],
		hint: 'G',
		label: 'edit.key.nextLow',
		place: 'goTo',
		button: 'edit.nextLow',
		run: (t) => t.jump('lowConfidence')
	},
	{
		id: 'undo',
		keys: ['Mod+z'],
		hint: 'Ctrl+Z',
		label: 'edit.key.undo',
		place: 'history',
		button: 'edit.undo',
		run: (t) => t.session.undo()
	},
	{
		id: 'redo',
		keys: ['Mod+Shift+z', 'Mod+y', 'Mod+Shift+y'],
		hint: 'Ctrl+Shift+Z / Ctrl+Y',
		label: 'edit.key.redo',
		place: 'history',
		button: 'edit.redo',
		run: (t) => t.session.redo()
	},
	{
		id: 'report',
		keys: ['r'],
		hint: 'r',
		label: 'report.key.report',
		place: 'row',
		button: 'report.action',
		reading: true,
		run: (t) => t.openReport()
	},
	{
		id: 'nextReport',
		keys: ['R'],
		hint: 'R',
		label: 'report.key.next',
		place: 'goTo',
		button: 'report.next',
		run: (t) => t.nextReport(),
		enabled: (t) => t.openReports > 0
	},
	{ id: 'help', keys: ['?'], hint: '?', label: 'edit.key.help', run: (t) => t.openHelp() },
	{
		id: 'close',
		keys: ['Escape'],
		hint: 'Esc',
		label: 'edit.key.close',
		inFields: true,
		// Closes a row form from inside its fields too, and hands focus back to the row.
		run: (t) => {
			t.setPanel('none');
			t.focusRow(t.active);
		},
		enabled: (t) => t.panel !== 'none'
	}
] as const satisfies readonly Command[];

export type CommandId = (typeof COMMANDS)[number]['id'];

const byId = new Map<string, Command>(COMMANDS.map((c) => [c.id, c]));

/** The commands a phone shows in one place, in table order. */
export function commandsIn(place: NonNullable<Command['place']>): Command[] {
	return (COMMANDS as readonly Command[]).filter((c) => c.place === place);
}

export function command(id: CommandId): Command {
	return byId.get(id)!;
}

/** How a command's keys are written, for `<kbd>` hints. */
export function keyHint(id: CommandId): string {
	return command(id).hint;
}

export function isEnabled(id: CommandId, target: CommandTarget): boolean {
	return command(id).enabled?.(target) ?? true;
}

export function runCommand(id: CommandId, target: CommandTarget): void {
	if (isEnabled(id, target)) command(id).run?.(target);
}

function shift(t: CommandTarget, direction: 'up' | 'down') {
	return { kind: 'shift', row: t.active, lang: t.activeLang, direction } as const;
}

function chordOf(event: KeyboardEvent): string | undefined {
	if (event.altKey) return undefined;
	if (!(event.ctrlKey || event.metaKey)) return event.key;
	return `Mod+${event.shiftKey ? 'Shift+' : ''}${event.key.toLowerCase()}`;
}

/**
 * Runs the command a key press stands for: single keys outside text fields, never the browser's
 * own combos. Returns whether the key was a command (its default is then prevented, except Esc,
 * which dialogs still need). In reading mode only the commands marked `reading` run.
 */
export function handleKey(event: KeyboardEvent, target: CommandTarget, reading = false): boolean {
	const chord = chordOf(event);
	if (!chord) return false;
	const inField = (event.target as HTMLElement | null)?.closest?.(
		'input, textarea, select, [contenteditable="true"]'
	);
	const found = COMMANDS.find((c) => (c.keys as readonly string[]).includes(chord));
	if (!found || !('run' in found)) return false;
	const cmd: Command = found;
	if (reading && !cmd.reading) return false;
	if (inField && !cmd.inFields) return false;
	// Dialogs (a report being written, a sheet) keep their keys.
	if (!cmd.inFields && (event.target as HTMLElement | null)?.closest?.('dialog')) return false;
	if (cmd.inFields) {
		if (!isEnabled(found.id, target)) return false;
	} else event.preventDefault();
	runCommand(found.id, target);
	return true;
}
