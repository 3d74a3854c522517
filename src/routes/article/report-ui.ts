/** The report components of the article page: loaded right after the text, not before it. */
export { default as ReportDialog } from './ReportDialog.svelte';
export { default as RowReports } from './RowReports.svelte';
