/**
 * The open article: its live data, what the reader shows (languages, layout, rows), the reading
 * position and active row, and translator mode (editor session, filter, open row form, help).
 * Built once by the article page; the command table acts on it.
 */
import { MediaQuery } from 'svelte/reactivity';
import {
	nextLowConfidence,
	nextUnconfirmed,
	rowFilter,
	type RowFilter
} from '$lib/core/edit/progress';
import { LANGS, type AlignmentRow, type Lang } from '$lib/core/types';
import { displayRows, headerOf, singleLanguageRows, type DisplayRow } from '$lib/core/view';
import { getSetting, hasArticle, setSetting } from '$lib/db';
import { liveArticle } from '$lib/db/live.svelte';
import { handleKey, runCommand, type CommandId, type CommandTarget, type Panel } from './commands';
import type { EditorSession } from './editor.svelte';
import { app } from './app.svelte';
import type { ArticleReports } from './reports.svelte';
import { errorKey } from './errors';
import { settings, type ViewMode } from './settings.svelte';
import { askPersistenceOnce } from './storage';

/** Where focus belongs to what the user is doing: a late row focus leaves it there. */
const TYPING_OR_DIALOG =
	'input, textarea, select, [contenteditable="true"], dialog, [role="dialog"]';

export interface ReaderOptions {
	/** The article id (from the URL); the session follows it. */
	articleId: () => string;
	/** A sentence to open at, `${lang}:${sentenceId}` (a search hit), instead of the saved position. */
	target: () => string | null;
	/** Open in translator mode. */
	editing: boolean;
}

export class ReaderSession implements CommandTarget {
	#articleId: () => string;
	#target: () => string | null;
	#data: ReturnType<typeof liveArticle>;
	#narrow = new MediaQuery('(max-width: 48rem)');
	/** Widths where two or three columns still fit without breaking words. */
	#fitsTwo = new MediaQuery('(min-width: 30rem)');
	#fitsThree = new MediaQuery('(min-width: 40rem)');
	#restoredFor = '';
	/** Set once the reader moves: a position restored later must not pull the highlight back. */
	#moved = false;
	/** The rows the active row was last pinned in, and its id and sentences there. */
	#pinnedIn?: DisplayRow[];
	#pinned?: { id: string; sentences: string[] };

	#editing = $state(false);
	/** Set once translator mode was chosen here: the stored choice arriving later must not undo it. */
	#editingChosen = false;
	filter = $state<RowFilter>('all');
	activeLang = $state<Lang>('en');
	panel = $state<Panel>('none');
	helpOpen = $state(false);
	/** Phones: the sheet with the row tools the bottom bar has no room for. */
	moreOpen = $state(false);
	realigning = $state(false);
	realignError = $state<string | undefined>();
	active = $state(0);
	/**
	 * The reader moved to a row on this page (a tap, a click, a key): that row then offers
	 * "Report". Not the row highlighted on opening (the saved reading position), which would make
	 * the button appear under the text as the page starts.
	 */
	chosen = $state(false);
	/**
	 * The article is not in the library: known only once the bundled library is stored (a first
	 * visit) and a read made after that still finds nothing (the live query may not have caught
	 * up with the seeding yet).
	 */
	missing = $state(false);
	/**
	 * Readers' reports on this article's rows, and the report dialog: loaded with the page but
	 * not before it (undefined for that moment), so the reading path does not wait for them.
	 */
	reports = $state.raw<ArticleReports>();
	#reportsReady: Promise<ArticleReports>;

	constructor(options: ReaderOptions) {
		this.#articleId = options.articleId;
		this.#target = options.target;
		this.#editing = options.editing;
		this.#editingChosen = options.editing;
		this.#data = liveArticle(options.articleId);
		this.#reportsReady = this.#loadReports(options.articleId);
		this.#reportsReady.catch((error: unknown) => console.error('Loading reports failed', error));

		// Translator mode is remembered per article on this device.
		$effect(() => {
			const id = this.articleId;
			if (!id || this.#editingChosen) return;
			void getSetting<boolean>(`editing:${id}`).then((stored) => {
				if (!this.#editingChosen && stored !== undefined && id === this.articleId)
					this.#editing = stored;
			});
		});
		$effect(() => {
			const id = this.articleId;
			if (this.article || this.isLoading || !(app.seeded || app.problem)) {
				this.missing = false;
				return;
			}
			let current = true;
			void hasArticle(id).then(
				(found) => current && (this.missing = !found),
				() => current && (this.missing = true)
			);
			return () => void (current = false);
		});
		$effect(() => this.#restorePosition());
		// Translator mode's code loads the first time it is on (a reader never downloads it).
		$effect(() => {
			if (this.#editing)
				void this.loadEditor().catch((error: unknown) =>
					console.error('Loading translator mode failed', error)
				);
		});
		// The first edit makes the library the user's own work: ask the browser to keep it.
		$effect(() => {
			if (this.#session?.canUndo) void askPersistenceOnce();
		});
		$effect(() => {
			if (!this.langs.includes(this.activeLang) && this.langs.length > 0)
				this.activeLang = this.langs[0];
		});
		$effect(() => {
			const count = this.allRows.length;
			if (this.active >= count && count > 0) this.active = count - 1;
		});
		$effect.pre(() => this.#pinActive());
	}

	/**
	 * Loads the reports' code and builds them in their own effect root, torn down with the page
	 * (the live query they hold needs an effect context, and the page's has passed by then).
	 */
	#loadReports(articleId: () => string): Promise<ArticleReports> {
		let destroyed = false;
		let teardown: (() => void) | undefined;
		$effect(() => () => {
			destroyed = true;
			teardown?.();
		});
		// After the first screen of text: reports are not needed to paint it.
		const code = app.afterContent().then(() => import('./reports.svelte'));
		return code.then(({ ArticleReports }) => {
			let reports!: ArticleReports;
			const root = $effect.root(() => {
				reports = new ArticleReports(articleId, () => this.aligned);
			});
			if (destroyed) root();
			else teardown = root;
			this.reports = reports;
			return reports;
		});
	}

	/** Translator mode, remembered per article on this device. */
	get editing(): boolean {
		return this.#editing;
	}
	set editing(value: boolean) {
		this.#editingChosen = true;
		this.#editing = value;
		void setSetting(`editing:${this.articleId}`, value);
	}

	get articleId(): string {
		return this.#articleId();
	}
	get article() {
		return this.#data.current;
	}
	get isLoading(): boolean {
		return this.#data.isLoading;
	}
	get error(): unknown {
		return this.#data.error;
	}

	renderings = $derived(this.article?.renderings ?? {});
	alignment = $derived(this.article?.alignment);
	available: Lang[] = $derived(LANGS.filter((l) => this.renderings[l]));
	/** The languages shown: the chosen ones present here, else the first present. */
	langs: Lang[] = $derived.by(() => {
		const chosen = settings.value.langs.filter((l) => this.available.includes(l));
		return chosen.length > 0 ? chosen : this.available.slice(0, 1);
	});
	/** Phone-sized screen: reading settings in a sheet, translator actions in a bottom bar. */
	get narrow(): boolean {
		return this.#narrow.current;
	}
	/** Whether the shown languages fit side by side here without breaking words mid-word. */
	columnsFit: boolean = $derived(
		this.langs.length <= 1 ||
			(this.langs.length === 2 ? this.#fitsTwo.current : this.#fitsThree.current)
	);
	view: ViewMode = $derived.by(() => {
		const chosen = settings.value.view;
		if (chosen === 'auto') return this.#narrow.current || !this.columnsFit ? 'stacked' : 'columns';
		// Columns too narrow for their words: stacked instead (the sheet says why).
		return chosen === 'columns' && !this.columnsFit ? 'stacked' : chosen;
	});
	/** The editor session's class, loaded with translator mode's code (see `loadEditor`). */
	#Editor = $state.raw<typeof EditorSession>();
	/** One editor session per article, once its code is here; the rows it edits are the live article's. */
	#session = $derived(
		this.#Editor
			? new this.#Editor(this.articleId, () => ({
					alignment: this.alignment,
					renderings: this.renderings
				}))
			: undefined
	);
	/**
	 * Translator mode's editor session (undo history, edits being written). Its code loads with
	 * translator mode (`loadEditor`), before any of translator mode's components or commands run.
	 */
	get session(): EditorSession {
		if (!this.#session) throw new Error('Translator mode is not loaded');
		return this.#session;
	}
	/** The rows as shown: the editor session's (with edits being written) once it exists. */
	get aligned(): readonly AlignmentRow[] {
		return this.#session?.rows ?? this.alignment?.rows ?? [];
	}

	/** Loads translator mode's editing code and starts the article's editor session. */
	async loadEditor(): Promise<void> {
		const { EditorSession, loadEditCode } = await import('./editor.svelte');
		await loadEditCode();
		this.#Editor ??= EditorSession;
	}

	allRows: DisplayRow[] = $derived.by(() => {
		const { alignment, renderings } = this;
		if (alignment && this.available.length > 1) {
			return displayRows(renderings, { ...alignment, rows: [...this.aligned] });
		}
		const only = renderings[this.langs[0]];
		return only ? singleLanguageRows(only) : [];
	});
	rows: DisplayRow[] = $derived.by(() => {
		if (!this.editing || this.filter === 'all') return this.allRows;
		const keep = rowFilter(this.filter);
		return this.allRows.filter((r) => (r.row ? keep(r.row) : true));
	});
	aligning = $derived(this.available.length > 1 && !this.alignment);
	header = $derived(headerOf(this.renderings));
	primaryTitle = $derived(this.renderings[this.langs[0]]?.title);
	hasTitleRow = $derived(this.rows.some((r) => r.kind === 'title'));
	date = $derived(this.available.map((l) => this.renderings[l]?.date).find(Boolean));

	/** Restores the reading position (or the sentence a search hit points to) once per article. */
	#restorePosition() {
		const { rows, articleId } = this;
		if (rows.length === 0 || this.#restoredFor === articleId) return;
		this.#restoredFor = articleId;
		this.#moved = false;
		this.chosen = false;
		const target = this.#target();
		if (target) {
			const [lang, id] = target.split(':');
			const hit = rows.findIndex((r) => r.cells[lang as Lang]?.some((s) => s.id === id));
			if (hit >= 0) {
				this.active = hit;
				return;
			}
		}
		void getSetting<number>(`position:${articleId}`).then((saved) => {
			if (!this.#moved && saved !== undefined && saved < rows.length) this.active = saved;
		});
	}

	/**
	 * Keeps the active row the same row when the rows change under it (another device's merge
	 * above it arrives, say): a note or text being typed stays on the row it was started on. A
	 * row merged away hands over to the row that now holds its first sentence.
	 */
	#pinActive() {
		const list = this.rows;
		const active = this.active;
		const pinned = this.#pinned;
		if (pinned && list !== this.#pinnedIn && list[active]?.id !== pinned.id) {
			let at = list.findIndex((r) => r.id === pinned.id);
			if (at < 0 && pinned.sentences.length) {
				at = list.findIndex((r) =>
					LANGS.some((lang) => r.row?.cells[lang].includes(pinned.sentences[0]))
				);
			}
			if (at >= 0 && at !== active) {
				this.active = at;
				return; // pinned again by the run this change starts
			}
		}
		this.#pinnedIn = list;
		const row = list[active];
		this.#pinned = row
			? { id: row.id, sentences: row.row ? LANGS.flatMap((l) => row.row!.cells[l]) : [] }
			: undefined;
	}

	/** The reading position is saved at once: one small write per move, nothing lost on reload. */
	activate(index: number): void {
		this.#moved = true;
		this.chosen = true;
		if (index === this.active) return;
		this.active = index;
		void setSetting(`position:${this.articleId}`, index);
	}

	/** A row chosen in the list: an open row form belongs to the row it was opened on. */
	choose(index: number): void {
		if (index !== this.active) this.panel = 'none';
		this.activate(index);
	}

	/**
	 * Moves focus to a row: at once when it is on the page (the next key press already lands on
	 * it), and again after the next frame, when a row rendered late is there too — unless focus
	 * has moved on meanwhile (a form the next key opened, a newer focusRow): on a slow machine the
	 * frame can come after the user's next action, and must not take focus back from it.
	 */
	focusRow(index: number): void {
		this.activate(index);
		const call = ++this.#focusCalls;
		const find = () => document.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
		find()?.focus({ preventScroll: true });
		// Off screen: centred; on screen: moved only as far as needed (above a bottom bar too,
		// through the page's scroll-padding), so a button press does not make the page jump.
		requestAnimationFrame(() => {
			if (call !== this.#focusCalls) return;
			// Never take focus back from a field or a dialog the user has moved on to.
			if (document.activeElement?.closest(TYPING_OR_DIALOG)) return;
			const el = find();
			if (!el) return;
			el.focus({ preventScroll: true });
			const box = el.getBoundingClientRect();
			const away = box.bottom < 0 || box.top > innerHeight;
			el.scrollIntoView({ block: away ? 'center' : 'nearest' });
		});
	}
	#focusCalls = 0;

	jump(what: 'unconfirmed' | 'lowConfidence'): void {
		const list = this.aligned;
		const next =
			what === 'unconfirmed'
				? nextUnconfirmed(list, this.active)
				: nextLowConfidence(list, this.active);
		if (next >= 0) this.focusRow(next);
	}

	setPanel(panel: Panel): void {
		this.panel = panel;
	}

	nextLang(): void {
		const { langs } = this;
		this.activeLang = langs[(langs.indexOf(this.activeLang) + 1) % langs.length];
	}

	openHelp(): void {
		this.helpOpen = true;
	}

	get openReports(): number {
		return this.reports?.openCount ?? 0;
	}

	/** "Report a problem with this row", on the active row (aligned articles only). */
	openReport(): void {
		const row = this.active;
		if (this.alignment)
			this.#reportsReady.then((reports) => reports.open(row)).catch(() => undefined);
	}

	nextReport(): void {
		const next = this.reports?.next(this.active) ?? -1;
		if (next >= 0) this.focusRow(next);
	}

	/**
	 * A command run from a button (row tools, bottom bar, the "more" sheet): focus then goes back
	 * to the active row, so the next key acts on the row the user sees highlighted. Commands that
	 * open a row form leave focus to the form.
	 */
	run(id: CommandId): void {
		this.moreOpen = false;
		runCommand(id, this);
		if (this.panel === 'none' && !this.helpOpen && (this.reports?.dialogRow ?? null) === null)
			this.focusRow(this.active);
	}

	/** Shortcuts from the command table: all in translator mode, the reading ones otherwise. */
	onkey(event: KeyboardEvent): void {
		// Translator keys wait for the editing code, loaded when translator mode is switched on.
		if (this.alignment && (!this.editing || this.#session?.ready))
			handleKey(event, this, !this.editing);
	}

	async realign(): Promise<void> {
		this.realigning = true;
		this.realignError = undefined;
		try {
			const { alignArticle } = await import('$lib/alignment/service');
			await alignArticle(this.articleId, { force: true });
			// The start-up notice of a stopped aligner is answered once a retry went through.
			if (app.problem === 'data.align.stopped') app.problem = undefined;
		} catch (error) {
			this.realignError = errorKey(error);
		} finally {
			this.realigning = false;
		}
	}
}
