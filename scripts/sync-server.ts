/**
 * A CouchDB-compatible server for development and tests: `npm run sync-server -- --port N
 * [--dir DIR] [--admin USER:PASSWORD] [--host HOST] [--until-stdin-closes]`. In memory unless
 * `--dir` is given.
 *
 * Built from the parts `pouchdb-server` 4.2.0 is made of (express-pouchdb in its full CouchDB mode:
 * `_users`, `_session`, `_security`, `validate_doc_update`), assembled here rather than through
 * its command line for three reasons: CORS must allow the app on localhost/127.0.0.1 at ANY port
 * with credentials (the stock CORS middleware only matches exact origins), SIGTERM must end the
 * process cleanly (the stock one only handles SIGINT), and tests need the bound URL (port 0).
 *
 * The CouchDB config file (admins, CORS, auth secret) is written at start-up, before the server
 * reads it: express-pouchdb only applies CORS settings read at start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

export interface SyncServerOptions {
	/** 0 picks a free port; the bound one is in the returned URL. */
	port: number;
	host?: string;
	/** On-disk storage (LevelDB) in this directory; in memory when absent. */
	dir?: string;
	/** The server admin, `{ name, password }`; without one the server would be an "admin party". */
	admin: { name: string; password: string };
}

export interface SyncServer {
	/** e.g. `http://127.0.0.1:5991/` */
	url: string;
	close(): Promise<void>;
}

/** The app's origins in development and tests: the local host names on any port. */
export const DEV_ORIGINS = 'http://localhost:*, http://127.0.0.1:*, http://[::1]:*';

const CORS_HEADERS =
	'accept, authorization, content-type, origin, referer, if-match, x-requested-with';

/**
 * `http://localhost:*` matches that host on every port; other entries match exactly; `*` matches
 * every origin (CouchDB's own syntax, which forbids `*` together with credentials).
 */
export function originMatcher(origins: string): (origin: string) => boolean {
	const entries = origins
		.split(',')
		.map((o) => o.trim())
		.filter(Boolean);
	return (origin) =>
		entries.some((entry) => {
			if (entry === '*') return true;
			if (!entry.endsWith(':*')) return entry === origin;
			const prefix = entry.slice(0, -1);
			return origin.startsWith(prefix) && /^\d{1,5}$/.test(origin.slice(prefix.length));
		});
}

interface CouchConfig {
	get(section: string, key: string): unknown;
}

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function corsMiddleware(config: CouchConfig): Handler {
	const corser = require('corser');
	const text = (section: string, key: string) => String(config.get(section, key) ?? '');
	if (config.get('httpd', 'enable_cors') !== true) return (_req, _res, next) => next();
	const allowed = originMatcher(text('cors', 'origins'));
	return corser.create({
		methods: text('cors', 'methods').split(/,\s*/),
		supportsCredentials: config.get('cors', 'credentials') === true,
		requestHeaders: text('cors', 'headers').split(/,\s*/),
		responseHeaders: corser.simpleResponseHeaders.concat(['ETag']),
		origins: (origin: string, callback: (err: null, allow: boolean) => void) =>
			callback(null, allowed(origin))
	});
}

interface UserCtx {
	name: string | null;
	roles: string[];
}
interface UserDoc {
	_id: string;
	name?: string;
	roles?: string[];
}
type DbWrapper = (name: string, db: object, next: () => unknown) => unknown;
interface WriteArgs {
	base: { get(id: string): Promise<UserDoc> };
	options?: { userCtx?: UserCtx };
}

interface RouterLayer {
	route?: { path: string; methods: Record<string, boolean> };
	handle: unknown;
}

/**
 * express-pouchdb looks up a database's `_security` in a middleware registered after its
 * `_bulk_docs`, `_bulk_get`, `_all_docs`, `_changes` and `_revs_diff` routes, so on those
 * `validate_doc_update` got an empty security object and refused every member's bulk write —
 * the way replication writes. CouchDB passes it on every write: move the lookup up to just after
 * the database is resolved (`/:db`, `/:db/*`).
 */
function securityBeforeRoutes(pouchApp: { _router: { stack: RouterLayer[] } }) {
	const stack = pouchApp._router.stack;
	const lookups = stack.filter(
		(layer) => !layer.route && String(layer.handle).includes('couchSecurityObj = secObj')
	);
	const resolved = stack.findIndex(
		// `app.all('/:db')`, which resolves the database (every method)
		(layer) => layer.route?.path === '/:db' && Object.keys(layer.route.methods).length > 8
	);
	if (lookups.length !== 2 || resolved < 0)
		throw new Error('sync server: express-pouchdb routes are not as expected');
	for (const layer of lookups) stack.splice(stack.indexOf(layer), 1);
	stack.splice(resolved + 1, 0, ...lookups);
}

/**
 * pouchdb-server lets a logged-in user rewrite their own `_users` document, roles included
 * (express-pouchdb makes them `_admin` for that document, so `_design/_auth` lets it through):
 * a reader could make themselves a translator.
 * CouchDB forbids it; so do we: besides admins, a user may only write their own user document
 * with the roles it already has (a password change).
 */
function guardUsersDb(pouchApp: {
	dbWrapper: { _wrappers: DbWrapper[] };
	couchConfig: { getSection(name: string): Record<string, string> | undefined };
}) {
	const wrappers = require('pouchdb-wrappers');
	const bulkDocsWrapper = require('pouchdb-bulkdocs-wrapper');
	const PluginError = require('pouchdb-plugin-error');
	const serverAdmins = () => Object.keys(pouchApp.couchConfig.getSection('admins') ?? {});
	const check = async (doc: UserDoc, args: WriteArgs) => {
		const ctx = args.options?.userCtx;
		// Not `roles.includes('_admin')`: express-pouchdb lends that role to a user on their own
		// user document (so they can read it), which is exactly the write to check.
		if (!ctx || (ctx.name !== null && serverAdmins().includes(ctx.name))) return;
		const old = await args.base.get(doc._id).catch(() => null);
		const roles = (d: UserDoc | null) => JSON.stringify([...(d?.roles ?? [])].sort());
		if (!old || old.name !== ctx.name || doc.name !== ctx.name || roles(old) !== roles(doc)) {
			throw new PluginError({
				status: 403,
				name: 'forbidden',
				message: 'Only admins create users or change roles'
			});
		}
	};
	const single = (orig: () => Promise<unknown>, args: WriteArgs & { doc: UserDoc }) =>
		check(args.doc, args).then(orig);
	// The authentication wrapper ends the chain for `_users` without calling `next`: this one goes
	// first and installs itself once the others are in place, so it runs outermost.
	pouchApp.dbWrapper._wrappers.unshift((name, db, next) =>
		Promise.resolve(next()).then(() => {
			if (name !== '_users') return;
			wrappers.installWrapperMethods(db, {
				put: single,
				post: single,
				bulkDocs: bulkDocsWrapper(check)
			});
		})
	);
}

/**
 * pouchdb-validation overwrites an incoming document's `_revisions` with the stored document's
 * before it calls `validate_doc_update` (and writes it that way), so a replicated update
 * (`new_edits: false`, the revision history in `_revisions`) became a no-op: the server answered
 * `[]` and kept the old revision. CouchDB keeps the history it was sent; so do we, by making
 * each incoming `_revisions` ignore that assignment, before express-pouchdb sees the request.
 */
function keepReplicatedHistory() {
	const json = require('body-parser').json({ limit: '64mb' });
	const protect = (req: { body?: { docs?: unknown } }, _res: unknown, next: () => void) => {
		const docs = req.body?.docs;
		if (Array.isArray(docs)) {
			for (const doc of docs as Array<Record<string, unknown>>) {
				if (!doc || typeof doc !== 'object' || !('_revisions' in doc)) continue;
				const history = doc._revisions;
				Object.defineProperty(doc, '_revisions', {
					get: () => history,
					set: () => undefined,
					enumerable: true,
					configurable: true
				});
			}
		}
		next();
	};
	// Parsed here (express-pouchdb's own parser then leaves the body as it is).
	return [json, protect];
}

/** Reads the config file if there is one and sets what this server needs; returns its path. */
function writeConfig(configDir: string, admin: SyncServerOptions['admin']): string {
	const path = join(configDir, 'config.json');
	const config: Record<string, Record<string, unknown>> = existsSync(path)
		? JSON.parse(readFileSync(path, 'utf8'))
		: {};
	const section = (name: string) => (config[name] ??= {});
	// A plain-text admin password is hashed by the server when it loads the file.
	const admins = section('admins');
	if (
		typeof admins[admin.name] !== 'string' ||
		!String(admins[admin.name]).startsWith('-pbkdf2-')
	) {
		admins[admin.name] = admin.password;
	}
	// Kept across restarts of an on-disk server, so session cookies stay valid.
	section('couch_httpd_auth').secret ??= randomBytes(16).toString('hex');
	section('httpd').enable_cors = true;
	Object.assign(section('cors'), {
		credentials: true,
		origins: DEV_ORIGINS,
		methods: 'GET, PUT, POST, HEAD, DELETE, COPY',
		headers: CORS_HEADERS
	});
	Object.assign(section('log'), { file: join(configDir, 'log.txt'), level: 'warning' });
	writeFileSync(path, JSON.stringify(config, null, 2) + '\n');
	return path;
}

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
	const host = options.host ?? '127.0.0.1';
	const dataDir = options.dir ? resolve(options.dir) : undefined;
	const configDir = dataDir ?? mkdtempSync(join(tmpdir(), 'triptych-sync-'));
	mkdirSync(configDir, { recursive: true });
	const configPath = writeConfig(configDir, options.admin);

	const express = require('express');
	const expressPouchDB = require('express-pouchdb');
	let PouchDB = require('pouchdb-core')
		.plugin(require('pouchdb-adapter-http'))
		.plugin(require('pouchdb-replication'))
		.plugin(require('pouchdb-mapreduce'));
	if (dataDir) {
		// LevelDB through leveldown's prebuilt binary (linux/macOS/windows x64 and arm64).
		PouchDB = PouchDB.plugin(require('pouchdb-adapter-leveldb')).defaults({
			prefix: dataDir + sep
		});
	} else {
		PouchDB = PouchDB.plugin(require('pouchdb-adapter-memory'));
	}
	const pouchApp = expressPouchDB({ configPath, logPath: join(configDir, 'log.txt') });
	guardUsersDb(pouchApp);
	securityBeforeRoutes(pouchApp);
	const app = express();
	app.use(corsMiddleware(pouchApp.couchConfig));
	app.post('/:db/_bulk_docs', ...keepReplicatedHistory());
	app.use(pouchApp);
	await pouchApp.setPouchDB(PouchDB);

	const server: Server = await new Promise((ok, fail) => {
		const s: Server = app.listen(options.port, host, () => ok(s));
		s.once('error', fail);
	});
	const port = (server.address() as AddressInfo).port;
	const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
	return {
		url,
		close: () =>
			new Promise<void>((done) => {
				server.close(() => {
					if (!dataDir) rmSync(configDir, { recursive: true, force: true });
					done();
				});
				// Open _changes feeds and keep-alive sockets would otherwise hold the close.
				server.closeAllConnections();
			})
	};
}

function parseArgs(argv: string[]): SyncServerOptions {
	const value = (flag: string) => {
		const i = argv.indexOf(flag);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const port = Number(value('--port') ?? 5990);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		throw new Error('--port must be a port number');
	const [name, ...rest] = (value('--admin') ?? process.env.SYNC_ADMIN ?? 'admin:admin').split(':');
	if (!name || rest.length === 0) throw new Error('--admin must be USER:PASSWORD');
	return {
		port,
		host: value('--host'),
		dir: value('--dir'),
		admin: { name, password: rest.join(':') }
	};
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	const server = await startSyncServer(options);
	const storage = options.dir ? `on disk in ${resolve(options.dir)}` : 'in memory';
	console.log(
		`Sync server (CouchDB API) at ${server.url} — ${storage}, admin "${options.admin.name}"`
	);
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		server.close().then(() => process.exit(0));
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	// For test runners: a parent that dies without cleaning up closes the pipe, and we go too.
	if (process.argv.includes('--until-stdin-closes')) {
		process.stdin.on('end', stop).on('error', stop).resume();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	main().catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
