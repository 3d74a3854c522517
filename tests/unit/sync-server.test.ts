/**
 * The dev sync server as a user of the app meets it: direct HTTP requests, as a forged client
 * would send them, against `scripts/sync-server.ts` started once for the file (a child process
 * on a free port) and prepared by `sync:setup`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer, type SetupOptions } from '../../scripts/sync-setup';
import { DESIGN_DOC_ID, DESIGN_VERSION } from '../../src/lib/sync/design';
import { newReport, resolveReport } from '../../src/lib/core/reports';
import { docToReport, reportToDoc } from '../../src/lib/sync/library';

const admin = { name: 'boss', password: 'boss-pw' };
const users: NonNullable<SetupOptions['users']> = [
	{ name: 'rita', password: 'rita-pw', role: 'reader' },
	{ name: 'tom', password: 'tom-pw', role: 'translator' }
];

let server: ChildProcess | undefined;
let url = '';

async function startServer(): Promise<string> {
	server = spawn(
		process.execPath,
		[
			...['--import', 'tsx', 'scripts/sync-server.ts'],
			...['--port', '0', '--admin', 'boss:boss-pw', '--until-stdin-closes']
		],
		// stdin stays open while this test runs: should the runner die, the server stops too.
		{ stdio: ['pipe', 'pipe', 'inherit'] }
	);
	let out = '';
	for await (const chunk of server.stdout!) {
		out += chunk;
		const found = /at (http:\S+\/)/.exec(out);
		if (found) return found[1];
	}
	throw new Error(`the sync server did not start: ${out}`);
}

beforeAll(async () => {
	url = await startServer();
	await setupServer({ url, admin, users });
}, 60_000);

afterAll(async () => {
	if (server && server.exitCode === null) {
		server.kill('SIGTERM');
		await once(server, 'exit');
	}
});

type Who = 'rita' | 'tom' | 'anonymous';
const passwords: Record<Who, string | undefined> = {
	rita: 'rita-pw',
	tom: 'tom-pw',
	anonymous: undefined
};

async function request(who: Who, method: string, path: string, body?: unknown) {
	const headers: Record<string, string> = { 'content-type': 'application/json' };
	const password = passwords[who];
	if (password) headers.authorization = 'Basic ' + btoa(`${who}:${password}`);
	const response = await fetch(url + path, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, json: (await response.json()) as Record<string, string> };
}
const put = (who: Who, doc: { _id: string } | ({ _id: string } & Record<string, unknown>)) =>
	request(who, 'PUT', `triptych/${encodeURIComponent(doc._id)}`, doc);

const now = 1_700_000_000_000;
function rowDoc(by: string, rowId = 'r1', extra: Record<string, unknown> = {}) {
	return {
		_id: `row:a1:${rowId}`,
		type: 'row',
		articleId: 'a1',
		rowId,
		order: 'V',
		cells: { en: ['e1'], hy: ['h1'], ru: ['r1'] },
		status: 'confirmed',
		score: 1,
		flagged: false,
		review: false,
		missing: [],
		notes: [],
		updatedBy: by,
		updatedAt: now,
		...extra
	};
}
function reportDoc(author: string, by: string, id: string, extra: Record<string, unknown> = {}) {
	return {
		_id: `report:${id}`,
		type: 'report',
		author,
		articleId: 'a1',
		rowId: 'r1',
		sentenceIds: ['e1', 'h1', 'r1'],
		reason: 'wrongMatch',
		comment: 'The Russian belongs to the next row',
		createdAt: now,
		state: 'open',
		updatedBy: by,
		updatedAt: now,
		...extra
	};
}

describe('the library database refuses what a role may not do', () => {
	it('refuses anonymous reads of the library', async () => {
		expect((await request('anonymous', 'GET', 'triptych/_all_docs')).status).toBe(401);
		expect((await request('rita', 'GET', 'triptych/_all_docs')).status).toBe(200);
	});

	it('lets a translator write a row and refuses the same write from a reader', async () => {
		const byReader = await put('rita', rowDoc('rita', 'r-reader'));
		expect(byReader.status).toBe(403);
		expect(byReader.json.reason).toMatch(/readers write only their own reports/);
		expect((await request('rita', 'GET', 'triptych/row%3Aa1%3Ar-reader')).status).toBe(404);
		expect((await put('tom', rowDoc('tom'))).status).toBe(201);
	});

	it('takes the app’s own report documents from their authors, and refuses a forged one', async () => {
		const filed = newReport({
			id: '9d3c1f0e-7a2b-4c5d-8e6f-1a2b3c4d5e6f',
			author: '', // filed before this device synced: claimed by the user who syncs it
			articleId: 'a1',
			row: { id: 'r1', cells: { en: ['e1'], hy: ['h1'], ru: ['r1'] } },
			reason: 'missingTranslation',
			comment: 'Հայերենը բացակայում է',
			now
		});
		const stamp = (by: string) => ({ updatedBy: by, updatedAt: now + 1, device: 'phone' });
		// The same report signed by rita but filed under tom's name: refused.
		const forged = { ...reportToDoc(filed, 'tom', stamp('rita')) };
		expect((await put('rita', forged)).status).toBe(403);
		const doc = reportToDoc(filed, 'rita', stamp('rita'));
		const created = await put('rita', doc);
		expect(created.status).toBe(201);
		// The translator resolves it in the app; the server takes it, under tom's name only.
		const resolved = resolveReport(filed, '', 'Added the Armenian sentence.', now + 2);
		const byTom = { ...reportToDoc(resolved, 'tom', stamp('tom')), author: 'rita' };
		const asAnn = {
			...byTom,
			_rev: created.json.rev,
			resolution: { ...byTom.resolution!, by: 'ann' }
		};
		expect((await put('tom', asAnn)).status).toBe(403);
		expect((await put('tom', { ...byTom, _rev: created.json.rev })).status).toBe(201);
		const stored = await request('rita', 'GET', `triptych/${encodeURIComponent(doc._id)}`);
		expect(docToReport(stored.json as never)).toMatchObject({
			id: filed.id,
			author: 'rita',
			state: 'resolved',
			resolution: { by: 'tom', reply: 'Added the Armenian sentence.' }
		});
	});

	it('lets a reader file their own report and refuses one forged under another name', async () => {
		expect((await put('rita', reportDoc('tom', 'rita', 'forged'))).status).toBe(403);
		expect((await put('rita', reportDoc('rita', 'tom', 'forged-by'))).status).toBe(403);
		expect((await put('rita', reportDoc('rita', 'rita', 'own'))).status).toBe(201);
	});

	it('refuses a translator writing a document under someone else as author', async () => {
		const revision = {
			_id: 'revision:v1',
			type: 'revision',
			revisionId: 'v1',
			renderingId: 'a1:en',
			sentenceId: 'e1',
			before: 'Teh cat.',
			after: 'The cat.',
			patch: '',
			createdAt: now,
			author: 'rita',
			updatedBy: 'tom',
			updatedAt: now
		};
		const forged = await put('tom', revision);
		expect(forged.status).toBe(403);
		expect(forged.json.reason).toMatch(/own name/);
		expect((await put('tom', { ...revision, author: 'tom' })).status).toBe(201);
	});

	it('refuses malformed and oversized documents', async () => {
		const unknown = await put('tom', { ...rowDoc('tom', 'x1'), _id: 'thing:x1', type: 'thing' });
		expect(unknown.status).toBe(403);
		const wrongId = await put('tom', { ...rowDoc('tom', 'x2'), _id: 'row:a1:other' });
		expect(wrongId.status).toBe(403);
		const noCells = await put('tom', { ...rowDoc('tom', 'x3'), cells: undefined });
		expect(noCells.status).toBe(403);
		const huge = rowDoc('tom', 'x4', { notes: [{ id: 'n', text: 'x'.repeat(70_000) }] });
		const oversized = await put('tom', huge);
		expect(oversized.status).toBe(403);
		expect(oversized.json.reason).toMatch(/limited to/);
	});

	it('refuses a translator replacing the design document that holds these rules', async () => {
		const current = await request('tom', 'GET', `triptych/${DESIGN_DOC_ID}`);
		const replaced = await request('tom', 'PUT', `triptych/${DESIGN_DOC_ID}`, {
			...current.json,
			validate_doc_update: 'function () {}'
		});
		expect([401, 403]).toContain(replaced.status);
		expect((await put('rita', rowDoc('rita', 'r-after'))).status).toBe(403);
	});

	it('lets only a translator resolve a report, keeping its author', async () => {
		const filed = await put('rita', reportDoc('rita', 'rita', 'to-resolve'));
		expect(filed.status).toBe(201);
		const resolution = { by: 'rita', at: now + 1, reply: 'done' };
		const byReader = await put('rita', {
			...reportDoc('rita', 'rita', 'to-resolve', { state: 'resolved', resolution }),
			_rev: filed.json.rev
		});
		expect(byReader.status).toBe(403);
		const byTranslator = await put('tom', {
			...reportDoc('rita', 'tom', 'to-resolve', {
				state: 'resolved',
				resolution: { by: 'tom', at: now + 1, reply: 'Moved the sentence' }
			}),
			_rev: filed.json.rev
		});
		expect(byTranslator.status).toBe(201);
		const stored = await request('rita', 'GET', 'triptych/report%3Ato-resolve');
		expect(stored.json).toMatchObject({ author: 'rita', state: 'resolved' });
	});
});

describe('users', () => {
	it('refuses a reader giving themselves the translator role', async () => {
		const path = `_users/${encodeURIComponent('org.couchdb.user:rita')}`;
		const own = await request('rita', 'GET', path);
		expect(own.status).toBe(200);
		const promoted = await request('rita', 'PUT', path, { ...own.json, roles: ['translator'] });
		expect(promoted.status).toBe(403);
		const session = await request('rita', 'GET', '_session');
		expect(session.json).toMatchObject({ userCtx: { name: 'rita', roles: ['reader'] } });
	});

	it('logs in with a session cookie, so the password is sent once', async () => {
		const login = await fetch(url + '_session', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'tom', password: 'tom-pw' })
		});
		expect(login.status).toBe(200);
		const cookie = /AuthSession=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
		expect(cookie).toBeDefined();
		const session = await fetch(url + '_session', { headers: { cookie: cookie! } });
		expect(await session.json()).toMatchObject({ userCtx: { name: 'tom' } });
	});
});

describe('the dev server and setup', () => {
	it('runs setup again without changing anything', async () => {
		const before = await request('tom', 'GET', `triptych/${DESIGN_DOC_ID}`);
		expect(await setupServer({ url, admin, users })).toEqual([]);
		const after = await request('tom', 'GET', `triptych/${DESIGN_DOC_ID}`);
		expect(after.json).toMatchObject({ version: DESIGN_VERSION, _rev: before.json._rev });
	});

	it('allows the app on any local port with credentials, and no other origin', async () => {
		const preflight = (origin: string) =>
			fetch(url + 'triptych', {
				method: 'OPTIONS',
				headers: { origin, 'access-control-request-method': 'PUT' }
			});
		const local = await preflight('http://localhost:4321');
		expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:4321');
		expect(local.headers.get('access-control-allow-credentials')).toBe('true');
		const foreign = await preflight('https://example.com');
		expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('stops cleanly on SIGTERM', async () => {
		server!.kill('SIGTERM');
		const [code] = await once(server!, 'exit');
		expect(code).toBe(0);
	});
});
