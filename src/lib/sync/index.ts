/** Sync with a CouchDB server: document layout, order keys, row mapping and merge rules. */
export * from './docs';
export * from './order';
export * from './rows';
export * from './merge';
export { DESIGN_DOC_ID, DESIGN_VERSION, designDoc } from './design';
export * from './library';
