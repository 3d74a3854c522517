// The whole app is a client-side SPA over IndexedDB: every page is prerendered as an empty
// shell (so the static build and the service worker have a file for each route) and renders
// in the browser.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'never';
