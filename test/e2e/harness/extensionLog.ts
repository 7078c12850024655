// The extension's activity as the e2e tests observe it: the JSON-lines file named by
// PYHEAP_E2E_LOG (src/extension/log.ts writes one object per event).

import { readFileSync } from 'node:fs';

export interface LogEvent {
  t: number;
  event: string;
  [k: string]: unknown;
}

export function readLog(file: string): LogEvent[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as LogEvent);
}

/** Waits until an event matching `pred` is logged (after `since`, a count of events already seen). */
export async function waitForEvent(file: string, pred: (e: LogEvent) => boolean, since = 0, what = 'an extension event'): Promise<LogEvent> {
  for (let i = 0; ; i++) {
    const hit = readLog(file).slice(since).find(pred);
    if (hit !== undefined) return hit;
    // A generous bound so that a broken extension fails the test instead of hanging it.
    if (i > 1200) throw new Error(`no ${what} in the extension log after a minute:\n${readFileSync(file, 'utf8').slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
