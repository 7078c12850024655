// The program's standard input, read from file descriptor 0 only when the program
// asks (input(), sys.stdin.readline()...), a chunk at a time, so a program that never
// reads never waits for its input. Decoded as UTF-8 (CPython's sys.stdin encoding in
// a UTF-8 locale), a character split between two chunks included.

import { readSync } from 'node:fs';

/** A chunk source for the model's sys.stdin (null at the end of input). */
export function stdinChunks(): () => string | null {
  const decoder = new TextDecoder('utf-8');
  const buf = Buffer.alloc(65536);
  let ended = false;
  return () => {
    while (!ended) {
      let n: number;
      try {
        n = readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        // A non-blocking descriptor with nothing yet: try again.
        if (code === 'EAGAIN') continue;
        // No input at all (closed descriptor): the end.
        if (code === 'EOF' || code === 'EBADF') n = 0;
        else throw e;
      }
      if (n === 0) {
        ended = true;
        const rest = decoder.decode();
        return rest === '' ? null : rest;
      }
      const text = decoder.decode(buf.subarray(0, n), { stream: true });
      if (text !== '') return text;
    }
    return null;
  };
}
