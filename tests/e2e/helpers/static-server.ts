/**
 * A minimal static host for a build folder, the way a real deployment serves the app: files as
 * they are, `/route` from `route.html`, anything else from the `200.html` SPA fallback, and
 * `no-cache` so the browser's update check always sees what is deployed now. Used by the update
 * test to swap one build for another at the same origin.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

export interface StaticServer {
	close(): Promise<void>;
}

async function firstFile(root: string, candidates: string[]): Promise<[string, Buffer] | null> {
	for (const candidate of candidates) {
		try {
			return [candidate, await readFile(join(root, candidate))];
		} catch {
			// try the next one
		}
	}
	return null;
}

export function serveStatic(root: string, port: number): Promise<StaticServer> {
	const server: Server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		const candidates =
			path === '/' ? ['index.html'] : [path, `${path}.html`, join(path, 'index.html')];
		void firstFile(root, [...candidates, '200.html']).then((found) => {
			if (!found) {
				res.writeHead(404).end();
				return;
			}
			const [file, body] = found;
			res.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
				'cache-control': 'no-cache'
			});
			res.end(body);
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, 'localhost', () =>
			resolve({
				close: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					})
			})
		);
	});
}
