// Browser tests run real Chromium (tools/chromium.ts). Without Chromium they
// skip, except under CI=true.
import { chromiumPath } from '../../tools/chromium';

/** The `skip` option for browser tests: a message, or false when Chromium is here. */
export function browserSkip(): string | false {
  if (chromiumPath) return false;
  if (process.env.CI === 'true') throw new Error('Chromium is missing under CI=true: .ci/run must install it (apt-get install -y chromium).');
  return 'Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH) to run the browser tests';
}
