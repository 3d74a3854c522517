/** Offers data to the user as a file download (works offline: the blob never leaves the page). */
function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(fileName: string, text: string, type: string): void {
	downloadBlob(fileName, new Blob([text], { type }));
}

/** Exact bytes, e.g. a rendering's original as imported. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
	downloadBlob(fileName, new Blob([bytes as BlobPart], { type }));
}
