/**
 * First sync of a 1,000-article library against the local dev server (CouchDB API): the bundled
 * articles copied under new ids, mapped to documents as the app maps them, replicated by PouchDB
 * (what the app's replica does) from a device to the server (a translator's first sync), then
 * from the server to an empty device (a new device's first sync). Node, in memory on both sides;
 * figures, not assertions.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Article, Lang, Rendering } from '../../lib/core/types';
import type { BundleManifest, PreparedArticle } from '../../lib/db/bundle';
import { articleToDoc, renderingToDoc } from '../../lib/sync/library';
import { rowsToDocs } from '../../lib/sync/rows';
import { setupServer } from '../../../scripts/sync-setup';
import { printTable } from './_table';

export const title = 'Sync: first sync of a 1,000-article library (local dev server)';

const ARTICLES = 1000;
const require = createRequire(import.meta.url);

/** The bundled articles copied under new ids up to `count` articles, as the app's documents. */
export function library(count = ARTICLES): object[] {
	const corpus = join(process.cwd(), 'static', 'corpus');
	const manifest = JSON.parse(
		readFileSync(join(corpus, 'manifest.json'), 'utf8')
	) as BundleManifest;
	const stamp = { updatedBy: 'tom', updatedAt: Date.now(), device: 'bench' };
	const docs: object[] = [];
	for (let k = 0; docs.length === 0 || k * manifest.articles.length < count; k++) {
		for (const entry of manifest.articles) {
			if (k * manifest.articles.length + manifest.articles.indexOf(entry) >= count) break;
			if (!entry.prepared) continue;
			const prepared = JSON.parse(
				readFileSync(join(corpus, entry.prepared.file), 'utf8')
			) as PreparedArticle;
			const id = `${entry.id}-${k}`;
			const article: Article = { id, origin: 'import', createdAt: 1, updatedAt: 1 };
			const renderings: Rendering[] = entry.renderings.map((r) => {
				const p = prepared.renderings[r.lang as Lang]!;
				return {
					id: `${id}:${r.lang}`,
					articleId: id,
					lang: r.lang,
					original: readFileSync(join(corpus, r.file), 'utf8'),
					encoding: 'utf-8',
					sha256: r.sha256,
					blocks: p.blocks,
					sentences: p.sentences,
					title: p.title,
					provenance: r.provenance,
					version: 1,
					userModified: false,
					importedAt: 1,
					updatedAt: 1
				} as Rendering;
			});
			const basis = Object.fromEntries(renderings.map((r) => [r.lang, 1]));
			docs.push(articleToDoc(article, basis, stamp));
			docs.push(...renderings.map((r) => renderingToDoc(r, stamp)));
			docs.push(...rowsToDocs(id, prepared.rows, [], stamp).put);
		}
	}
	return docs;
}

/** The dev server in memory on a free port, prepared with a translator and a reader. */
export async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
	const server = spawn(
		process.execPath,
		[
			...['--import', 'tsx', 'scripts/sync-server.ts'],
			...['--port', '0', '--admin', 'admin:admin', '--until-stdin-closes']
		],
		{ stdio: ['pipe', 'pipe', 'inherit'] }
	);
	let out = '';
	let url = '';
	for await (const chunk of server.stdout!) {
		out += chunk;
		const found = /at (http:\S+?)\/?\s/.exec(out);
		if (found) {
			url = found[1];
			break;
		}
	}
	server.stdout!.resume();
	const stop = async () => {
		if (server.exitCode !== null || server.signalCode !== null) return;
		server.kill('SIGTERM');
		await once(server, 'exit');
	};
	try {
		await setupServer({
			url,
			admin: { name: 'admin', password: 'admin' },
			users: [
				{ name: 'tom', password: 'tom-pw', role: 'translator' },
				{ name: 'rita', password: 'rita-pw', role: 'reader' }
			]
		});
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, stop };
}

/** PouchDB for Node: in memory, and the server over HTTP. */
export function nodePouch() {
	return require('pouchdb-core')
		.plugin(require('pouchdb-adapter-memory'))
		.plugin(require('pouchdb-adapter-http'))
		.plugin(require('pouchdb-replication'));
}

export async function run(): Promise<void> {
	const { url, stop } = await startServer();
	try {
		const PouchDB = nodePouch();
		const remote = new PouchDB(`${url}/triptych`, {
			skip_setup: true,
			auth: { username: 'tom', password: 'tom-pw' }
		});
		const docs = library();
		const bytes = docs.reduce((n: number, d) => n + Buffer.byteLength(JSON.stringify(d)), 0);
		const laptop = new PouchDB('bench-laptop');
		await laptop.bulkDocs(docs);

		let t = performance.now();
		const push = await laptop.replicate.to(remote, { batch_size: 200 });
		const pushMs = performance.now() - t;
		const phone = new PouchDB('bench-phone');
		t = performance.now();
		const pull = await phone.replicate.from(remote, { batch_size: 200 });
		const pullMs = performance.now() - t;
		const articles = new Set(docs.map((d) => (d as { articleId?: string }).articleId)).size;
		printTable(
			['direction', 'articles', 'documents', 'JSON MB', 'seconds', 'docs/s'],
			[
				['device → server', push.docs_written, pushMs],
				['server → new device', pull.docs_written, pullMs]
			].map(([name, written, ms]) => [
				String(name),
				String(articles),
				String(written),
				(bytes / 1e6).toFixed(1),
				((ms as number) / 1000).toFixed(1),
				String(Math.round((written as number) / ((ms as number) / 1000)))
			])
		);
	} finally {
		await stop();
	}
}
