// The first two lines of the `pyheap` executable (dist/cli.js): a POSIX shell
// launcher that is also valid JavaScript, so that one file serves both ways.
//
// A V8 startup snapshot can only be chosen on node's command line
// (--snapshot-blob), so the launcher is a shell script: it starts node from
// dist/cli.snap (the loaded simulator with its startup heap built, src/cli/snapshot.ts)
// when that blob is usable, and otherwise runs this very file as JavaScript (the
// loader src/cli/bin.ts, through the code cache), as the former
// `#!/usr/bin/env -S node FLAGS` shebang did. Node refuses a snapshot made by another
// node binary or under other V8 flags with a fatal error, so the launcher only uses it
// when
//   - NODE_OPTIONS is empty (it could add V8 flags or preloads),
//   - the first `node` on PATH (the one env(1) would run) has the very modification
//     time of the node binary that built the blob, recorded on dist/cli.snap.node
//     (touch -r at build time): another binary or an upgraded one has another.
// Everything the check uses is a shell builtin except readlink, which only runs when
// the executable was reached through a symbolic link (npm's bin links), to find dist/.
//
// The JavaScript stack. Calls from "C" into Python (a builtin calling a key function,
// type.__call__ running __init__, repr() reaching __repr__, a generator resumed) nest
// the eval loop on the JavaScript stack, as they nest _PyEval_EvalFrameDefault on
// CPython's C stack; the deepest such path measured costs ~4.7 KB of JavaScript stack
// per level of recursion (sorted(key=) → list.sort → key → eval loop; repr, __eq__,
// __init__, __getitem__: 2.7-3.3 KB; nested tuples hashed: ~440 bytes per level).
// Node's default (984 KB) holds ~200 of them, far from the 1000 CPython's recursion
// limit allows. So the launcher raises the soft stack limit of the process it execs
// (RLIMIT_STACK, which sizes the main thread's stack; a shell builtin, no fork) to
// STACK_RLIMIT_KB and gives V8 STACK_SIZE_KB of it, 4 MB less so that native code
// running at the deepest point (the GC, runtime functions) always has room. With
// 60 MB that is ~12,000 levels of the costliest path and ~130,000 nested tuples:
// more than CPython's own C stack (8 MB) allows before it crashes. When the hard
// limit forbids it, node runs with its default stack (without the snapshot, which
// was made under --stack-size): deep recursion then ends in RecursionError sooner.
export const STACK_RLIMIT_KB = 65536;
export const STACK_SIZE_KB = STACK_RLIMIT_KB - 4096;

// Line 2 reads as the no-op `:` command to the shell and as a string statement and a
// comment to JavaScript (node skips the #! line); the shell execs before reading on.

/** The launcher for the given node flags (those of the snapshot and the code cache,
 *  --stack-size=STACK_SIZE_KB among them, which is dropped when the stack limit cannot
 *  be raised). */
export function cliLauncher(nodeFlags) {
  const stackFlag = `--stack-size=${STACK_SIZE_KB}`;
  if (!nodeFlags.split(' ').includes(stackFlag)) throw new Error(`cliLauncher: the node flags must include ${stackFlag}`);
  const flags = nodeFlags.split(' ').map((f) => (f === stackFlag ? '$z' : f)).join(' ');
  const sh = [
    's=$0',
    '[ -L "$s" ] && { s=$(readlink -f "$s") || s=$0; }',
    'case $s in */*) d=${s%/*};; *) d=.;; esac',
    // `pyheap dap`: the debug adapter over stdio (a bundle of its own beside this one).
    '[ "$1" = dap ] && exec node "$d/debugAdapter.js"',
    'b=$d/cli.snap',
    `z=${stackFlag}`,
    `ulimit -S -s ${STACK_RLIMIT_KB} 2>/dev/null || { z=; b=; }`,
    'n=',
    'if [ -n "$b" ] && [ -z "$NODE_OPTIONS" ] && [ -f "$b" ] && [ -f "$b.node" ]; then IFS=:; for p in $PATH; do p=${p:-.}/node; if [ -f "$p" ] && [ -x "$p" ]; then n=$p; break; fi; done; unset IFS; fi',
    `if [ -n "$n" ] && [ ! "$n" -nt "$b.node" ] && [ ! "$n" -ot "$b.node" ]; then exec "$n" ${flags} --snapshot-blob "$b" "$0" "$@"; fi`,
    `exec node ${flags} "$0" "$@"`,
  ];
  return `#!/bin/sh\n':' //; ${sh.join('; ')}`;
}
