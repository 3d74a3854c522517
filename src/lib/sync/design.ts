/**
 * The design document `_design/triptych` that makes the server, not only the UI, enforce who may
 * write what. Its `validate_doc_update` is plain ES5 source (CouchDB runs it in SpiderMonkey, the
 * dev server in Node), kept as text here so exactly what is installed is what is tested.
 *
 * Rules (server admins and database admins bypass the role and author rules, never the shape):
 * - only members write, and only with the role `reader` or `translator`;
 * - every live document has a known `type`, an `_id` made of its type and key fields, its
 *   required fields, `updatedBy` equal to the writer's user name, and fits the size limit;
 * - `author` (reports, revisions) is the writer's name when created and never changes after;
 * - a reader writes only `report:*` documents they author, filed `open`; they may edit or withdraw
 *   (delete) their own open report but not resolve it;
 * - a translator writes every type and deletes; on someone else's report they change only
 *   `state` and `resolution` (whose `by` is themselves).
 */
import { DOC_TYPES, ORIGINAL_ATTACHMENT, ORIGINAL_ATTACHMENT_LIMIT, REPORT_REASONS } from './docs';
import { SIZE_LIMITS } from './docs';

export const DESIGN_DOC_ID = '_design/triptych';

/** Bump when the validator changes: `sync:setup` replaces an older design document. */
export const DESIGN_VERSION = 1;

export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
	var TYPES = ${JSON.stringify(DOC_TYPES)};
	var LIMITS = ${JSON.stringify(SIZE_LIMITS)};
	var REASONS = ${JSON.stringify(REPORT_REASONS)};
	var ATTACHMENT = ${JSON.stringify(ORIGINAL_ATTACHMENT)};
	var ATTACHMENT_LIMIT = ${ORIGINAL_ATTACHMENT_LIMIT};
	var LANGS = ['en', 'hy', 'ru'];

	function deny(why) {
		throw { forbidden: why };
	}
	function has(list, item) {
		return !!list && list.indexOf(item) !== -1;
	}
	function anyOf(list, items) {
		for (var i = 0; list && i < list.length; i++) if (has(items, list[i])) return true;
		return false;
	}
	function isString(v) {
		return typeof v === 'string';
	}
	function isKey(v) {
		return typeof v === 'string' && v.length > 0 && v.length <= 200;
	}
	function isNumber(v) {
		return typeof v === 'number' && isFinite(v);
	}
	function isArray(v) {
		return Object.prototype.toString.call(v) === '[object Array]';
	}
	function isObject(v) {
		return !!v && typeof v === 'object' && !isArray(v);
	}
	function strings(v) {
		if (!isArray(v)) return false;
		for (var i = 0; i < v.length; i++) if (!isString(v[i])) return false;
		return true;
	}
	function need(ok, field) {
		if (!ok) deny('malformed ' + newDoc.type + ': ' + field);
	}
	function utf8Length(s) {
		var n = 0;
		for (var i = 0; i < s.length; i++) {
			var c = s.charCodeAt(i);
			n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xe000 ? 2 : 3;
		}
		return n;
	}
	/** JSON with sorted keys, so two documents compare by content. */
	function canon(v) {
		if (isArray(v)) {
			var items = [];
			for (var i = 0; i < v.length; i++) items.push(canon(v[i]));
			return '[' + items.join(',') + ']';
		}
		if (isObject(v)) {
			var keys = [];
			for (var k in v) if (Object.prototype.hasOwnProperty.call(v, k)) keys.push(k);
			keys.sort();
			var parts = [];
			for (var j = 0; j < keys.length; j++) parts.push(JSON.stringify(keys[j]) + ':' + canon(v[keys[j]]));
			return '{' + parts.join(',') + '}';
		}
		return JSON.stringify(v === undefined ? null : v);
	}
	function without(doc, skip) {
		var copy = {};
		for (var k in doc) {
			if (Object.prototype.hasOwnProperty.call(doc, k) && k.charAt(0) !== '_' && !has(skip, k)) copy[k] = doc[k];
		}
		return copy;
	}

	var name = userCtx.name;
	var roles = userCtx.roles || [];
	var sec = secObj || {};
	var dbAdmins = sec.admins || {};
	var members = sec.members || {};
	var isAdmin = has(roles, '_admin') || (!!name && has(dbAdmins.names, name)) || anyOf(roles, dbAdmins.roles);
	var translator = has(roles, 'translator');
	var reader = has(roles, 'reader');
	var old = oldDoc && !oldDoc._deleted ? oldDoc : null;
	var id = newDoc._id;

	if (!isAdmin) {
		if (!name) deny('log in to write to this library');
		if (!has(members.names, name) && !anyOf(roles, members.roles)) deny('you are not a member of this library');
		if (!translator && !reader) deny('writing needs the reader or translator role');
	}
	if (id.indexOf('_design/') === 0) {
		if (!isAdmin) deny('only admins change design documents');
		return;
	}

	if (newDoc._deleted) {
		if (isAdmin || translator) return;
		if (old && old.type === 'report' && old.author === name && old.state === 'open') return;
		deny('only translators delete documents');
	}

	var type = newDoc.type;
	if (!has(TYPES, type)) deny('unknown document type');
	if (old && old.type !== type) deny('the type of a document never changes');
	var json = {};
	for (var key in newDoc) {
		if (Object.prototype.hasOwnProperty.call(newDoc, key) && key !== '_attachments' && key !== '_revisions') json[key] = newDoc[key];
	}
	if (utf8Length(JSON.stringify(json)) > LIMITS[type]) deny(type + ' documents are limited to ' + LIMITS[type] + ' bytes');
	var attachments = newDoc._attachments;
	if (attachments) {
		for (var a in attachments) {
			if (type !== 'rendering' || a !== ATTACHMENT) deny('unexpected attachment ' + a);
			var att = attachments[a];
			var size = isNumber(att.length) ? att.length : isString(att.data) ? Math.floor((att.data.length * 3) / 4) : 0;
			if (size > ATTACHMENT_LIMIT) deny('the original bytes are limited to ' + ATTACHMENT_LIMIT + ' bytes');
		}
	}

	need(isString(newDoc.updatedBy), 'updatedBy');
	need(isNumber(newDoc.updatedAt), 'updatedAt');
	need(newDoc.device === undefined || (isString(newDoc.device) && newDoc.device.length <= 100), 'device');
	if (type === 'article') {
		need(isKey(newDoc.articleId) && id === 'article:' + newDoc.articleId, '_id / articleId');
		need(isString(newDoc.origin), 'origin');
		need(isNumber(newDoc.createdAt), 'createdAt');
		need(isObject(newDoc.basis), 'basis');
	} else if (type === 'rendering') {
		need(isKey(newDoc.articleId) && has(LANGS, newDoc.lang), 'articleId / lang');
		need(id === 'rendering:' + newDoc.articleId + ':' + newDoc.lang, '_id');
		need(isString(newDoc.original) && isString(newDoc.encoding) && isString(newDoc.sha256), 'original / encoding / sha256');
		need(isArray(newDoc.blocks) && isArray(newDoc.sentences), 'blocks / sentences');
		need(isNumber(newDoc.version), 'version');
	} else if (type === 'row') {
		need(isKey(newDoc.articleId) && isKey(newDoc.rowId), 'articleId / rowId');
		need(id === 'row:' + newDoc.articleId + ':' + newDoc.rowId, '_id');
		need(isString(newDoc.order) && /^[0-9A-Za-z]{1,200}$/.test(newDoc.order), 'order');
		var cells = newDoc.cells;
		need(isObject(cells) && strings(cells.en) && strings(cells.hy) && strings(cells.ru), 'cells');
		need(newDoc.status === 'auto' || newDoc.status === 'confirmed', 'status');
		need(strings(newDoc.missing) && isArray(newDoc.notes), 'missing / notes');
	} else if (type === 'orphan-notes') {
		need(isKey(newDoc.articleId) && id === 'orphan-notes:' + newDoc.articleId, '_id / articleId');
		need(isArray(newDoc.notes), 'notes');
	} else if (type === 'revision') {
		need(isKey(newDoc.revisionId) && id === 'revision:' + newDoc.revisionId, '_id / revisionId');
		need(isString(newDoc.renderingId) && isString(newDoc.sentenceId), 'renderingId / sentenceId');
		need(isString(newDoc.before) && isString(newDoc.after) && isString(newDoc.patch), 'before / after / patch');
		need(isNumber(newDoc.createdAt) && isString(newDoc.author), 'createdAt / author');
	} else if (type === 'report') {
		need(id.length > 7 && id.length <= 207, '_id');
		need(isString(newDoc.author) && isKey(newDoc.articleId) && isKey(newDoc.rowId), 'author / articleId / rowId');
		need(strings(newDoc.sentenceIds), 'sentenceIds');
		need(has(REASONS, newDoc.reason) && isString(newDoc.comment), 'reason / comment');
		need(isNumber(newDoc.createdAt), 'createdAt');
		need(newDoc.state === 'open' || newDoc.state === 'resolved', 'state');
		var res = newDoc.resolution;
		need(res === undefined || (isObject(res) && isString(res.by) && isNumber(res.at) && isString(res.reply)), 'resolution');
		need(newDoc.state === 'open' || res !== undefined, 'resolution of a resolved report');
	}

	if (isAdmin) return;
	if (newDoc.updatedBy !== name) deny('updatedBy must be your own user name');
	if (newDoc.author !== undefined || (old && old.author !== undefined)) {
		if (!old || old.author === undefined) {
			if (newDoc.author !== name) deny('you can only create documents under your own name');
		} else if (newDoc.author !== old.author) {
			deny('the author of a document never changes');
		}
	}
	if (type === 'report') {
		var own = newDoc.author === name;
		if (translator) {
			if (!own) {
				need(!!old, 'another user\\'s report');
				if (canon(without(newDoc, ['state', 'resolution', 'updatedBy', 'updatedAt', 'device'])) !== canon(without(old, ['state', 'resolution', 'updatedBy', 'updatedAt', 'device']))) {
					deny('on another user\\'s report you can only change its state and resolution');
				}
			}
			if (res !== undefined && (!old || canon(res) !== canon(old.resolution))) {
				if (res.by !== name) deny('a resolution is made under your own name');
			}
			return;
		}
		if (!own) deny('readers write only their own reports');
		var oldState = old ? old.state : 'open';
		if (newDoc.state !== oldState || canon(res) !== canon(old ? old.resolution : undefined)) {
			deny('only translators resolve reports');
		}
		return;
	}
	if (!translator) deny('readers write only their own reports');
}`;

export interface DesignDoc {
	_id: typeof DESIGN_DOC_ID;
	_rev?: string;
	version: number;
	validate_doc_update: string;
}

export function designDoc(): DesignDoc {
	return { _id: DESIGN_DOC_ID, version: DESIGN_VERSION, validate_doc_update: VALIDATE_DOC_UPDATE };
}

/** The validator as a callable, for tests: throws `{ forbidden }` like the server does. */
export type Validator = (
	newDoc: object,
	oldDoc: object | null,
	userCtx: { name: string | null; roles: string[] },
	secObj: Record<string, unknown>
) => void;

export function compileValidator(source = VALIDATE_DOC_UPDATE): Validator {
	return new Function(`return (${source});`)() as Validator;
}
