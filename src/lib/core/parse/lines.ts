/** Lines of a verbatim text as offsets, for LF, CRLF and CR line endings alike. */
import { isSpace } from '../segment/chars';

export interface Line {
	/** Offset of the first character of the line. */
	start: number;
	/** Offset right after the last character, before the line ending. */
	end: number;
	/** The line without surrounding whitespace: `[trimStart, trimEnd)`, empty for a blank line. */
	trimStart: number;
	trimEnd: number;
}

/** Splits `text` from offset `from` (past a BOM, say) into lines. A final line ending adds no line. */
export function splitLines(text: string, from = 0): Line[] {
	const lines: Line[] = [];
	const n = text.length;
	let start = from;
	while (start <= n) {
		let end = start;
		while (end < n) {
			const c = text.charCodeAt(end);
			if (c === 0x0a || c === 0x0d) break;
			end++;
		}
		if (end === n && start === n && lines.length > 0) break;
		let trimStart = start;
		let trimEnd = end;
		while (trimStart < trimEnd && isSpace(text[trimStart])) trimStart++;
		while (trimEnd > trimStart && isSpace(text[trimEnd - 1])) trimEnd--;
		lines.push({ start, end, trimStart, trimEnd });
		start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
	}
	return lines;
}

export function isBlank(line: Line): boolean {
	return line.trimStart === line.trimEnd;
}

/** Runs of non-blank lines: the paragraphs of a plain-text article. */
export function lineGroups(lines: readonly Line[]): Line[][] {
	const groups: Line[][] = [];
	let current: Line[] = [];
	for (const line of lines) {
		if (isBlank(line)) {
			if (current.length > 0) groups.push(current);
			current = [];
		} else {
			current.push(line);
		}
	}
	if (current.length > 0) groups.push(current);
	return groups;
}
