// End-to-end: the memory panel in a real VS Code (code-server in chromium). Debugging
// examples/02_refcount.py with `pyheap.panel.openOnDebugStart` opens the panel beside the
// editor; at each stop it shows the objects the Variables view shows, with the same ids
// (the view prints them in hex, the panel's elements carry them as data-id) and counts;
// selecting one in the panel prints its Variables row in the Debug Console; the end of
// the session is said in the panel; outside a session a CodeLens click shows the
// background run's heap at that line. Screenshots go to .cache/e2e/screenshots/.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageExtension, ROOT, startCodeServer, type CodeServer } from './harness/codeServer';
import { readLog, waitForEvent } from './harness/extensionLog';
import { Workbench } from './harness/workbench';
import { flattenHover } from './flows';

let cs: CodeServer;
let wb: Workbench;

before(async () => {
  const vsix = packageExtension();
  cs = await startCodeServer({ vsix, workspace: join(ROOT, 'examples'), settings: { 'pyheap.panel.openOnDebugStart': true } });
  wb = await Workbench.open(cs.url, { width: 1600, height: 900 });
});

after(async () => {
  // The screen as the last flow left it (what to look at when one failed).
  await wb?.screenshot('panel-last').catch(() => undefined);
  await wb?.close();
  await cs?.stop();
});

/** The panel's page: the webview frame whose document has the Objects view. */
async function panelFrame(): Promise<Frame> {
  for (let i = 0; i < 240; i++) {
    for (const f of wb.page.frames()) {
      if (await f.locator('[data-view="objects"]').count().catch(() => 0) > 0) return f;
    }
    await wb.page.waitForTimeout(250);
  }
  throw new Error('the memory panel did not open');
}

/** The Variables view's rows that show an object: name → {id, refcnt} (from ‹refcnt N · id 0x…›). */
async function variableObjects(): Promise<Map<string, { id: number; refcnt: number }>> {
  const out = new Map<string, { id: number; refcnt: number }>();
  const tree = wb.page.locator('.debug-variables').first();
  await tree.waitFor();
  // The Locals scope, expanded (VS Code keeps it so across stops once opened).
  const locals = tree.locator('.monaco-list-row', { hasText: /^\s*Locals\s*$/ }).first();
  if (await locals.getAttribute('aria-expanded') === 'false') await locals.click();
  const rows = (await tree.locator('.monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  for (const row of rows) {
    const m = /^(\w+)(?::| =) .*‹refcnt (\d+) · id 0x([0-9a-f]+)›$/.exec(row);
    if (m !== null) out.set(m[1], { id: Number.parseInt(m[3], 16), refcnt: Number(m[2]) });
  }
  return out;
}

/** Waits until the panel shows the picture of `line` (its status names the line). */
async function panelAtLine(f: Frame, line: number): Promise<void> {
  await f.locator('.status', { hasText: new RegExp(`line ${line}\\b`) }).first().waitFor();
}

/** The panel's (live) element for an object. */
function objectIn(f: Frame, id: number | string): ReturnType<Frame['locator']> {
  return f.locator(`[data-view="objects"] [data-id="${id}"][role="listitem"]`).first();
}

/** The Variables view and the panel agree on `names`: the same ids, the same ob_refcnt. The
 *  Variables view refreshes after the stop on its own schedule: it is read again until it
 *  shows the stop the panel shows (a bounded number of times). */
async function expectSameIds(f: Frame, names: string[]): Promise<Map<string, { id: number; refcnt: number }>> {
  let last = '';
  for (let attempt = 0; attempt < 40; attempt++) {
    const vars = await variableObjects();
    const problems: string[] = [];
    for (const name of names) {
      const v = vars.get(name);
      if (v === undefined) { problems.push(`no ${name} in the Variables view`); continue; }
      const el = objectIn(f, v.id);
      if (await el.count() === 0) { problems.push(`no element with data-id ${v.id} (${name}) in the panel`); continue; }
      const label = (await el.getAttribute('aria-label')) ?? '';
      if (!label.endsWith(`refcount ${v.refcnt}`)) problems.push(`${name}: the panel says "${label}", the Variables view refcnt ${v.refcnt}`);
    }
    if (problems.length === 0) return vars;
    last = problems.join('; ');
    await wb.page.waitForTimeout(250);
  }
  throw new Error(`the panel and the Variables view disagree: ${last}`);
}

test('Debugging with pyheap.panel.openOnDebugStart: the panel opens and shows the Variables view’s objects by id', async () => {
  // F5 with a launch.json that stops on entry (line 4, `import sys`), then F10 to `b = a` (line 8).
  mkdirSync(join(cs.workspace, '.vscode'), { recursive: true });
  writeFileSync(join(cs.workspace, '.vscode', 'launch.json'), JSON.stringify({
    version: '0.2.0',
    configurations: [{ type: 'pyheap', request: 'launch', name: 'PyHeap: 02_refcount.py', program: '${workspaceFolder}/02_refcount.py', stopOnEntry: true }],
  }));
  await wb.openFile('02_refcount.py');
  await wb.waitForCodeLens('refcnt 1→2');
  await wb.page.keyboard.press('F5');
  await wb.page.locator('.debug-toolbar').waitFor();
  const f = await panelFrame();
  await panelAtLine(f, 4);
  for (const line of [6, 7, 8]) {
    await wb.page.keyboard.press('F10');
    await panelAtLine(f, line);
  }
  await wb.page.keyboard.press('Control+Shift+D');
  await expectSameIds(f, ['a']);
  await wb.page.mouse.move(800, 890);
  await wb.screenshot('panel-debug-line8');

  // F10 twice: b = a, pair = [a, a]; the panel follows each stop.
  await wb.page.keyboard.press('F10');
  await panelAtLine(f, 9);
  await wb.page.keyboard.press('F10');
  await panelAtLine(f, 10);
  const vars = await expectSameIds(f, ['a', 'b']);
  assert.equal(vars.get('a')?.id, vars.get('b')?.id, 'a and b name one object');
  await wb.page.keyboard.press('F10');
  await panelAtLine(f, 11);
  await expectSameIds(f, ['a', 'b', 'pair']);
  await wb.page.mouse.move(800, 890); // off the editor: no hover in the picture
  await wb.screenshot('panel-debug-line11');

  // Selecting `pair` in the panel prints its Variables row in the Debug Console.
  const pair = (await variableObjects()).get('pair');
  assert.ok(pair !== undefined);
  const seen = readLog(cs.logFile).length;
  await objectIn(f, pair.id).click();
  await waitForEvent(cs.logFile, (e) => e.event === 'panel.reveal' && e.id === pair.id, seen, 'the selection reaches the extension');
  await wb.page.locator('.repl .monaco-list-row', { hasText: 'PyHeap panel: pair = [' }).first().waitFor();

  // The session ends: the panel keeps its last picture and says so.
  await wb.page.keyboard.press('F5');
  await wb.page.locator('.debug-toolbar').waitFor({ state: 'hidden' });
  await f.locator('.status', { hasText: /ended/i }).first().waitFor();
  assert.deepEqual(readLog(cs.logFile).filter((e) => e.event === 'error' || e.event === 'panel.error'), [], 'no error in the extension or the panel');
  await wb.screenshot('panel-debug-ended');
});

test('Outside a session a CodeLens click shows the background run’s heap at that line', async () => {
  await wb.openFile('02_refcount.py');
  const lens = await wb.waitForCodeLens('list [321, 123]: refcnt 1→2');
  await lens.locator('a').first().click();
  const f = await panelFrame();
  // After `b = a` ran: a and b on one list of refcount 2, the one the hover describes.
  const hover = await wb.hoverWord('b = a', 'a', 'ob_refcnt');
  const m = /id (\d+) \(0x[0-9a-f]+\)/.exec(flattenHover(await hover.innerText()));
  assert.ok(m !== null);
  await wb.page.keyboard.press('Escape');
  // (The panel showed the session's last picture before: there the list's count is 1.)
  const list = f.locator(`[data-view="objects"] [data-id="${m[1]}"][role="listitem"][aria-label$="refcount 2"]`).first();
  await list.waitFor();
  assert.match((await list.getAttribute('aria-label')) ?? '', /^list /);
  await wb.screenshot('panel-codelens');
  assert.deepEqual(readLog(cs.logFile).filter((e) => e.event === 'error' || e.event === 'panel.error'), []);
});
