// Debian's chromium for the browser tests (the webview panel, the real-VS-Code e2e
// flow): playwright-core drives it, and installs no browser of its own (these
// machines cannot download one). Installed on first use with apt-get when missing
// (CI runs as root), then reused.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.PYHEAP_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep a headless chromium quiet on a machine with no network but the npm registry. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** The chromium executable, installed with apt-get if it is not there yet. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const run = (args: string[]): void => {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (${r.status}): the browser tests need Debian's chromium`);
  };
  run(['update']);
  run(['install', '-y', '--no-install-recommends', 'chromium']);
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is still missing at ${CHROMIUM}`);
  return CHROMIUM;
}
