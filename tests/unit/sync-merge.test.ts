/**
 * Merge rules against real CouchDB revision semantics: PouchDB (in memory, the engine
 * pouchdb-server is built on) plays a server and two devices, and replication between them
 * decides winners and conflicts exactly as CouchDB does.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { AlignmentRow } from '../../src/lib/core/types';
import {
	assembleRows,
	conflictOf,
	docsToRows,
	commonAncestor,
	identicalLeaves,
	resolveConflict,
	resolveStructure,
	resolveText,
	rowsToDocs,
	structureConflict,
	textConflict,
	type DeletedDoc,
	type RenderingDoc,
	type RevHistory,
	type RowDoc
} from '../../src/lib/sync';
import { rows } from './edit-fixtures';

interface Db {
	bulkDocs(docs: unknown[]): Promise<Array<{ ok?: boolean; error?: string; rev?: string }>>;
	allDocs(options: object): Promise<{ rows: Array<{ doc?: RowDoc }> }>;
	get(id: string, options?: object): Promise<RowDoc>;
	replicate: { to(target: Db): Promise<unknown> };
}
const require = createRequire(import.meta.url);
const PouchDB = require('pouchdb-core')
	.plugin(require('pouchdb-adapter-memory'))
	.plugin(require('pouchdb-replication'));
let dbCount = 0;
const newDb = (): Db => new PouchDB(`sync-merge-${++dbCount}`, { adapter: 'memory' });

const ids = {
	en: ['e1', 'e2', 'e3', 'e4'],
	hy: ['h1', 'h2', 'h3', 'h4'],
	ru: ['r1', 'r2', 'r3', 'r4']
};
const start = () => rows('e1 | h1 | r1', 'e2 | h2 | r2', 'e3 | h3 | r3', 'e4 | h4 | r4');

/** One device: its stored alignment (what the app keeps) and its local replica. */
class Device {
	db = newDb();
	rows: AlignmentRow[] = [];
	/** The row documents its rows were last assembled from (the app's base). */
	base = new Map<string, RowDoc>();
	constructor(
		public name: string,
		public user = 'tom'
	) {}
	stamp(at = 10) {
		return { updatedBy: this.user, updatedAt: at, device: this.name };
	}
	async read() {
		const all = await this.db.allDocs({ include_docs: true, conflicts: true });
		const docs = all.rows.map((r) => r.doc!).filter((d) => d.type === 'row');
		const conflicting: RowDoc[] = [];
		const deletedElsewhere = new Set<string>();
		for (const doc of docs) {
			for (const rev of doc._conflicts ?? []) conflicting.push(await this.db.get(doc._id, { rev }));
			const leaves = (await this.db.get(doc._id, { open_revs: 'all' })) as unknown as Array<{
				ok?: { _deleted?: boolean };
			}>;
			if (leaves.some((leaf) => leaf.ok?._deleted)) deletedElsewhere.add(doc._id);
		}
		return { docs, conflicting, deletedElsewhere };
	}
	async write(docs: Array<RowDoc | DeletedDoc>) {
		const results = await this.db.bulkDocs(docs);
		expect(results.filter((r) => r.error)).toEqual([]);
	}
	/** An edit as the app makes it: new rows stored locally, changed rows written as documents. */
	async edit(change: (rows: AlignmentRow[]) => AlignmentRow[], at = 10) {
		const next = change(this.rows.map((row) => structuredClone(row)));
		const { docs } = await this.read();
		const writes = rowsToDocs('a1', next, docs, this.stamp(at));
		await this.write([...writes.put, ...writes.deleted]);
		this.rows = next;
	}
	/** After replication: adopt the assembled rows when they are sound, as the app would. */
	async pull() {
		const { docs, conflicting, deletedElsewhere } = await this.read();
		const assembled = assembleRows(docs, ids);
		if (assembled.problems.length === 0) {
			this.rows = assembled.rows;
			this.base = new Map(docs.map((doc) => [doc._id, doc]));
		}
		return { docs, conflicting, assembled, context: { base: this.base, deletedElsewhere } };
	}
}

async function syncAll(server: Db, ...devices: Device[]) {
	for (const d of devices) await d.db.replicate.to(server);
	for (const d of devices) await server.replicate.to(d.db);
}

async function twoDevices() {
	const server = newDb();
	const laptop = new Device('laptop');
	const phone = new Device('phone');
	laptop.rows = start();
	await laptop.write(rowsToDocs('a1', laptop.rows, [], laptop.stamp(1)).put);
	await syncAll(server, laptop, phone);
	await laptop.pull();
	await phone.pull();
	return { server, laptop, phone };
}

const note = (text: string) => ({ id: `n-${text}`, text, createdAt: 5, updatedAt: 5 });

describe('merging edits made on two devices', () => {
	it('keeps edits to different rows of one article from both devices, with no conflict', async () => {
		const { server, laptop, phone } = await twoDevices();
		expect(phone.rows).toEqual(laptop.rows);
		await laptop.edit((r) => ((r[0].status = 'confirmed'), r));
		await phone.edit((r) => (r[3].notes.push(note('date')), r));
		await syncAll(server, laptop, phone);
		for (const device of [laptop, phone]) {
			const { conflicting, assembled } = await device.pull();
			expect(conflicting).toEqual([]);
			expect(assembled.problems).toEqual([]);
			expect(device.rows[0].status).toBe('confirmed');
			expect(device.rows[3].notes.map((n) => n.text)).toEqual(['date']);
		}
	});

	it('shows the same row edited on both devices as mine and theirs, and converges once resolved', async () => {
		const { server, laptop, phone } = await twoDevices();
		await laptop.edit((r) => (r[1].notes.push(note('laptop says')), r), 20);
		await phone.edit((r) => (r[1].notes.push(note('phone says')), r), 30);
		await syncAll(server, laptop, phone);

		const seen = [];
		for (const device of [laptop, phone]) {
			const { docs, conflicting } = await device.read();
			const doc = docs.find((d) => d.rowId === 'row:e2')!;
			const conflict = conflictOf(doc, conflicting, device.name)!;
			expect(conflict).not.toBeNull();
			seen.push(conflict);
		}
		expect(seen[0].mine.notes[0].text).toBe('laptop says');
		expect(seen[0].theirs.notes[0].text).toBe('phone says');
		expect(seen[1].mine.notes[0].text).toBe('phone says');
		expect(seen[1].theirs.notes[0].text).toBe('laptop says');

		// The phone's translator keeps theirs (the laptop's note); both devices end up the same.
		await phone.write(resolveConflict(seen[1], 'theirs', phone.stamp(40)));
		await syncAll(server, laptop, phone);
		for (const device of [laptop, phone]) {
			const { conflicting, assembled } = await device.pull();
			expect(conflicting).toEqual([]);
			expect(assembled.rows[1].notes.map((n) => n.text)).toEqual(['laptop says']);
		}
		expect(laptop.rows).toEqual(phone.rows);
	});

	it('settles the same edit made on both devices without asking anyone', async () => {
		const { server, laptop, phone } = await twoDevices();
		await laptop.edit((r) => ((r[2].status = 'confirmed'), r), 20);
		await phone.edit((r) => ((r[2].status = 'confirmed'), r), 30);
		await syncAll(server, laptop, phone);
		const { docs, conflicting } = await laptop.read();
		const doc = docs.find((d) => d.rowId === 'row:e3')!;
		expect(conflicting).toHaveLength(1);
		expect(conflictOf(doc, conflicting, 'laptop')).toBeNull();
		await laptop.write(identicalLeaves(doc, conflicting));
		await syncAll(server, laptop, phone);
		expect((await phone.read()).conflicting).toEqual([]);
	});

	it('shows a merge on one device against an edit of a merged row on the other, dropping nothing', async () => {
		const { server, laptop, phone } = await twoDevices();
		// Laptop merges rows 2 and 3; the phone, offline, adds a note to row 3.
		await laptop.edit((r) => {
			r[1].cells.en.push('e3');
			r[1].cells.hy.push('h3');
			r[1].cells.ru.push('r3');
			return [r[0], r[1], r[3]];
		});
		await phone.edit((r) => (r[2].notes.push(note('keep me')), r));
		const phoneBefore = structuredClone(phone.rows);
		await syncAll(server, laptop, phone);

		const results = [];
		for (const device of [laptop, phone]) {
			const before = structuredClone(device.rows);
			const pulled = await device.pull();
			expect(pulled.assembled.problems.length).toBeGreaterThan(0);
			expect(device.rows).toEqual(before); // a broken alignment is never adopted
			results.push(pulled);
		}
		const [onLaptop, onPhone] = results;
		// The laptop shows the phone's side too: row 2 as it was before its own merge (its base),
		// and the phone's row 3 with the note.
		const onLaptopShown = structureConflict(
			laptop.rows,
			onLaptop.assembled,
			onLaptop.docs,
			onLaptop.conflicting,
			'laptop',
			onLaptop.context
		);
		expect(onLaptopShown.mine.map((r) => r.cells.en)).toEqual([['e2', 'e3']]);
		expect(onLaptopShown.theirs).toEqual(phoneBefore.slice(1, 3));
		// Without its base, the laptop could only offer to keep its merge.
		expect(
			structureConflict(
				laptop.rows,
				onLaptop.assembled,
				onLaptop.docs,
				onLaptop.conflicting,
				'laptop'
			).theirs
		).toBeNull();
		const keepMine = resolveStructure(
			'a1',
			onLaptopShown,
			'mine',
			onLaptop.assembled,
			onLaptop.docs,
			onLaptop.conflicting,
			ids,
			laptop.stamp(50)
		);
		const mergedRow = keepMine.put.find((d) => d.rowId === 'row:e2')!;
		expect(mergedRow.notes.map((n) => n.text)).toEqual(['keep me']);
		expect(keepMine.deleted.map((d) => d._id)).toEqual(['row:a1:row:e3']);

		const shown = structureConflict(
			phone.rows,
			onPhone.assembled,
			onPhone.docs,
			onPhone.conflicting,
			'phone',
			onPhone.context
		);
		expect(shown.mine).toEqual(phoneBefore.slice(1, 3));
		expect(shown.theirs?.map((r) => r.cells.en)).toEqual([['e2', 'e3']]);

		const writes = resolveStructure(
			'a1',
			shown,
			'theirs',
			onPhone.assembled,
			onPhone.docs,
			onPhone.conflicting,
			ids,
			phone.stamp(50)
		);
		await phone.write([...writes.put, ...writes.deleted]);
		await syncAll(server, laptop, phone);
		for (const device of [laptop, phone]) {
			const { conflicting, assembled } = await device.pull();
			expect(assembled.problems).toEqual([]);
			expect(conflicting).toEqual([]);
			expect(device.rows.map((r) => r.cells.en)).toEqual([['e1'], ['e2', 'e3'], ['e4']]);
			expect(device.rows[1].notes.map((n) => n.text)).toEqual(['keep me']);
		}
	});

	it('shows rows split differently on two devices as a conflict, and keeping mine converges', async () => {
		const server = newDb();
		const laptop = new Device('laptop');
		const phone = new Device('phone');
		laptop.rows = rows('e1 e2 e3 | h1 h2 h3 | r1 r2 r3', 'e4 | h4 | r4');
		await laptop.write(rowsToDocs('a1', laptop.rows, [], laptop.stamp(1)).put);
		await syncAll(server, laptop, phone);
		await laptop.pull();
		await phone.pull();
		await laptop.edit(() => {
			const r = rows('e1 | h1 | r1', 'e2 e3 | h2 h3 | r2 r3', 'e4 | h4 | r4');
			r[1].id = 'laptop-split';
			return r;
		});
		await phone.edit(() => {
			const r = rows('e1 e2 | h1 h2 | r1 r2', 'e3 | h3 | r3', 'e4 | h4 | r4');
			r[0].id = 'row:e1';
			r[1].id = 'phone-split';
			return r;
		});
		await syncAll(server, laptop, phone);
		const { docs, conflicting, assembled, context } = await laptop.pull();
		expect(assembled.problems.length).toBeGreaterThan(0);
		const shown = structureConflict(laptop.rows, assembled, docs, conflicting, 'laptop', context);
		expect(shown.mine.map((r) => r.id)).toEqual(['row:e1', 'laptop-split']);
		expect(shown.theirs?.map((r) => r.id)).toEqual(['row:e1', 'phone-split']);

		const writes = resolveStructure(
			'a1',
			shown,
			'mine',
			assembled,
			docs,
			conflicting,
			ids,
			laptop.stamp(60)
		);
		await laptop.write([...writes.put, ...writes.deleted]);
		await syncAll(server, laptop, phone);
		for (const device of [laptop, phone]) {
			const after = await device.pull();
			expect(after.assembled.problems).toEqual([]);
			expect(after.conflicting).toEqual([]);
			expect(device.rows.map((r) => r.id)).toEqual(['row:e1', 'laptop-split', 'row:e4']);
		}
		expect(docsToRows((await phone.read()).docs)).toEqual(laptop.rows);
	});
	it('shows overlapping merges on two devices, each side as the other device has it, and keeping theirs converges', async () => {
		const { server, laptop, phone } = await twoDevices();
		const mergeNext = (r: AlignmentRow[], i: number) => {
			for (const lang of ['en', 'hy', 'ru'] as const)
				r[i].cells[lang].push(...r[i + 1].cells[lang]);
			return r.filter((_, k) => k !== i + 1);
		};
		await laptop.edit((r) => mergeNext(r, 1)); // rows 2 + 3
		await phone.edit((r) => mergeNext(r, 2)); // rows 3 + 4
		await syncAll(server, laptop, phone);
		const onLaptop = await laptop.pull();
		const onPhone = await phone.pull();
		expect(onLaptop.assembled.problems.length).toBeGreaterThan(0);
		const en = (rows: AlignmentRow[] | null) => rows?.map((r) => r.cells.en);
		const laptopShown = structureConflict(
			laptop.rows,
			onLaptop.assembled,
			onLaptop.docs,
			onLaptop.conflicting,
			'laptop',
			onLaptop.context
		);
		expect(en(laptopShown.mine)).toEqual([['e2', 'e3'], ['e4']]);
		expect(en(laptopShown.theirs)).toEqual([['e2'], ['e3', 'e4']]);
		// The phone deleted row 4 and nobody else touched it: the laptop still has it.
		const phoneShown = structureConflict(
			phone.rows,
			onPhone.assembled,
			onPhone.docs,
			onPhone.conflicting,
			'phone',
			onPhone.context
		);
		expect(en(phoneShown.mine)).toEqual([['e2'], ['e3', 'e4']]);
		expect(en(phoneShown.theirs)).toEqual([['e2', 'e3'], ['e4']]);

		const writes = resolveStructure(
			'a1',
			phoneShown,
			'theirs',
			onPhone.assembled,
			onPhone.docs,
			onPhone.conflicting,
			ids,
			phone.stamp(70)
		);
		await phone.write([...writes.put, ...writes.deleted]);
		await syncAll(server, laptop, phone);
		for (const device of [laptop, phone]) {
			const { assembled, conflicting } = await device.pull();
			expect(assembled.problems).toEqual([]);
			expect(conflicting).toEqual([]);
			expect(en(device.rows)).toEqual([['e1'], ['e2', 'e3'], ['e4']]);
		}
	});
});

describe('text corrections of one rendering made on two devices', () => {
	const original = 'One. Two. Three.';
	const sentence = (id: string, start: number, end: number, text?: string) => ({
		id,
		start,
		end,
		block: 0,
		...(text === undefined ? {} : { text })
	});
	const rendering = (texts: Array<string | undefined> = []): RenderingDoc =>
		({
			_id: 'rendering:a1:en',
			type: 'rendering',
			articleId: 'a1',
			lang: 'en',
			original,
			encoding: 'utf-8',
			sha256: 'x',
			blocks: [{ kind: 'paragraph', start: 0, end: original.length }],
			sentences: [
				sentence('s1', 0, 4, texts[0]),
				sentence('s2', 5, 9, texts[1]),
				sentence('s3', 10, 16, texts[2])
			],
			title: null,
			provenance: { kind: 'original' },
			version: 1,
			userModified: texts.some((t) => t !== undefined),
			importedAt: 1,
			updatedBy: 'tom',
			updatedAt: 1,
			device: 'laptop'
		}) as unknown as RenderingDoc;

	/** Both devices start from one rendering, each corrects it offline, then they sync. */
	async function corrected(
		onLaptop: Array<string | undefined>,
		onPhone: Array<string | undefined>
	) {
		const server = newDb();
		const laptop = newDb();
		const phone = newDb();
		const first = await laptop.bulkDocs([rendering()]);
		const rev = first[0].rev!;
		await laptop.replicate.to(server);
		await server.replicate.to(phone);
		const edit = (texts: Array<string | undefined>, device: string, at: number) => ({
			...rendering(texts),
			_rev: rev,
			device,
			importedAt: at, // per-device: never a reason to ask
			updatedAt: at
		});
		await laptop.bulkDocs([edit(onLaptop, 'laptop', 20)]);
		await phone.bulkDocs([edit(onPhone, 'phone', 30)]);
		for (const db of [laptop, phone]) await db.replicate.to(server);
		for (const db of [laptop, phone]) await server.replicate.to(db);
		const read = async (db: Db, device: string) => {
			const doc = (await db.get('rendering:a1:en', {
				conflicts: true,
				revs: true
			})) as unknown as RenderingDoc & { _revisions: RevHistory };
			const leaves = await Promise.all(
				(doc._conflicts ?? []).map(
					(r) =>
						db.get('rendering:a1:en', { rev: r, revs: true }) as unknown as Promise<
							RenderingDoc & { _revisions: RevHistory }
						>
				)
			);
			const conflict = conflictOf(doc, leaves, device)!;
			const at = commonAncestor(doc._revisions, leaves[0]._revisions);
			const ancestor = at
				? ((await db.get('rendering:a1:en', { rev: at })) as unknown as RenderingDoc)
				: undefined;
			return textConflict(conflict, ancestor);
		};
		return { server, laptop, phone, read };
	}

	it('keeps corrections of different sentences from both devices without asking', async () => {
		const { laptop, read } = await corrected(['One!'], [undefined, undefined, 'Three!']);
		const text = await read(laptop, 'laptop');
		expect(text.whole).toBe(false);
		expect(text.clashes).toEqual([]);
		const [merged] = resolveText(text, 'mine', {
			updatedBy: 'tom',
			updatedAt: 40,
			device: 'laptop'
		}) as RenderingDoc[];
		expect(merged.sentences.map((s) => s.text)).toEqual(['One!', undefined, 'Three!']);
	});

	it('shows one sentence corrected differently as mine and theirs; either choice keeps the rest, and both devices converge', async () => {
		const { server, laptop, phone, read } = await corrected(
			['One!', 'Two (laptop)'],
			[undefined, 'Two (phone)', 'Three!']
		);
		const onLaptop = await read(laptop, 'laptop');
		const onPhone = await read(phone, 'phone');
		expect(onLaptop.clashes).toEqual([
			{ sentenceId: 's2', mine: 'Two (laptop)', theirs: 'Two (phone)' }
		]);
		expect(onPhone.clashes).toEqual([
			{ sentenceId: 's2', mine: 'Two (phone)', theirs: 'Two (laptop)' }
		]);

		const writes = resolveText(onPhone, 'theirs', {
			updatedBy: 'tom',
			updatedAt: 50,
			device: 'phone'
		});
		await phone.bulkDocs(writes);
		await phone.replicate.to(server);
		await server.replicate.to(laptop);
		for (const db of [laptop, phone]) {
			const doc = (await db.get('rendering:a1:en', { conflicts: true })) as unknown as RenderingDoc;
			expect(doc._conflicts ?? []).toEqual([]);
			expect(doc.sentences.map((s) => s.text)).toEqual(['One!', 'Two (laptop)', 'Three!']);
		}
	});

	it('without the revision both started from, every differing sentence is a question', () => {
		const mine = { ...rendering(['One!']), _rev: '2-a' };
		const theirs = { ...rendering([undefined, undefined, 'Three!']), _rev: '2-b', device: 'phone' };
		const text = textConflict({ id: mine._id, winnerRev: '2-b', mine, theirs });
		expect(text.clashes.map((c) => [c.sentenceId, c.mine, c.theirs])).toEqual([
			['s1', 'One!', 'One.'],
			['s3', 'Three.', 'Three!']
		]);
	});
});
