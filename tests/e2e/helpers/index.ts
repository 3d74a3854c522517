/**
 * The one module the end-to-end specs import from: Playwright's `test` and `expect`, and the
 * shared steps, grouped by what they deal with (the app and its pages, translator mode, what
 * the database holds, files going in and out).
 */
export { expect, test } from '@playwright/test';
export * from './app';
export * from './editor';
export * from './files';
export * from './storage';
export * from './screens';
export * from './lifecycle';
export * from './long';
