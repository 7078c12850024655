// A real VS Code for the end-to-end tests: code-server (VS Code 1.139 in the browser,
// extension host in Node 24 on this machine) with the packaged extension installed from
// its .vsix, a copy of a workspace folder, and everything it writes kept out of $HOME
// (XDG dirs, user data, extensions in one temporary folder). See
// ../shared/docs/real-vscode-e2e.md and scripts/e2e-setup.mjs (installs the tools).

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain .mjs script (shared with .ci/run and npm run sandbox), no types
import { ensureE2eTools } from '../../../scripts/e2e-setup.mjs';

export const ROOT = resolve(__dirname, '..', '..', '..');

export interface E2eTools {
  node: string;
  codeServer: string;
  chromium: string;
  cache: string;
}

export function tools(): E2eTools {
  return ensureE2eTools() as E2eTools;
}

/** User settings that keep the screen about the editor (no chat, no welcome, no update checks). */
export const USER_SETTINGS: Record<string, unknown> = {
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'workbench.colorTheme': 'Default Dark Modern',
  'window.zoomLevel': 0,
};

/** Packages the extension (scripts/package.mjs) into the cache unless `vsix` is given. */
export function packageExtension(): string {
  const r = spawnSync(process.execPath, ['scripts/package.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`packaging the extension failed:\n${r.stdout}\n${r.stderr}`);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(ROOT, 'build', `${pkg.name}-${pkg.version}.vsix`);
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

export interface CodeServerOptions {
  vsix: string;
  /** Copied into the temporary folder (the tests may edit files). */
  workspace: string;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** A fixed port (npm run sandbox); a free one otherwise. */
  port?: number;
  /** Keep the folder after stop() (the sandbox). */
  keep?: boolean;
}

export interface CodeServer {
  url: string;
  /** The workspace copy code-server opened. */
  workspace: string;
  /** The extension's JSON-lines log (PYHEAP_E2E_LOG). */
  logFile: string;
  /** code-server's own output. */
  serverLog(): string;
  stop(): Promise<void>;
}

export async function startCodeServer(opts: CodeServerOptions): Promise<CodeServer> {
  const t = tools();
  const dir = mkdtempSync(join(tmpdir(), 'pyheap-e2e-'));
  const userData = join(dir, 'user-data');
  const extensions = join(dir, 'extensions');
  const workspace = join(dir, 'workspace');
  const logFile = join(dir, 'extension-log.jsonl');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...opts.settings }, null, 2));
  cpSync(opts.workspace, workspace, { recursive: true });
  writeFileSync(logFile, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'xdg-config'),
    XDG_DATA_HOME: join(dir, 'xdg-data'),
    XDG_CACHE_HOME: join(dir, 'xdg-cache'),
    PYHEAP_E2E_LOG: logFile,
  };
  const base = [t.codeServer, '--user-data-dir', userData, '--extensions-dir', extensions];
  const inst = spawnSync(t.node, [...base, '--install-extension', opts.vsix, '--force'], { env, encoding: 'utf8' });
  if (inst.status !== 0) throw new Error(`code-server --install-extension failed:\n${inst.stdout}\n${inst.stderr}`);
  const port = opts.port ?? (await freePort());
  let output = '';
  const proc: ChildProcess = spawn(t.node, [
    ...base, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', workspace,
  ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Ready when /healthz answers (about a second); give up when the process dies.
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`code-server exited (${proc.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `${url}/?folder=${encodeURIComponent(workspace)}`,
    workspace,
    logFile,
    serverLog: () => output,
    stop: async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      if (!opts.keep && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
