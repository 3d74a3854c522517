/**
 * Maps any thrown value to a locale key the UI can show. Typed errors of the core carry their
 * own key; storage failures are recognised by their DOMException name.
 */
export function errorKey(error: unknown): string {
	if (error && typeof error === 'object') {
		const { localeKey } = error as { localeKey?: unknown };
		if (typeof localeKey === 'string') return localeKey;
	}
	const name = error instanceof Error ? error.name : '';
	if (
		name === 'QuotaExceededError' ||
		(error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError'
	) {
		return 'error.quota';
	}
	return 'error.unexpected';
}
