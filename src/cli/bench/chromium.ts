/**
 * Finds the Chromium that Playwright drives (end-to-end tests and the reader bench). Playwright cannot download its own browsers on our
 * machines, so we use Debian's (`apt-get install -y chromium`), or the one named by
 * `CHROMIUM_PATH`, and fail early with a message that says how to get it.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found) {
		throw new Error(
			"No Chromium found for the end-to-end tests. Install Debian's: `sudo apt-get install -y chromium` " +
				'(or set CHROMIUM_PATH to a Chromium/Chrome binary).'
		);
	}
	return found;
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
