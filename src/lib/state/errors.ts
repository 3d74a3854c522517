/**
 * Maps any thrown value to a locale key the UI can show. Typed errors of the core carry their
 * own key; storage failures are recognised by their DOMException name.
 */
export function errorKey(error: unknown): string {
	if (error && typeof error === 'object') {
		const { localeKey, messageKey } = error as { localeKey?: unknown; messageKey?: unknown };
		if (typeof localeKey === 'string') return localeKey;
		if (typeof messageKey === 'string') return messageKey;
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
