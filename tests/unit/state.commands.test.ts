import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RowOp } from '../../src/lib/core/edit';
import type { AlignmentRow } from '../../src/lib/core/types';
import { COMMANDS, handleKey, type CommandTarget, type Panel } from '../../src/lib/state/commands';

const en = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../locales/en.json'), 'utf8')
) as Record<string, string>;

/** A reader whose row operations are recorded instead of applied. */
function reader(rows: Partial<AlignmentRow>[], panel: Panel = 'none') {
	const applied: RowOp[] = [];
	const calls: string[] = [];
	const target: CommandTarget & { panel: Panel } = {
		session: {
			present: { rows, texts: {} },
			apply: (op: RowOp) => (applied.push(op), true),
			can: () => true,
			undo: () => calls.push('undo'),
			redo: () => calls.push('redo')
		} as unknown as CommandTarget['session'],
		active: 1,
		activeLang: 'hy',
		panel,
		activate: (i) => calls.push(`activate ${i}`),
		focusRow: (i) => calls.push(`focus ${i}`),
		setPanel: (p) => ((target.panel = p), calls.push(`panel ${p}`)),
		nextLang: () => calls.push('nextLang'),
		jump: (what) => calls.push(`jump ${what}`),
		openHelp: () => calls.push('help'),
		openReport: () => calls.push('report'),
		nextReport: () => calls.push('nextReport'),
		openReports: 1
	};
	return { target, applied, calls };
}

function key(key: string, init: Partial<KeyboardEvent> & { inField?: boolean } = {}) {
	let prevented = false;
	const event = {
		key,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		shiftKey: false,
		...init,
		target: { closest: () => (init.inField ? {} : null) },
		preventDefault: () => (prevented = true)
	} as unknown as KeyboardEvent;
	return { event, prevented: () => prevented };
}

describe('the command table', () => {
	it('gives every key to one command and every command a described label', () => {
		const keys = COMMANDS.flatMap((c) => c.keys as readonly string[]);
		expect(new Set(keys).size).toBe(keys.length);
		expect(COMMANDS.filter((c) => !en[c.label]).map((c) => c.id)).toEqual([]);
	});

	it('runs the command of a key on the active row and keeps the browser from acting on it', () => {
		const r = reader([{ status: 'auto' }, { status: 'confirmed', flagged: true }]);
		const c = key('c');
		expect(handleKey(c.event, r.target)).toBe(true);
		expect(c.prevented()).toBe(true);
		handleKey(key('f').event, r.target);
		handleKey(key(']').event, r.target);
		expect(r.applied).toEqual([
			{ kind: 'unconfirm', row: 1 },
			{ kind: 'unflag', row: 1 },
			{ kind: 'shift', row: 1, lang: 'hy', direction: 'down' }
		]);
		handleKey(key('M', { shiftKey: true }).event, r.target);
		expect(r.calls).toEqual(['activate 0']);
	});

	it('leaves keys typed in a text field alone, except Esc closing an open form', () => {
		const r = reader([{}, {}], 'note');
		expect(handleKey(key('c', { inField: true }).event, r.target)).toBe(false);
		expect(handleKey(key('z', { ctrlKey: true, inField: true }).event, r.target)).toBe(false);
		const esc = key('Escape', { inField: true });
		expect(handleKey(esc.event, r.target)).toBe(true);
		expect(esc.prevented()).toBe(false);
		expect(r.calls).toEqual(['panel none', 'focus 1']);
		expect(handleKey(key('Escape').event, r.target)).toBe(false);
		expect(r.applied).toEqual([]);
	});

	it('maps Ctrl/⌘ combinations to undo and redo, and ignores Alt', () => {
		const r = reader([{}, {}]);
		handleKey(key('z', { ctrlKey: true }).event, r.target);
		handleKey(key('Z', { ctrlKey: true, shiftKey: true }).event, r.target);
		handleKey(key('y', { metaKey: true }).event, r.target);
		expect(handleKey(key('c', { altKey: true }).event, r.target)).toBe(false);
		expect(handleKey(key('j').event, r.target)).toBe(false);
		expect(r.calls).toEqual(['undo', 'redo', 'redo']);
	});

	it('in reading mode runs only "report a problem"; translators also jump to the next report', () => {
		const r = reader([{}, {}]);
		expect(handleKey(key('c').event, r.target, true)).toBe(false);
		expect(handleKey(key('R', { shiftKey: true }).event, r.target, true)).toBe(false);
		expect(handleKey(key('r').event, r.target, true)).toBe(true);
		expect(handleKey(key('R', { shiftKey: true }).event, r.target)).toBe(true);
		expect(r.calls).toEqual(['report', 'nextReport']);
		expect(r.applied).toEqual([]);
	});
});
