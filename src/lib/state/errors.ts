/**
 * Maps any thrown value to a locale key the UI can show. Typed errors of the core carry their
 * own key; storage failures are recognised by their DOMException name, however Dexie wrapped
 * them (its own `QuotaExceededError`, an `AbortError` with the cause as `inner`, a `BulkError`
 * listing `failures`).
 */
export function errorKey(error: unknown): string {
	if (error && typeof error === 'object') {
		const { localeKey } = error as { localeKey?: unknown };
		if (typeof localeKey === 'string') return localeKey;
	}
	if (isQuotaError(error)) return 'error.quota';
	return 'error.unexpected';
}

/** True when the device ran out of storage space (the write was refused, nothing stored). */
export function isQuotaError(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 4) return false;
	const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
	if (e.name === 'QuotaExceededError') return true;
	if (isQuotaError(e.inner, depth + 1)) return true;
	const failures = Array.isArray(e.failures)
		? e.failures
		: e.failures && typeof e.failures === 'object'
			? Object.values(e.failures)
			: [];
	return failures.some((f) => isQuotaError(f, depth + 1));
}
