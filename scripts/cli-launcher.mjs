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
// Line 2 reads as the no-op `:` command to the shell and as a string statement and a
// comment to JavaScript (node skips the #! line); the shell execs before reading on.

/** The launcher for the given node flags (those of the snapshot and the code cache). */
export function cliLauncher(nodeFlags) {
  const sh = [
    's=$0',
    '[ -L "$s" ] && { s=$(readlink -f "$s") || s=$0; }',
    'case $s in */*) d=${s%/*};; *) d=.;; esac',
    // `pyheap dap`: the debug adapter over stdio (a bundle of its own beside this one).
    '[ "$1" = dap ] && exec node "$d/debugAdapter.js"',
    'b=$d/cli.snap',
    'n=',
    'if [ -z "$NODE_OPTIONS" ] && [ -f "$b" ] && [ -f "$b.node" ]; then IFS=:; for p in $PATH; do p=${p:-.}/node; if [ -f "$p" ] && [ -x "$p" ]; then n=$p; break; fi; done; unset IFS; fi',
    `if [ -n "$n" ] && [ ! "$n" -nt "$b.node" ] && [ ! "$n" -ot "$b.node" ]; then exec "$n" ${nodeFlags} --snapshot-blob "$b" "$0" "$@"; fi`,
    `exec node ${nodeFlags} "$0" "$@"`,
  ];
  return `#!/bin/sh\n':' //; ${sh.join('; ')}`;
}
