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
    const reply = await page.evaluate((r) => new Promise<unknown>((resolve, reject) => {
      const w = new Worker('/summaryWorker.js');
      w.onmessage = (e) => resolve(e.data);
      w.onerror = (e) => reject(new Error(e.message));
      w.postMessage(r);
    }), req) as WorkerReply;
    assert.equal(reply.type, 'result', JSON.stringify(reply).slice(0, 500));
    if (reply.type !== 'result') return;
    assert.equal(reply.id, 7);
    const titles = reply.view.lenses.map((l) => `${l.line}: ${l.title}`);
    assert.ok(titles.includes('8: list [321, 123]: refcnt 1→2'), titles.join('\n'));
    assert.match(reply.view.hovers[8].a, /ob_refcnt \| 2 — name a/);
    assert.equal(reply.view.exitCode, 0);
  } finally {
    await browser.close();
  }
});
