/** Prints a Markdown table with padded columns (shared by the bench sections). */
export function printTable(head: string[], rows: string[][]): void {
	const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
	const line = (cells: string[]) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
	console.log(line(head));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of rows) console.log(line(r));
}
