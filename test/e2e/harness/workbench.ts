// Driving the VS Code workbench in chromium as a person does: open a file with Quick
// Open, run a command from the palette, read CodeLens, hover a word, open views, take
// screenshots. What the tests assert is what is on the screen (the DOM); the extension
// log (extensionLog.ts) says what happened behind it. Debug flows (Variables, stepping)
// build on the same pieces: openView('Run and Debug'), page.locator('.debug-view-content')...

import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from '../../support/chromium';
import { ROOT } from './codeServer';

export const SCREENSHOTS = join(ROOT, '.cache', 'e2e', 'screenshots');

/** Long enough for a loaded 2-core machine; a broken flow fails instead of hanging. */
const WAIT = 60_000;

export class Workbench {
  private constructor(readonly browser: Browser, readonly page: Page) {}

  static async open(url: string, viewport = { width: 1280, height: 800 }): Promise<Workbench> {
    const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport });
    page.setDefaultTimeout(WAIT);
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor();
    // The status bar is the last part the workbench lays out.
    await page.locator('.statusbar').waitFor();
    return new Workbench(browser, page);
  }

  /** Reloads the page: a new window on the same workspace (a new extension host). */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.locator('.monaco-workbench').waitFor();
    await this.page.locator('.statusbar').waitFor();
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Opens a workspace file as a person does: a click on it in the Explorer when it is
   *  listed there, else Quick Open (Ctrl+P, its name, Enter). Waits for its editor. A window
   *  that has just opened may still be restoring its editors and drop the click or the keys:
   *  then the person tries again. */
  async openFile(name: string): Promise<void> {
    const tab = this.page.locator('.tabs-container .tab.active', { hasText: name });
    const item = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"], .explorer-folders-view .monaco-list-row:has(.label-name:text-is("${name}"))`).first();
    for (let attempt = 1; ; attempt++) {
      if (attempt % 2 === 1 && await item.count() > 0) await item.click();
      else await this.quickOpen(name);
      try {
        await tab.waitFor({ timeout: attempt < 6 ? 10_000 : undefined });
        break;
      } catch (e) {
        if (attempt >= 6) throw e;
      }
    }
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  /** Ctrl+P, the file's name, Enter. A file written a moment ago may be missing from Quick
   *  Open's first search (its file list is cached): close it and ask again, as a person would. */
  private async quickOpen(name: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('Control+P');
      const input = this.page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(name);
      const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first();
      try {
        await row.waitFor({ timeout: attempt < 4 ? 15_000 : undefined });
      } catch (e) {
        if (attempt >= 4) throw e;
        await this.page.keyboard.press('Escape');
        continue;
      }
      await this.page.keyboard.press('Enter');
      return;
    }
  }

  /** The command palette (F1), a command's title, Enter. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** The CodeLens titles shown in the visible editor, top to bottom, once two readings a
   *  moment apart agree (VS Code may be replacing the lenses: a provider fired again). */
  async codeLensTitles(): Promise<string[]> {
    const lenses = this.page.locator('.editor-instance .codelens-decoration');
    const read = async (): Promise<string[]> => {
      const items = await lenses.evaluateAll((els) => els.filter((e) => e.parentElement !== null).map((e) =>
        ({ top: parseFloat((e.parentElement as HTMLElement).style.top || '0'), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') })));
      return items.sort((a, b) => a.top - b.top).map((x) => x.text);
    };
    let last = await read();
    for (let i = 0; i < 20; i++) {
      await this.page.waitForTimeout(250);
      const now = await read();
      if (now.join('\n') === last.join('\n')) return now;
      last = now;
    }
    return last;
  }

  /** Waits until a CodeLens contains `text`. */
  async waitForCodeLens(text: string): Promise<Locator> {
    const lens = this.page.locator('.editor-instance .codelens-decoration', { hasText: text }).first();
    await lens.waitFor();
    return lens;
  }

  /** The editor line (as rendered) that contains `text`. */
  line(text: string): Locator {
    return this.page.locator('.editor-instance .view-lines .view-line', { hasText: text }).first();
  }

  /** Hovers the first `word` (a name, or any text) on the line containing `lineText`;
   *  returns the hover once it shows `expect`. */
  async hoverWord(lineText: string, word: string, expect: string): Promise<Locator> {
    const line = this.line(lineText);
    await line.waitFor();
    const box = await line.evaluate((el, w) => {
      // Find the word's characters in the rendered spans and return their box.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
        const text = (n.textContent ?? '').replace(/\u00a0/g, ' ');
        const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const re = /^\w/.test(w) ? new RegExp(`(^|[^A-Za-z0-9_])(${esc})(?![A-Za-z0-9_])`) : new RegExp(`()(${esc})`);
        const m = re.exec(text);
        if (m === null) continue;
        const range = document.createRange();
        const start = m.index + m[1].length;
        range.setStart(n, start);
        range.setEnd(n, start + w.length);
        const r = range.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }
      return null;
    }, word);
    if (box === null) throw new Error(`no "${word}" on the line "${lineText}"`);
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: expect }).first();
    // Hovers appear after a delay and only on a fresh mouse move onto the word.
    for (let i = 0; ; i++) {
      await this.page.mouse.move(box.x - 40, box.y + 60);
      await this.page.mouse.move(box.x, box.y, { steps: 4 });
      try {
        await hover.waitFor({ timeout: 5_000 });
        return hover;
      } catch (e) {
        if (i >= 5) throw e;
      }
    }
  }

  /** The Variables view's rows as shown ("a: [321, 123]"), top to bottom (Run and Debug
   *  view open, a session stopped). For the debugger's flows. */
  async variables(): Promise<string[]> {
    await this.page.locator('.debug-view-content .debug-variables').first().waitFor();
    return (await this.page.locator('.debug-variables .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The Debug Console's text (program output and evaluations). */
  async debugConsole(): Promise<string> {
    await this.page.locator('.repl').first().waitFor();
    return this.page.locator('.repl').innerText();
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Text of the notifications shown now. */
  async notifications(): Promise<string[]> {
    return this.page.locator('.notification-toast .notification-list-item-message').allTextContents();
  }
}
