// The web extension's background worker (dist/web/summaryWorker.js, esbuild platform
// browser) in chromium: a Web Worker runs examples/02_refcount.py on the simulated heap
// and answers with the lenses. Proves the model bundles and runs with no Node at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../support/chromium';
import type { RunRequest, WorkerReply } from '../../src/extension/worker/protocol';

const ROOT = join(__dirname, '..', '..');

test('the browser build of the worker runs a file and returns its lenses', async () => {
  const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const origin = 'http://pyheap.test';
    const worker = readFileSync(join(ROOT, 'dist', 'web', 'summaryWorker.js'), 'utf8');
    await page.route(`${origin}/**`, (route) => {
      const url = route.request().url();
      if (url.endsWith('/summaryWorker.js')) return route.fulfill({ contentType: 'text/javascript', body: worker });
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>worker</title>' });
    });
    await page.goto(`${origin}/`);
    const source = readFileSync(join(ROOT, 'examples', '02_refcount.py'), 'utf8');
    const req: RunRequest = { type: 'run', id: 7, source, filename: '02_refcount.py', python: '3.11', maxSteps: 100000, showRuntimeObjects: false };
    // The worker answers with lens chunks, then the result.
    const replies = await page.evaluate((r) => new Promise<unknown[]>((resolve, reject) => {
      const got: unknown[] = [];
      const w = new Worker('/summaryWorker.js');
      w.onmessage = (e) => {
        got.push(e.data);
        if ((e.data as { type: string }).type !== 'lenses') resolve(got);
      };
      w.onerror = (e) => reject(new Error(e.message));
      w.postMessage(r);
    }), req) as WorkerReply[];
    const last = replies[replies.length - 1];
    assert.equal(last.type, 'result', JSON.stringify(last).slice(0, 500));
    if (last.type !== 'result') return;
    assert.equal(last.id, 7);
    assert.equal(last.view.exitCode, 0);
    const lenses = replies.flatMap((r) => (r.type === 'lenses' ? r.lenses : []));
    const hovers = Object.assign({}, ...replies.map((r) => (r.type === 'lenses' ? r.hovers : {}))) as Record<number, Record<string, string>>;
    const titles = lenses.map((l) => `${l.line}: ${l.title}`);
    assert.ok(titles.includes('8: list [321, 123]: refcnt 1→2'), titles.join('\n'));
    assert.match(hovers[8].a, /ob_refcnt \| 2 — name a/);
  } finally {
    await browser.close();
  }
});
