// The CLI's output goes straight to file descriptors 1 and 2. process.stdout and
// process.stderr are streams whose creation loads node's stream modules (~3 ms of an
// empty run); the CLI writes each output once, at the end, so a synchronous write is
// all it needs.

import { writeSync } from 'node:fs';

/** Set once some output went to a node stream, which may still be writing it. */
let streamUsed = false;

/** Whether output may still be on its way (process.exit would cut it off). */
export function outputPending(): boolean {
  return streamUsed;
}

/** Writes all of text to fd 1 (stdout) or 2 (stderr). */
export function writeAll(fd: 1 | 2, text: string): void {
  if (text.length === 0) return;
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  try {
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } catch (e) {
    // A full non-blocking pipe: node's stream waits for it to drain. Other failures
    // (EPIPE: the reader has gone, as with `| head`) drop the rest of the output.
    if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
      streamUsed = true;
      (fd === 1 ? process.stdout : process.stderr).write(buf.subarray(off));
    }
  }
}
