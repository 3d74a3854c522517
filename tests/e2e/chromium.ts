/**
 * The Chromium finder lives beside the reader bench, which ships in `src/`: tests import from
 * src, never the reverse.
 */
export { CHROMIUM_ARGS, chromiumPath } from '../../src/cli/bench/chromium';
