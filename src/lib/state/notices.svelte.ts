/**
 * Short messages about something that just happened ("Article deleted" with "Undo"), shown by
 * the layout so they outlive a page change (deleting from the article page returns to the
 * library). A notice closes by itself after a while, but never while focus is inside it.
 */
export interface NoticeAction {
	/** Locale key of the button. */
	label: string;
	run: () => Promise<void> | void;
}

export interface Notice {
	id: number;
	/** Locale key and its parameters. */
	key: string;
	params?: Record<string, unknown>;
	tone: 'info' | 'error';
	action?: NoticeAction;
}

const SHOWN_FOR = 15_000;

class Notices {
	list = $state<Notice[]>([]);
	#nextId = 1;
	#timers = new Map<number, ReturnType<typeof setTimeout>>();

	/** Shows a notice (replacing any other: one thing happened last) and returns its id. */
	show(notice: Omit<Notice, 'id' | 'tone'> & { tone?: Notice['tone'] }): number {
		for (const n of this.list) this.dismiss(n.id);
		const id = this.#nextId++;
		this.list = [{ tone: 'info', ...notice, id }];
		this.resume(id);
		return id;
	}

	dismiss(id: number): void {
		this.hold(id);
		this.list = this.list.filter((n) => n.id !== id);
	}

	/** Keeps a notice open (focus or pointer inside it). */
	hold(id: number): void {
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
	}

	/** Lets a notice close by itself again. */
	resume(id: number): void {
		this.hold(id);
		this.#timers.set(
			id,
			setTimeout(() => this.dismiss(id), SHOWN_FOR)
		);
	}

	/** Runs a notice's action once and closes it. */
	async act(id: number): Promise<void> {
		const notice = this.list.find((n) => n.id === id);
		if (!notice?.action) return;
		this.dismiss(id);
		await notice.action.run();
	}
}

export const notices = new Notices();
