/**
 * Merge rules on top of CouchDB's revisions (docs/sync.md):
 *
 * 1. Edits to different rows touch different documents: replication keeps both, nobody sees a
 *    conflict.
 * 2. Edits to the same document on two devices leave CouchDB with two leaf revisions (`_conflicts`).
 *    {@link conflictOf} shows them as "mine" and "theirs"; {@link resolveConflict} writes the
 *    chosen content onto the winning revision and deletes the other leaf, so every device that
 *    replicates it converges. Leaves with the same content are settled silently
 *    ({@link identicalLeaves}).
 * 3. Documents can each be fine while the article they assemble into is not: two devices split
 *    one row differently, or one merged rows while the other edited one of them (CouchDB lets the
 *    edit win over the deletion). {@link assembleRows} checks the assembled rows with
 *    `checkRows`; when they break, {@link structureConflict} surfaces the clashing stretch, mine
 *    and theirs, and {@link resolveStructure} writes the chosen one — carrying over every note of
 *    the other side, so nothing is dropped. The app never stores a broken alignment.
 */
import { checkRows, type SentenceIdsByLang } from '../core/edit/rows';
import { LANGS, type AlignmentRow, type Lang, type Note, type SentenceSpan } from '../core/types';
import { rowDocId, type DeletedDoc, type DocMeta, type RenderingDoc, type RowDoc } from './docs';
import { docsToRows, rowsToDocs, type RowWrites, type Stamp } from './rows';

const META = new Set(['_rev', '_conflicts', '_deleted_conflicts', '_revisions', '_revs_info']);
const STAMP = new Set(['updatedBy', 'updatedAt', 'device']);

/** A document's content: what two revisions must share to be "the same edit". */
export function contentKey(doc: object): string {
	const sorted = (value: unknown): unknown =>
		Array.isArray(value)
			? value.map(sorted)
			: value && typeof value === 'object'
				? Object.fromEntries(
						Object.keys(value)
							.sort()
							.map((k) => [k, sorted((value as Record<string, unknown>)[k])])
					)
				: value;
	const rest = Object.fromEntries(
		Object.entries(doc).filter(([k]) => !META.has(k) && !STAMP.has(k))
	);
	return JSON.stringify(sorted(rest));
}

export interface Conflict<T extends DocMeta> {
	id: string;
	/** The revision CouchDB picked as winner; the resolution is written on top of it. */
	winnerRev: string;
	/** This device's side: the leaf it wrote, else the winner. */
	mine: T;
	/** The other side. With more than two leaves, the rest show once this one is resolved. */
	theirs: T;
}

const newest = <T extends DocMeta>(docs: T[]) =>
	[...docs].sort(
		(a, b) => b.updatedAt - a.updatedAt || ((a._rev ?? '') < (b._rev ?? '') ? 1 : -1)
	)[0];

/**
 * The conflict to show for a document with conflicting leaves, or null when there is nothing to
 * choose (no leaves, or all of them say the same).
 *
 * @param doc the winning revision (read with `conflicts=true`)
 * @param conflictingRevs the bodies of the revisions listed in `doc._conflicts`
 * @param device this device's id, to tell which side is "mine"
 */
export function conflictOf<T extends DocMeta>(
	doc: T,
	conflictingRevs: readonly T[],
	device?: string
): Conflict<T> | null {
	const key = contentKey(doc);
	const differing = conflictingRevs.filter((leaf) => contentKey(leaf) !== key);
	if (differing.length === 0 || !doc._rev) return null;
	const ownLeaf =
		device !== undefined ? differing.find((leaf) => leaf.device === device) : undefined;
	// The winner is always one of the two sides, so a resolution never overwrites a third leaf.
	const mine = ownLeaf && doc.device !== device ? ownLeaf : doc;
	const theirs = mine === doc ? newest(differing) : doc;
	return { id: doc._id, winnerRev: doc._rev, mine, theirs };
}

/** Deletions that settle leaves saying the same as the winner: no one needs to choose. */
export function identicalLeaves<T extends DocMeta>(
	doc: T,
	conflictingRevs: readonly T[]
): DeletedDoc[] {
	const key = contentKey(doc);
	return conflictingRevs
		.filter((leaf) => leaf._rev && contentKey(leaf) === key)
		.map((leaf) => ({ _id: leaf._id, _rev: leaf._rev!, _deleted: true as const }));
}

/**
 * The writes for "keep mine" / "keep theirs": the chosen content on the winning revision, and the
 * other side's leaf deleted. Two devices resolving alike write the same content (settled by
 * {@link identicalLeaves}); resolving differently shows the conflict again.
 */
export function resolveConflict<T extends DocMeta>(
	conflict: Conflict<T>,
	choice: 'mine' | 'theirs',
	stamp: Stamp
): Array<T | DeletedDoc> {
	const chosen = choice === 'mine' ? conflict.mine : conflict.theirs;
	const other = choice === 'mine' ? conflict.theirs : conflict.mine;
	const winner = { ...chosen, ...stamp, _rev: conflict.winnerRev } as T;
	delete winner._conflicts;
	const loser = other._rev === conflict.winnerRev ? chosen : other;
	return [winner, { _id: conflict.id, _rev: loser._rev!, _deleted: true }];
}

export interface Assembled {
	rows: AlignmentRow[];
	/** Broken invariants (see `checkRows`); when any, the rows must not be stored. */
	problems: string[];
	/** Sentences in more than one row or in none, with every sentence of the rows involved. */
	clash: Set<string>;
}

const sentencesOf = (row: AlignmentRow) => LANGS.flatMap((lang) => row.cells[lang]);

/** The article as the documents say it is, and whether that is a sound alignment. */
export function assembleRows(docs: readonly RowDoc[], ids: SentenceIdsByLang): Assembled {
	const rows = docsToRows(docs);
	const problems = checkRows(rows, ids);
	const clash = new Set<string>();
	if (problems.length === 0) return { rows, problems, clash };
	const known = new Set(LANGS.flatMap((lang) => ids[lang]));
	const count = new Map<string, number>([...known].map((id) => [id, 0]));
	for (const id of rows.flatMap(sentencesOf)) count.set(id, (count.get(id) ?? 0) + 1);
	for (const [id, n] of count) if (n !== 1 || !known.has(id)) clash.add(id);
	for (const row of rows) {
		const empty = sentencesOf(row).length === 0;
		const strayMark = row.missing.some((lang) => row.cells[lang].length > 0);
		if (empty || strayMark) clash.add(`row:${row.id}`);
	}
	return { rows, problems, clash };
}

/** Rows touching `sentences`, growing the set until both sides cover the same sentences. */
function region(sides: ReadonlyArray<readonly AlignmentRow[]>, seed: Set<string>) {
	const sentences = new Set(seed);
	let picked: AlignmentRow[][] = [];
	let grew = true;
	while (grew) {
		grew = false;
		picked = sides.map((rows) =>
			rows.filter(
				(row) => sentences.has(`row:${row.id}`) || sentencesOf(row).some((s) => sentences.has(s))
			)
		);
		for (const row of picked.flat()) {
			for (const s of sentencesOf(row)) {
				if (sentences.has(s)) continue;
				sentences.add(s);
				grew = true;
			}
		}
	}
	return { sentences, picked };
}

export interface StructureConflict {
	/** Every sentence of the clashing stretch. */
	sentences: Set<string>;
	/** This device's rows for the stretch (from its stored alignment). */
	mine: AlignmentRow[];
	/**
	 * The other devices' rows for the stretch, when they form a sound stretch on their own; null
	 * when only "keep mine" can be offered (its resolution still carries their notes over).
	 */
	theirs: AlignmentRow[] | null;
}

/** What a device knows beyond the current leaves, to rebuild the other side of a clash. */
export interface StructureContext {
	/**
	 * The row documents as this device last adopted them (its *base*: the revisions its stored
	 * alignment was assembled from), by `_id`. Where this device changed or deleted a row since and
	 * nobody else touched it, the other devices still have the base version.
	 */
	base?: ReadonlyMap<string, RowDoc>;
	/** Ids of documents with a deleted leaf besides their live winner (`open_revs: 'all'`). */
	deletedElsewhere?: ReadonlySet<string>;
}

/**
 * The rows the other devices hold: their newest leaf of every document they wrote; for documents
 * only this device changed (or deleted) since its base, the base version; documents this device
 * created, or another deleted, are not theirs.
 */
function theirRowDocs(
	local: readonly AlignmentRow[],
	docs: readonly RowDoc[],
	conflictingRevs: readonly RowDoc[],
	device: string,
	context: StructureContext
): RowDoc[] {
	const theirs = new Map<string, RowDoc>();
	for (const leaf of [...docs, ...conflictingRevs]) {
		if (leaf._deleted || leaf.device === device) continue;
		const seen = theirs.get(leaf._id);
		if (!seen || newest([seen, leaf]) === leaf) theirs.set(leaf._id, leaf);
	}
	const live = new Map(docs.filter((doc) => !doc._deleted).map((doc) => [doc._id, doc]));
	const localIds = new Set(local.map((row) => row.id));
	for (const [id, before] of context.base ?? []) {
		if (theirs.has(id) || before._deleted) continue;
		const now = live.get(id);
		if (now) {
			// Only this device wrote its leaves; unless another deleted it, theirs is the base.
			if (!context.deletedElsewhere?.has(id)) theirs.set(id, before);
		} else if (!localIds.has(before.rowId)) {
			// Deleted here (a merge on this device): the others still have it.
			theirs.set(id, before);
		}
	}
	return [...theirs.values()];
}

/**
 * What to show when the assembled rows break: the stretch of rows that clash, as this device had
 * it (`local`, its stored alignment) and as the other devices wrote it.
 *
 * @param docs the article's row documents (winning revisions)
 * @param conflictingRevs the bodies of their other leaves (`_conflicts`)
 * @param context this device's base, so a stretch only this device changed can still be shown
 *   as the others have it
 */
export function structureConflict(
	local: readonly AlignmentRow[],
	assembled: Assembled,
	docs: readonly RowDoc[],
	conflictingRevs: readonly RowDoc[],
	device: string,
	context: StructureContext = {}
): StructureConflict {
	const theirRows = docsToRows(theirRowDocs(local, docs, conflictingRevs, device, context));
	const { sentences, picked } = region([local, assembled.rows, theirRows], assembled.clash);
	const [mine, , theirs] = picked;
	const covered = theirs.flatMap(sentencesOf);
	const real = [...sentences].filter((s) => !s.startsWith('row:'));
	const sound =
		theirs.length > 0 &&
		theirs.every((row) => sentencesOf(row).length > 0) &&
		covered.length === real.length &&
		new Set(covered).size === covered.length &&
		real.every((s) => covered.includes(s));
	return { sentences, mine, theirs: sound ? theirs : null };
}

/** `notes` of the other side's rows moved onto the chosen rows, by the sentences they sat on. */
function carryNotes(chosen: AlignmentRow[], other: readonly AlignmentRow[]): AlignmentRow[] {
	const rows = chosen.map((row) => ({ ...row, notes: [...row.notes] }));
	const have = new Set(rows.flatMap((row) => row.notes.map((n) => `${n.id}\u0000${n.text}`)));
	const noteIds = new Set(rows.flatMap((row) => row.notes.map((n) => n.id)));
	for (const row of other) {
		const target =
			rows.find((r) => sentencesOf(row).some((s) => sentencesOf(r).includes(s))) ?? rows[0];
		for (const note of row.notes) {
			if (have.has(`${note.id}\u0000${note.text}`)) continue;
			const copy: Note = noteIds.has(note.id) ? { ...note, id: `${note.id}~${row.id}` } : note;
			target.notes.push(copy);
			noteIds.add(copy.id);
			have.add(`${note.id}\u0000${note.text}`);
		}
	}
	return rows;
}

/**
 * The writes that settle a structure conflict: the assembled rows with the clashing stretch
 * replaced by the chosen side (the other side's notes carried over), written through
 * {@link rowsToDocs} against the current documents. Throws if the result would still break.
 */
export function resolveStructure(
	articleId: string,
	conflict: StructureConflict,
	choice: 'mine' | 'theirs',
	assembled: Assembled,
	docs: readonly RowDoc[],
	conflictingRevs: readonly RowDoc[],
	ids: SentenceIdsByLang,
	stamp: Stamp
): RowWrites {
	const side = choice === 'theirs' ? conflict.theirs : conflict.mine;
	if (!side) throw new Error('there is no sound version of theirs to keep');
	const inStretch = (row: AlignmentRow) =>
		conflict.sentences.has(`row:${row.id}`) ||
		sentencesOf(row).some((s) => conflict.sentences.has(s));
	const replaced = assembled.rows.filter(inStretch);
	const chosen = carryNotes(side, [...replaced, ...conflict.mine, ...(conflict.theirs ?? [])]);
	const at = assembled.rows.findIndex(inStretch);
	// Rows before the stretch are all outside it, so `at` is also the place among `outside`.
	const outside = assembled.rows.filter((row) => !inStretch(row));
	const rows = [...outside.slice(0, at), ...chosen, ...outside.slice(at)];
	const problems = checkRows(rows, ids);
	if (problems.length) throw new Error(`the chosen rows do not fit: ${problems.join('; ')}`);
	const writes = rowsToDocs(articleId, rows, docs, stamp);
	// Every other leaf of a document in the stretch is settled by this choice.
	const stretchIds = new Set([...replaced, ...chosen].map((row) => rowDocId(articleId, row.id)));
	const settled = conflictingRevs
		.filter((leaf) => stretchIds.has(leaf._id) && leaf._rev)
		.map((leaf) => ({ _id: leaf._id, _rev: leaf._rev!, _deleted: true as const }));
	return { put: writes.put, deleted: [...writes.deleted, ...settled] };
}

/** One sentence two devices corrected differently. */
export interface TextClash {
	sentenceId: string;
	/** The sentence's text on each side (the correction, else the imported text). */
	mine: string;
	theirs: string;
}

/** Two leaves of a rendering: the sentences that clash, and how to settle them. */
export interface TextConflict {
	conflict: Conflict<RenderingDoc>;
	lang: Lang;
	/** Sentences whose texts clash (both sides changed them, differently). */
	clashes: TextClash[];
	/**
	 * True when the two sides differ in more than sentence texts (a re-import on one of them):
	 * then a choice takes that side's whole rendering, not only its texts.
	 */
	whole: boolean;
	/** The revision both sides started from, when the replica still has it. */
	ancestor?: RenderingDoc;
}

const textOf = (doc: RenderingDoc, sentence: SentenceSpan) =>
	sentence.text ?? doc.original.slice(sentence.start, sentence.end);

/** A rendering's content apart from its sentences' corrections and per-device fields. */
function frameKey(doc: RenderingDoc): string {
	const { importedAt: _i, userModified: _u, _attachments: _a, ...rest } = doc;
	return contentKey({ ...rest, sentences: doc.sentences.map(({ text: _t, ...s }) => s) });
}

/**
 * The text conflict of a rendering's two leaves, merged sentence by sentence against the revision
 * they both started from: a sentence only one side corrected takes that correction, a sentence
 * both corrected alike is fine, one they corrected differently clashes. Without the ancestor every
 * differing sentence clashes. No clash and the same frame: `resolveText` settles it silently.
 */
export function textConflict(
	conflict: Conflict<RenderingDoc>,
	ancestor?: RenderingDoc
): TextConflict {
	const { mine, theirs } = conflict;
	const whole = frameKey(mine) !== frameKey(theirs);
	const base = ancestor && frameKey(ancestor) === frameKey(mine) ? ancestor : undefined;
	const clashes: TextClash[] = [];
	const theirById = new Map(theirs.sentences.map((s) => [s.id, s]));
	for (const sentence of mine.sentences) {
		const other = theirById.get(sentence.id);
		if (!other) continue;
		const m = textOf(mine, sentence);
		const t = textOf(theirs, other);
		if (m === t) continue;
		const was = base?.sentences.find((s) => s.id === sentence.id);
		const a = was && textOf(base!, was);
		if (!whole && a !== undefined && (a === m || a === t)) continue;
		clashes.push({ sentenceId: sentence.id, mine: m, theirs: t });
	}
	return { conflict, lang: mine.lang, clashes, whole, ...(base ? { ancestor: base } : {}) };
}

/**
 * The writes that settle a text conflict with `choice` for the clashing sentences: the other
 * sentences keep whichever side corrected them (a whole-rendering difference takes the chosen
 * side's rendering). The losing correction stays in the sentence's revisions (they sync apart),
 * so it can be brought back from the revision history.
 */
export function resolveText(
	text: TextConflict,
	choice: 'mine' | 'theirs',
	stamp: Stamp
): Array<RenderingDoc | DeletedDoc> {
	const { conflict } = text;
	const chosen = choice === 'mine' ? conflict.mine : conflict.theirs;
	let content: RenderingDoc = chosen;
	if (!text.whole) {
		const other = choice === 'mine' ? conflict.theirs : conflict.mine;
		const otherById = new Map(other.sentences.map((s) => [s.id, s]));
		const clashing = new Set(text.clashes.map((c) => c.sentenceId));
		const sentences = chosen.sentences.map((sentence) => {
			const theirsToo = otherById.get(sentence.id);
			if (!theirsToo || clashing.has(sentence.id)) return sentence;
			const was = text.ancestor?.sentences.find((s) => s.id === sentence.id);
			// Not clashing: the side that changed it (if only the other did, the other's text).
			if (was && textOf(chosen, sentence) === textOf(text.ancestor!, was)) {
				const merged: SentenceSpan = { ...sentence };
				if (theirsToo.text === undefined) delete merged.text;
				else merged.text = theirsToo.text;
				return merged;
			}
			return sentence;
		});
		content = {
			...chosen,
			sentences,
			userModified: conflict.mine.userModified || conflict.theirs.userModified
		};
	}
	return resolveConflict({ ...conflict, [choice]: content }, choice, stamp);
}

/** A revision's history as CouchDB gives it with `revs=true`. */
export interface RevHistory {
	start: number;
	ids: string[];
}

/** The newest revision two leaves share (their common ancestor), from their `_revisions`. */
export function commonAncestor(a: RevHistory, b: RevHistory): string | undefined {
	const revs = (h: RevHistory) => h.ids.map((id, i) => `${h.start - i}-${id}`);
	const theirs = new Set(revs(b));
	return revs(a).find((rev) => theirs.has(rev));
}
