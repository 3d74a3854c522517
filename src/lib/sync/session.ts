/**
 * Logging in to a CouchDB server with a session cookie (`_session`): the password goes to the
 * server once and is never kept; the browser keeps the cookie, and "Stop syncing" deletes it.
 */

export type SyncProblem =
	'wrongPassword' | 'unreachable' | 'forbidden' | 'signedOut' | 'unexpected';

export class SyncError extends Error {
	constructor(readonly problem: SyncProblem) {
		super(problem);
	}
}

export interface SessionUser {
	name: string;
	roles: string[];
}

/** The database every device syncs with on the server. */
export const LIBRARY_DB = 'triptych';

/** The server's base URL, absolute (a same-origin path like `/couchdb` is resolved), no trailing slash. */
export function serverUrl(address: string, base = globalThis.location?.href): string {
	return new URL(address.trim(), base).href.replace(/\/+$/, '');
}

async function call(url: string, init: RequestInit): Promise<Response> {
	try {
		return await fetch(url, {
			...init,
			credentials: 'include',
			headers: { accept: 'application/json', ...(init.headers ?? {}) }
		});
	} catch {
		throw new SyncError('unreachable');
	}
}

/** Logs in; the server answers with the session cookie. */
export async function logIn(server: string, name: string, password: string): Promise<SessionUser> {
	const response = await call(`${server}/_session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name, password })
	});
	if (response.status === 401) throw new SyncError('wrongPassword');
	if (!response.ok) throw new SyncError(response.status >= 500 ? 'unreachable' : 'unexpected');
	const body = (await response.json()) as { name?: string; roles?: string[] };
	return { name: body.name ?? name, roles: body.roles ?? [] };
}

/** Who the session cookie says we are, or null when it has expired or was never there. */
export async function currentUser(server: string): Promise<SessionUser | null> {
	const response = await call(`${server}/_session`, { method: 'GET' });
	if (!response.ok) throw new SyncError(response.status >= 500 ? 'unreachable' : 'unexpected');
	const body = (await response.json()) as { userCtx?: { name: string | null; roles: string[] } };
	const ctx = body.userCtx;
	return ctx?.name ? { name: ctx.name, roles: ctx.roles } : null;
}

/** Forgets the session on the server and in the browser (the cookie is cleared by the answer). */
export async function logOut(server: string): Promise<void> {
	await call(`${server}/_session`, { method: 'DELETE' }).catch(() => undefined);
}

/** Whether the user may read the library: a member role (reader or translator) on the server. */
export async function checkAccess(server: string): Promise<void> {
	const response = await call(`${server}/${LIBRARY_DB}`, { method: 'GET' });
	if (response.status === 401) throw new SyncError('signedOut');
	if (response.status === 403) throw new SyncError('forbidden');
	if (!response.ok) throw new SyncError(response.status >= 500 ? 'unreachable' : 'unexpected');
}

/** What a replication error means for the user. */
export function problemOf(error: unknown): SyncProblem {
	if (error instanceof SyncError) return error.problem;
	const status = (error as { status?: number } | undefined)?.status;
	if (status === 401) return 'signedOut';
	if (status === 403) return 'forbidden';
	return 'unreachable';
}
