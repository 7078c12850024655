// End-to-end: the packaged extension (.vsix) in a real VS Code (code-server) driven in
// chromium, on the examples/ files, as a learner uses it: the refcount CodeLens, a
// hover on a name, the Toggle command, a file with a syntax error, an endless loop, a
// file that is not Python, a lens click. What is asserted is what is on the screen;
// the extension's JSON-lines log (PYHEAP_E2E_LOG) tells what happened behind it.
// Screenshots go to .cache/e2e/screenshots/ (look at them; the README's come from here).
//
// The expected words are derived by hand from CPython's semantics (`b = a` takes the
// list from 1 to 2 references), not copied from the extension's output.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageExtension, ROOT, startCodeServer, type CodeServer } from './harness/codeServer';
import { readLog, waitForEvent } from './harness/extensionLog';
import { Workbench } from './harness/workbench';
import { flattenHover, HOVER_A, REFCOUNT_LENSES } from './flows';

const MAX_STEPS = 5000;
let cs: CodeServer;
let wb: Workbench;

before(async () => {
  const vsix = packageExtension();
  // A small bound keeps the endless loop's run short (the default is 100000 steps).
  cs = await startCodeServer({ vsix, workspace: join(ROOT, 'examples'), settings: { 'pyheap.codeLens.maxSteps': MAX_STEPS } });
  wb = await Workbench.open(cs.url);
});

after(async () => {
  await wb?.close();
  await cs?.stop();
});

test('CodeLens: each line of 02_refcount.py says what it did to the program’s objects', async () => {
  await wb.openFile('02_refcount.py');
  await waitForEvent(cs.logFile, (e) => e.event === 'activate', 0, 'activation');
  await wb.waitForCodeLens('refcnt 1→2');
  const titles = await wb.codeLensTitles();
  for (const x of REFCOUNT_LENSES) assert.ok(titles.some((t) => x.title.test(t)), `${x.why}: ${x.title} among\n${titles.join('\n')}`);
  await wb.screenshot('codelens-02_refcount');
});

test('Hover on a: its id (decimal and hex), ob_refcnt and who holds it, size, GC generation, pool block', async () => {
  const hover = await wb.hoverWord('b = a', 'a', 'ob_refcnt');
  const text = flattenHover(await hover.innerText());
  for (const re of HOVER_A) assert.match(text, re);
  const m = /id (\d+) \(0x([0-9a-f]+)\)/.exec(text);
  assert.ok(m !== null, text);
  assert.equal(BigInt(m[1]), BigInt('0x' + m[2]), 'the decimal and hex ids are the same number');
  await wb.screenshot('hover-a');
  await wb.page.keyboard.press('Escape');
});

test('A lens click asks for the memory panel at that line’s step', async () => {
  const seen = readLog(cs.logFile).length;
  const lens = await wb.waitForCodeLens('list [321, 123]: refcnt 1→2');
  await lens.locator('a').first().click();
  const ev = await waitForEvent(cs.logFile, (e) => e.event === 'command' && e.name === 'pyheap.openMemoryPanel', seen, 'memory panel command');
  assert.equal(ev.line, 8);
  assert.equal(typeof ev.step, 'number');
});

test('PyHeap: Toggle Refcount CodeLens hides the lenses and brings them back', async () => {
  await wb.runCommand('PyHeap: Toggle Refcount CodeLens');
  await waitForEvent(cs.logFile, (e) => e.event === 'command' && e.name === 'pyheap.toggleCodeLens' && e.enabled === false, 0, 'toggle off');
  await wb.page.locator('.editor-instance .codelens-decoration').first().waitFor({ state: 'detached' });
  await wb.screenshot('codelens-off');
  await wb.runCommand('PyHeap: Toggle Refcount CodeLens');
  await waitForEvent(cs.logFile, (e) => e.event === 'command' && e.name === 'pyheap.toggleCodeLens' && e.enabled === true, 0, 'toggle on');
  await wb.waitForCodeLens('refcnt 1→2');
});

test('A syntax error is a diagnostic with CPython’s message, not lenses', async () => {
  // Files the later flows need are written now (the first screenshots show examples/ alone).
  writeFileSync(join(cs.workspace, 'broken.py'), 'a = [1, 2\nprint(a)\n');
  writeFileSync(join(cs.workspace, 'endless.py'), 'n = 0\nwhile True:\n    n += 1\n');
  writeFileSync(join(cs.workspace, 'notes.txt'), 'a = [321, 123]\nb = a\n');
  const seen = readLog(cs.logFile).length;
  await wb.openFile('broken.py');
  const done = await waitForEvent(cs.logFile, (e) => e.event === 'run.result' && String(e.uri).endsWith('/broken.py'), seen, 'the run of broken.py');
  assert.equal(done.diagnostics, 1);
  assert.equal(done.lenses, 0);
  await wb.page.locator('.editor-instance .squiggly-error').first().waitFor();
  const hover = await wb.hoverWord('a = [1, 2', '[', "'[' was never closed");
  assert.match(await hover.innerText(), /SyntaxError: '\[' was never closed/);
  assert.equal(await wb.page.locator('.editor-instance .codelens-decoration').count(), 0);
  await wb.screenshot('syntax-error');
  await wb.page.keyboard.press('Escape');
  assert.deepEqual(readLog(cs.logFile).filter((e) => e.event === 'error'), [], 'no error in the extension');
});

test('An endless loop: the lenses stop at pyheap.codeLens.maxSteps and say so', async () => {
  await wb.openFile('endless.py');
  const lens = await wb.waitForCodeLens(`stopped after ${MAX_STEPS} steps`);
  assert.match(await lens.innerText(), /PyHeap: stopped after 5000 steps \(pyheap\.codeLens\.maxSteps\)/);
  // The loop body's lens counts its runs within the bound.
  assert.ok((await wb.codeLensTitles()).some((t) => /^×\d+: \+\d+ allocs?, −\d+ frees?/.test(t)));
  await wb.screenshot('endless-loop');
});

test('A file that is not Python gets no lenses and no hovers', async () => {
  const seen = readLog(cs.logFile).length;
  await wb.openFile('notes.txt');
  await wb.line('b = a').waitFor();
  const box = await wb.line('b = a').boundingBox();
  assert.ok(box !== null);
  await wb.page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 4 });
  // The hover delay is 200 ms; a PyHeap hover would be there well within 3 s.
  await wb.page.waitForTimeout(3000);
  assert.equal(await wb.page.locator('.monaco-hover:not(.hidden)', { hasText: 'PyHeap' }).count(), 0);
  assert.equal(await wb.page.locator('.editor-instance .codelens-decoration').count(), 0);
  const touched = readLog(cs.logFile).slice(seen).filter((e) => String(e.uri ?? '').endsWith('notes.txt'));
  assert.deepEqual(touched, []);
});

test('PyHeap: Run File on Simulated Heap prints what CPython prints', async () => {
  await wb.openFile('02_refcount.py');
  await wb.runCommand('PyHeap: Run File on Simulated Heap');
  await wb.page.locator('.repl .monaco-list-row', { hasText: '6' }).first().waitFor();
  const out = (await wb.debugConsole()).replace(/\s+/g, ' ');
  assert.match(out, /2 3 5 6 4 2/); // the example's comments: what CPython 3.11 prints
  await wb.screenshot('run-file');
});

test('A window opened again shows the file’s lenses from the view store, without running it', async () => {
  const seen = readLog(cs.logFile).length;
  await wb.reload();
  await wb.openFile('02_refcount.py');
  await waitForEvent(cs.logFile, (e) => e.event === 'activate', seen, 'activation in the new window');
  const stored = await waitForEvent(cs.logFile, (e) => e.event === 'run.stored' && String(e.uri).endsWith('/02_refcount.py'), seen, 'the stored view of 02_refcount.py');
  await wb.waitForCodeLens('refcnt 1→2');
  const titles = await wb.codeLensTitles();
  for (const x of REFCOUNT_LENSES) assert.ok(titles.some((t) => x.title.test(t)), `${x.why}: ${x.title} among\n${titles.join('\n')}`);
  assert.equal(stored.lenses, titles.length);
  const ran = readLog(cs.logFile).slice(seen).filter((e) => e.event === 'run.result' && String(e.uri).endsWith('/02_refcount.py'));
  assert.deepEqual(ran, [], 'the file was not run again');
  // A hover still finds its object (the worker runs the file to that line, as before).
  const hover = await wb.hoverWord('b = a', 'a', 'ob_refcnt');
  const text = flattenHover(await hover.innerText());
  for (const re of HOVER_A) assert.match(text, re);
  await wb.page.keyboard.press('Escape');
});
