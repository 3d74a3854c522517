/**
 * Prepares a CouchDB 3 server (or the dev server) for a Triptych library, over its HTTP API:
 *
 *   npm run sync:setup -- --url URL --admin USER:PASSWORD [--db NAME]
 *                         [--user NAME:PASSWORD:reader|translator]…
 *
 * Creates the database (default `triptych`), makes it members-only (roles `reader`, `translator`),
 * installs or upgrades the design document `_design/triptych` (see src/lib/sync/design.ts) and
 * creates or updates users. Idempotent: what is already as wanted is left untouched.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { DESIGN_DOC_ID, DESIGN_VERSION, designDoc, type DesignDoc } from '../src/lib/sync/design';

export const ROLES = ['reader', 'translator'] as const;
export type Role = (typeof ROLES)[number];

export interface SetupUser {
	name: string;
	password: string;
	role: Role;
}

export interface SetupOptions {
	url: string;
	admin: { name: string; password: string };
	db?: string;
	users?: SetupUser[];
}

/** What setup did, one line per step, for the command's output and for tests. */
export type SetupReport = string[];

export class SetupError extends Error {}

const basic = (name: string, password: string) =>
	'Basic ' + Buffer.from(`${name}:${password}`, 'utf8').toString('base64');

export function securityObject() {
	return {
		admins: { names: [], roles: [] },
		members: { names: [], roles: [...ROLES] }
	};
}

export async function setupServer(options: SetupOptions): Promise<SetupReport> {
	const base = options.url.endsWith('/') ? options.url : options.url + '/';
	const db = options.db ?? 'triptych';
	const auth = basic(options.admin.name, options.admin.password);
	const report: SetupReport = [];

	async function call(method: string, path: string, body?: unknown, authorization = auth) {
		const response = await fetch(base + path, {
			method,
			headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
		return { status: response.status, json };
	}
	function fail(what: string, r: { status: number; json: Record<string, unknown> }): never {
		throw new SetupError(`${what}: HTTP ${r.status} ${r.json.error ?? ''} ${r.json.reason ?? ''}`);
	}

	const session = await call('GET', '_session');
	const roles = ((session.json.userCtx as { roles?: string[] })?.roles ?? []) as string[];
	if (session.status !== 200 || !roles.includes('_admin')) {
		throw new SetupError(
			`${options.admin.name} is not a server admin at ${base} (wrong password?)`
		);
	}

	// A fresh single-node CouchDB may lack the system databases until /_cluster_setup has run.
	for (const name of ['_users', db]) {
		const created = await call('PUT', encodeURIComponent(name));
		if (created.status === 201) report.push(`created database ${name}`);
		else if (created.status !== 412) fail(`creating ${name}`, created);
	}

	const wanted = securityObject();
	const security = await call('GET', `${db}/_security`);
	if (JSON.stringify(security.json) !== JSON.stringify(wanted)) {
		const put = await call('PUT', `${db}/_security`, wanted);
		if (put.status !== 200) fail('setting _security', put);
		report.push('set _security: members are readers and translators');
	}

	const design = designDoc();
	const existing = await call('GET', `${db}/${DESIGN_DOC_ID}`);
	const current = existing.status === 200 ? (existing.json as unknown as DesignDoc) : undefined;
	if (current && current.version > DESIGN_VERSION) {
		report.push(
			`design document is version ${current.version}, newer than ${DESIGN_VERSION}: left as it is`
		);
	} else if (
		!current ||
		current.version !== design.version ||
		current.validate_doc_update !== design.validate_doc_update
	) {
		const put = await call('PUT', `${db}/${DESIGN_DOC_ID}`, { ...design, _rev: current?._rev });
		if (put.status !== 201) fail('installing the design document', put);
		report.push(
			current
				? `upgraded design document ${current.version} → ${DESIGN_VERSION}`
				: `installed design document version ${DESIGN_VERSION}`
		);
	}

	for (const user of options.users ?? []) {
		const id = `org.couchdb.user:${user.name}`;
		const path = `_users/${encodeURIComponent(id)}`;
		const doc = await call('GET', path);
		if (doc.status === 200) {
			// Logging in as the user proves the password without reading or re-hashing it.
			const login = await call('GET', '_session', undefined, basic(user.name, user.password));
			const sameRoles = JSON.stringify(doc.json.roles) === JSON.stringify([user.role]);
			if (login.status === 200 && sameRoles) continue;
		}
		const put = await call('PUT', path, {
			...(doc.status === 200 ? doc.json : {}),
			_id: id,
			name: user.name,
			type: 'user',
			roles: [user.role],
			password: user.password
		});
		if (put.status !== 201 && put.status !== 202) fail(`saving user ${user.name}`, put);
		report.push(`${doc.status === 200 ? 'updated' : 'created'} user ${user.name} (${user.role})`);
	}
	return report;
}

export function parseSetupArgs(argv: string[]): SetupOptions {
	const values = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1] ?? ''] : []));
	const one = (flag: string) => values(flag)[0];
	const url = one('--url');
	const admin = one('--admin');
	if (!url || !admin) throw new SetupError('usage: --url URL --admin USER:PASSWORD');
	const split = admin.indexOf(':');
	if (split <= 0) throw new SetupError('--admin must be USER:PASSWORD');
	const users = values('--user').map((spec) => {
		const first = spec.indexOf(':');
		const last = spec.lastIndexOf(':');
		const role = spec.slice(last + 1);
		if (first <= 0 || last === first || !(ROLES as readonly string[]).includes(role)) {
			throw new SetupError(`--user must be NAME:PASSWORD:reader|translator, got "${spec}"`);
		}
		return {
			name: spec.slice(0, first),
			password: spec.slice(first + 1, last),
			role: role as Role
		};
	});
	return {
		url,
		admin: { name: admin.slice(0, split), password: admin.slice(split + 1) },
		db: one('--db'),
		users
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	try {
		const options = parseSetupArgs(process.argv.slice(2));
		const report = await setupServer(options);
		console.log(report.length ? report.join('\n') : 'already set up: nothing to change');
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
