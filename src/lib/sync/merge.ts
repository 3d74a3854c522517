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
import { LANGS, type AlignmentRow, type Note } from '../core/types';
import { rowDocId, type DeletedDoc, type DocMeta, type RowDoc } from './docs';
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
	 * The other devices' rows for the stretch, when they form a sound stretch on their own (the
	 * leaves this device did not write); null when only "keep mine" can be offered — with their
	 * notes carried over.
	 */
	theirs: AlignmentRow[] | null;
}

/**
 * What to show when the assembled rows break: the stretch of rows that clash, as this device had
 * it (`local`, its stored alignment) and as the other devices wrote it.
 *
 * @param docs the article's row documents (winning revisions)
 * @param conflictingRevs the bodies of their other leaves (`_conflicts`)
 */
export function structureConflict(
	local: readonly AlignmentRow[],
	assembled: Assembled,
	docs: readonly RowDoc[],
	conflictingRevs: readonly RowDoc[],
	device: string
): StructureConflict {
	const foreign = new Map<string, RowDoc>();
	for (const leaf of [...docs, ...conflictingRevs]) {
		if (leaf._deleted || leaf.device === device) continue;
		const seen = foreign.get(leaf._id);
		if (!seen || newest([seen, leaf]) === leaf) foreign.set(leaf._id, leaf);
	}
	const theirRows = docsToRows([...foreign.values()]);
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
