/**
 * Runs only when the build prerenders each route's shell (the app itself has no server). The one
 * thing it does: a part of the page head marked `article-only` in app.html (the bold Armenian and
 * Russian fonts, which only the article's first screen uses) is kept in the article page's shell
 * and dropped from the others, so they do not fetch fonts their first screen never shows.
 */
import type { Handle } from '@sveltejs/kit';

const ARTICLE_ONLY = /\s*<!-- article-only -->[\s\S]*?<!-- \/article-only -->/;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.route.id === '/article'
				? html.replace(/<!-- \/?article-only -->/g, '')
				: html.replace(ARTICLE_ONLY, '')
	});
