// Loads a CommonJS bundle through V8's code cache (the `pyheap` CLI's and the extension's
// background worker's; Node only). Compiling the 1.2 MB CLI bundle
// (and then each function the run calls) costs ~20 ms of an empty run; deserialising
// the bytecode V8 produced last time takes ~5 ms. The cache lives next to the
// bundle, one file per node version and node flags (V8 rejects a cache made under
// other flags), and is (re)written at the exit of a run that found none or had it
// rejected. Any failure (missing, stale, corrupt or unwritable cache) falls back to a
// plain compile, silently. Under --enable-source-maps the bundle is required
// normally, for mapped stack traces.

import { readFileSync, writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

// The CommonJS wrapper, on the bundle's first line so that line numbers (and its
// source map) still match.
const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_TAIL = '\n})';

/** FNV-1a of a short string: names the cache file for this node and its flags. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function cachePathFor(bundlePath: string): string {
  const config = `${process.version} ${process.arch} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  return `${bundlePath}.${fnv1a(config)}.cache`;
}

/** Reads the cached bytecode if it was made from this very bundle (bundleId is the
 *  bundle's sha-256, recorded by the build; V8 itself only checks the source length). */
function readCache(cachePath: string, header: string): Buffer | undefined {
  try {
    const file = readFileSync(cachePath);
    if (file.length <= header.length || file.toString('latin1', 0, header.length) !== header) return undefined;
    return file.subarray(header.length);
  } catch {
    return undefined;
  }
}

function writeCache(cachePath: string, header: string, script: Script): void {
  // Write then rename, so that concurrent runs never read a half-written file.
  const tmp = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(header, 'latin1'), script.createCachedData()]));
    renameSync(tmp, cachePath);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing was written.
    }
  }
}

/** Runs the bundle at bundlePath as a CommonJS module, compiled from the code cache
 *  when there is a valid one, and returns its exports. A missing or rejected cache is
 *  written at the process's exit, or — `writeAt: 'caller'`, for a worker thread, which
 *  is terminated rather than exiting — when the caller calls `writeCache` (once the run
 *  has compiled what later runs need). */
export function runWithCodeCache(bundlePath: string, bundleId: string, writeAt: 'exit' | 'caller' = 'exit'): { exports: unknown; writeCache: () => void } {
  const none = (): void => {};
  if (process.sourceMapsEnabled) {
    // node --enable-source-maps: node's own loader maps the bundle's stack traces back
    // to src/ (it does not for vm.Script); no code cache then.
    return { exports: require(bundlePath) as unknown, writeCache: none };
  }
  const source = readFileSync(bundlePath, 'utf8');
  const cachePath = cachePathFor(bundlePath);
  const header = `pyheap-code-cache ${bundleId} ${source.length}\n`;
  const cachedData = bundleId === '' ? undefined : readCache(cachePath, header);
  const script = new Script(WRAPPER_HEAD + source + WRAPPER_TAIL, { filename: bundlePath, cachedData });
  let write = none;
  if (bundleId !== '' && (cachedData === undefined || script.cachedDataRejected === true)) {
    let written = false;
    write = () => {
      if (written) return;
      written = true;
      writeCache(cachePath, header, script);
    };
    // At exit, so that the cache holds every function the run compiled (the CLI ends
    // with process.exit, which still emits 'exit').
    if (writeAt === 'exit') process.once('exit', write);
  }
  const wrapper = script.runInThisContext() as (exports: object, require: NodeRequire, module: object, filename: string, dirname: string) => void;
  const module = { exports: {}, filename: bundlePath, id: bundlePath };
  // The loader's own require: the bundle sits next to it and only loads node's modules
  // (node:module's createRequire would cost a module load).
  wrapper.call(module.exports, module.exports, require, module, bundlePath, dirname(bundlePath));
  return { exports: module.exports, writeCache: write };
}
