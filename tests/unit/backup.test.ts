import { describe, expect, it } from 'vitest';
import {
	BACKUP_MIGRATIONS,
	type BackupMigration,
	BACKUP_VERSION,
	BackupError,
	createBackup,
	decodeBase64,
	encodeBase64,
	migrateBackup,
	parseBackup,
	readBackup,
	type BackupErrorCode,
	type LibrarySnapshot
} from '../../src/lib/core/backup';
import { sampleLibrary } from '../fixtures/tmx/sample-library';

const CREATED = '2024-01-11T10:00:00.000Z';

function errorCode(run: () => unknown): BackupErrorCode | 'no error' {
	try {
		run();
		return 'no error';
	} catch (err) {
		expect(err).toBeInstanceOf(BackupError);
		return (err as BackupError).code;
	}
}

/** The same data as it might come back from IndexedDB: other order, other key order. */
function shuffled(data: LibrarySnapshot): LibrarySnapshot {
	const reverseKeys = <T>(value: T): T => {
		if (Array.isArray(value)) return value.map(reverseKeys) as T;
		if (value instanceof Uint8Array) return new Uint8Array(value) as T;
		if (value && typeof value === 'object') {
			return Object.fromEntries(
				Object.entries(value)
					.reverse()
					.map(([k, v]) => [k, reverseKeys(v)])
			) as T;
		}
		return value;
	};
	const copy = reverseKeys(data);
	return {
		articles: [...copy.articles].reverse(),
		renderings: [...copy.renderings].reverse(),
		alignments: [...copy.alignments].reverse(),
		revisions: [...copy.revisions].reverse(),
		bundledOffers: [...copy.bundledOffers].reverse(),
		settings: [...copy.settings].reverse(),
		reports: [...copy.reports].reverse()
	};
}

/** Edits the JSON of a valid backup and returns the new text. */
function tamper(edit: (doc: Record<string, any>) => void): string {
	const doc = JSON.parse(createBackup(sampleLibrary(), { createdAt: CREATED }));
	edit(doc);
	return JSON.stringify(doc);
}

describe('createBackup', () => {
	it('writes the format, version and creation time first', () => {
		const text = createBackup(sampleLibrary(), { createdAt: CREATED });
		expect(text).toMatch(
			/^\{\n\t"format": "triptych-backup",\n\t"version": 2,\n\t"createdAt": "2024-01-11T10:00:00.000Z",\n\t"articles": /
		);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('sorts collections by id and keys by name, whatever order the data comes in', () => {
		const data = sampleLibrary();
		const text = createBackup(data, { createdAt: CREATED });
		expect(createBackup(shuffled(data), { createdAt: CREATED })).toBe(text);
		const doc = JSON.parse(text);
		expect(doc.articles.map((a: { id: string }) => a.id)).toEqual(['002_8b8535d9ee745d2b', 'a1']);
		expect(doc.settings.map((s: { key: string }) => s.key)).toEqual([
			'columns',
			'fontScale',
			'theme'
		]);
		expect(Object.keys(doc.articles[0])).toEqual(['createdAt', 'id', 'origin', 'updatedAt']);
	});

	it('stores original bytes as base64', () => {
		const doc = JSON.parse(createBackup(sampleLibrary(), { createdAt: CREATED }));
		const ru = doc.renderings.find((r: { id: string }) => r.id === '002_8b8535d9ee745d2b:ru');
		expect(ru.originalBytes).toBe('0eDs7OjyAP8K');
	});
});

describe('backup round trip', () => {
	it('create → parse → create is byte-identical', () => {
		const first = createBackup(sampleLibrary(), { createdAt: CREATED });
		const restored = parseBackup(first);
		expect(createBackup(restored, { createdAt: CREATED })).toBe(first);
	});

	it('restores every table with the same values', () => {
		const data = sampleLibrary();
		const restored = parseBackup(createBackup(data, { createdAt: CREATED }));
		const byId = <T extends { id: string }>(list: T[]) =>
			[...list].sort((a, b) => (a.id < b.id ? -1 : 1));
		expect(byId(restored.articles)).toEqual(byId(data.articles));
		expect(byId(restored.renderings)).toEqual(byId(data.renderings));
		expect(restored.alignments).toHaveLength(2);
		expect(restored.alignments.find((a) => a.articleId === 'a1')).toEqual(data.alignments[0]);
		expect(restored.revisions).toEqual(data.revisions);
		expect(restored.bundledOffers).toEqual(data.bundledOffers);
		expect(byId(restored.reports)).toEqual(byId(data.reports));
		expect(restored.settings).toContainEqual({
			key: 'columns',
			value: { hidden: [], order: ['en', 'hy', 'ru'] }
		});
		const bytes = restored.renderings.find(
			(r) => r.id === '002_8b8535d9ee745d2b:ru'
		)?.originalBytes;
		expect(bytes).toBeInstanceOf(Uint8Array);
		expect([...bytes!]).toEqual([0xd1, 0xe0, 0xec, 0xec, 0xe8, 0xf2, 0, 255, 10]);
	});

	it('keeps the verbatim texts, including U+FEFF, CRLF and corrected sentences', () => {
		const data = sampleLibrary();
		data.renderings[0].original = '\uFEFF' + data.renderings[0].original;
		const restored = parseBackup(createBackup(data, { createdAt: CREATED }));
		const en = restored.renderings.find((r) => r.id === 'a1:en')!;
		expect(en.original.startsWith('\uFEFFCSTO')).toBe(true);
		expect(en.original).toContain('Line one\r\nline two');
		const ru = restored.renderings.find((r) => r.id === 'a1:ru')!;
		expect(ru.sentences[4].text).toBe('Строка\u0001 один,\u000b строка\uFFFE два\uD800.');
	});

	it('keeps fields it does not know, so nothing is lost on the way through', () => {
		const text = tamper((doc) => {
			doc.articles[0].futureField = { nested: true };
		});
		const restored = parseBackup(text);
		expect((restored.articles[0] as unknown as Record<string, unknown>).futureField).toEqual({
			nested: true
		});
	});

	it('reports when the backup was made and its version', () => {
		const info = readBackup(createBackup(sampleLibrary(), { createdAt: CREATED }));
		expect(info.createdAt).toBe(CREATED);
		expect(info.version).toBe(BACKUP_VERSION);
	});

	it('handles an empty library', () => {
		const empty: LibrarySnapshot = {
			articles: [],
			renderings: [],
			alignments: [],
			revisions: [],
			bundledOffers: [],
			settings: [],
			reports: []
		};
		const text = createBackup(empty, { createdAt: CREATED });
		expect(parseBackup(text)).toEqual(empty);
	});
});

describe('parseBackup refuses', () => {
	it('a backup from a newer version', () => {
		expect(errorCode(() => parseBackup(tamper((d) => (d.version = BACKUP_VERSION + 1))))).toBe(
			'newer-version'
		);
		const err = new BackupError('newer-version');
		expect(err.localeKey).toBe('backup.error.newer-version');
	});

	it('text that is not JSON, and JSON that is not a backup', () => {
		expect(errorCode(() => parseBackup('{"format": "triptych-backup",'))).toBe('malformed');
		expect(errorCode(() => parseBackup(''))).toBe('malformed');
		expect(errorCode(() => parseBackup('[1, 2]'))).toBe('not-backup');
		expect(errorCode(() => parseBackup('null'))).toBe('not-backup');
		expect(errorCode(() => parseBackup('{"format": "other", "version": 1}'))).toBe('not-backup');
	});

	it.each<[string, (doc: Record<string, any>) => void]>([
		['a bad version', (d) => (d.version = '1')],
		['a negative version', (d) => (d.version = -1)],
		['a missing createdAt', (d) => delete d.createdAt],
		['a missing table', (d) => delete d.revisions],
		['an article with an unknown origin', (d) => (d.articles[0].origin = 'web')],
		['a rendering of an unknown language', (d) => (d.renderings[0].lang = 'de')],
		['a rendering of a missing article', (d) => (d.renderings[0].articleId = 'nope')],
		['a sentence span past the text', (d) => (d.renderings[0].sentences[0].end = 1e6)],
		['a sentence in a missing block', (d) => (d.renderings[0].sentences[0].block = 99)],
		[
			'a span running backwards',
			(d) => (d.renderings[0].blocks[0].start = 5) && (d.renderings[0].blocks[0].end = 4)
		],
		['original bytes that are not base64', (d) => (d.renderings[2].originalBytes = 'not base64!')],
		[
			'original bytes with bad padding bits',
			(d) => (d.renderings[2].originalBytes = '0eDs7OjyAP9=')
		],
		['a row with a bad status', (d) => (d.alignments[0].rows[0].status = 'done')],
		['a row with a string score', (d) => (d.alignments[0].rows[0].score = '1')],
		['a row with missing cells', (d) => delete d.alignments[0].rows[0].cells.hy],
		['a note without text', (d) => delete d.alignments[1].rows[1].notes[0].text],
		['an orphan note without a language', (d) => delete d.alignments[0].orphanNotes[0].lang],
		['a duplicate article', (d) => d.articles.push(d.articles[0])],
		['two alignments for one article', (d) => d.alignments.push(d.alignments[0])],
		['a revision of a missing rendering', (d) => (d.revisions[0].renderingId = 'x:en')],
		['an offer for a missing rendering', (d) => (d.bundledOffers[0].renderingId = 'x:en')],
		['a setting without a value', (d) => delete d.settings[0].value],
		['a duplicate setting', (d) => d.settings.push({ key: 'theme', value: 1 })],
		['a table that is not an array', (d) => (d.settings = { theme: 'dark' })],
		['a report with an unknown reason', (d) => (d.reports[0].reason = 'boring')],
		['a report on a missing article', (d) => (d.reports[0].articleId = 'nope')],
		['a report resolved by nobody', (d) => delete d.reports[1].resolution.by],
		['a duplicate report', (d) => d.reports.push(d.reports[0])]
	])('%s as malformed', (_name, edit) => {
		expect(errorCode(() => parseBackup(tamper(edit)))).toBe('malformed');
	});
});

describe('migrations', () => {
	it('restores a version 1 file (before reports) with no reports and everything else as it was', () => {
		const data = sampleLibrary();
		const doc = JSON.parse(createBackup(data, { createdAt: CREATED }));
		doc.version = 1;
		delete doc.reports;
		const { version, snapshot } = readBackup(JSON.stringify(doc));
		expect(version).toBe(1);
		expect(snapshot.reports).toEqual([]);
		expect(createBackup(snapshot, { createdAt: CREATED })).toBe(
			createBackup({ ...data, reports: [] }, { createdAt: CREATED })
		);
	});

	it('refuses a version 0 file: version 1 is the first format that shipped', () => {
		const doc = JSON.parse(createBackup(sampleLibrary(), { createdAt: CREATED }));
		doc.version = 0;
		expect(() => readBackup(JSON.stringify(doc))).toThrow(
			expect.objectContaining({ code: 'malformed' })
		);
	});

	it('walks a chain of steps one version at a time, without mutating its input', () => {
		// No step has shipped yet (version 1 is the first format): a worked example of one.
		const steps: BackupMigration[] = [
			{
				from: 1,
				description: 'settings as sorted { key, value } records',
				up: (doc) => ({
					...doc,
					version: 2,
					settings: Object.entries(doc.settings as Record<string, unknown>)
						.sort(([a], [b]) => (a < b ? -1 : 1))
						.map(([key, value]) => ({ key, value }))
				})
			}
		];
		expect(BACKUP_MIGRATIONS.map((m) => m.from)).toEqual(
			[...Array(BACKUP_VERSION - 1).keys()].map((i) => i + 1)
		);
		const v1 = { format: 'triptych-backup', version: 1, settings: { b: 2, a: 1 } };
		expect(migrateBackup(v1, 1, 2, steps)).toMatchObject({
			version: 2,
			settings: [
				{ key: 'a', value: 1 },
				{ key: 'b', value: 2 }
			]
		});
		expect(v1).toEqual({ format: 'triptych-backup', version: 1, settings: { b: 2, a: 1 } });
		expect(migrateBackup(v1, 1, 1)).toBe(v1);
		expect(() => migrateBackup(v1, 1, 3, steps)).toThrow(RangeError);
	});
});

describe('base64', () => {
	it('matches Node for every length and byte value', () => {
		for (let length = 0; length < 64; length++) {
			const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + length * 31) & 255);
			const encoded = encodeBase64(bytes);
			expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
			expect(decodeBase64(encoded)).toEqual(bytes);
		}
	});

	it('refuses anything but canonical padded base64', () => {
		for (const bad of ['a', 'abc', 'ab=c', 'ab c', '====', 'QQ', 'QR==', 'QQ=A']) {
			expect(decodeBase64(bad)).toBeUndefined();
		}
		expect(decodeBase64('QQ==')).toEqual(new Uint8Array([65]));
		expect(decodeBase64('')).toEqual(new Uint8Array([]));
	});
});
