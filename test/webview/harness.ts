// The memory panel's page in headless Debian chromium, as VS Code would show it: the very
// page MemoryPanel serves (html.ts, its CSP included), its assets from dist/webview, VS
// Code's theme variables (a light, a dark and a high-contrast set), and a shim for
// acquireVsCodeApi that records what the page posts and keeps its state across reloads.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from '../support/chromium';
import { panelHtml } from '../../src/extension/panel/html';
import type { HostMessage, WebviewMessage } from '../../src/extension/panel/protocol';

export type Theme = 'dark' | 'light' | 'high-contrast';

/** A subset of VS Code's theme variables (Dark Modern, Light Modern, High Contrast). */
const THEMES: Record<Theme, { body: string; vars: Record<string, string> }> = {
  dark: {
    body: 'vscode-dark',
    vars: {
      'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', foreground: '#cccccc', descriptionForeground: '#9d9d9d',
      'editorWidget-background': '#202020', 'editorWidget-border': '#454545', 'panel-border': '#2b2b2b', 'sideBar-background': '#181818',
      'editorGroupHeader-tabsBackground': '#181818', 'editorLineNumber-foreground': '#6e7681', focusBorder: '#0078d4',
      'charts-red': '#f14c4c', 'charts-blue': '#3794ff', 'charts-yellow': '#cca700', 'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7',
      'badge-background': '#616161', 'badge-foreground': '#f8f8f8', 'textLink-foreground': '#4daafc',
      'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c', 'button-border': '#ffffff12',
      'tab-activeForeground': '#ffffff', 'tab-inactiveForeground': '#9d9d9d', 'panelTitle-activeBorder': '#0078d4',
      'list-activeSelectionBackground': '#04395e', 'list-activeSelectionForeground': '#ffffff', 'editorWarning-foreground': '#cca700',
      'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', 'font-size': '13px', 'editor-font-family': '"Droid Sans Mono", "monospace", monospace',
    },
  },
  light: {
    body: 'vscode-light',
    vars: {
      'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', foreground: '#3b3b3b', descriptionForeground: '#3b3b3b',
      'editorWidget-background': '#f8f8f8', 'editorWidget-border': '#c8c8c8', 'panel-border': '#e5e5e5', 'sideBar-background': '#f8f8f8',
      'editorGroupHeader-tabsBackground': '#f8f8f8', 'editorLineNumber-foreground': '#6e7681', focusBorder: '#005fb8',
      'charts-red': '#e51400', 'charts-blue': '#1a85ff', 'charts-yellow': '#bf8803', 'charts-orange': '#d18616', 'charts-green': '#388a34', 'charts-purple': '#652d90',
      'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b', 'textLink-foreground': '#005fb8',
      'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc', 'button-border': '#0000001a',
      'tab-activeForeground': '#3b3b3b', 'tab-inactiveForeground': '#868686', 'panelTitle-activeBorder': '#005fb8',
      'list-activeSelectionBackground': '#e8e8e8', 'list-activeSelectionForeground': '#000000', 'editorWarning-foreground': '#bf8803',
      'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif', 'font-size': '13px', 'editor-font-family': '"Droid Sans Mono", "monospace", monospace',
    },
  },
  'high-contrast': {
    body: 'vscode-high-contrast',
    vars: {
      'editor-background': '#000000', 'editor-foreground': '#ffffff', foreground: '#ffffff', descriptionForeground: '#ffffff',
      'editorWidget-background': '#0c141f', 'editorWidget-border': '#6fc3df', 'panel-border': '#6fc3df', 'sideBar-background': '#000000',
      contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518', focusBorder: '#f38518', 'editorLineNumber-foreground': '#ffffff',
      'charts-red': '#f14c4c', 'charts-blue': '#3794ff', 'charts-yellow': '#ffd700', 'charts-orange': '#ff8c00', 'charts-green': '#89d185', 'charts-purple': '#b180d7',
      'badge-background': '#000000', 'badge-foreground': '#ffffff', 'textLink-foreground': '#21a6ff',
      'font-family': 'system-ui, sans-serif', 'font-size': '13px', 'editor-font-family': 'monospace',
    },
  },
};

function themeCss(t: Theme): string {
  return `:root {\n${Object.entries(THEMES[t].vars).map(([k, v]) => `  --vscode-${k}: ${v};`).join('\n')}\n}\n`;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml' };

export interface PanelServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves the panel page (`/panel.html?theme=dark`), dist/webview and the theme stylesheets. */
export async function servePanel(): Promise<PanelServer> {
  if (!existsSync('dist/webview/panel.js')) throw new Error('dist/webview/panel.js is missing: run `npm run build` first');
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/panel.html') {
      const theme = (url.searchParams.get('theme') ?? 'dark') as Theme;
      let html = panelHtml({ cspSource: origin, nonce: 'test-nonce-' + Math.random().toString(36).slice(2), scriptUri: `${origin}/dist/webview/panel.js`, styleUri: `${origin}/dist/webview/panel.css` });
      // As VS Code does: its theme's variables, and the theme kind on <body>.
      html = html.replace('<link rel="stylesheet"', `<link rel="stylesheet" href="${origin}/theme-${theme}.css">\n<link rel="stylesheet"`)
        .replace('<body>', `<body class="${THEMES[theme].body}" data-vscode-theme-kind="${THEMES[theme].body}">`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    const m = /^\/theme-(dark|light|high-contrast)\.css$/.exec(url.pathname);
    if (m !== null) {
      res.writeHead(200, { 'content-type': 'text/css' });
      res.end(themeCss(m[1] as Theme));
      return;
    }
    const file = normalize(join('.', url.pathname));
    if (file.startsWith('dist/webview/') && existsSync(file)) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = server.address();
  origin = `http://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}`;
  return { origin, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
}

/** The webview API as VS Code gives it, recording posts; state survives reloads (sessionStorage).
 *  A string, not a function: the test runner's transform would add helpers the page lacks. */
const SHIM = `
  window.__posted = [];
  window.__errors = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__errors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
  window.addEventListener('error', (e) => window.__errors.push('error: ' + e.message));
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return {
      postMessage: (m) => window.__posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => JSON.parse(sessionStorage.getItem('vscode-state') ?? 'null'),
      setState: (s) => sessionStorage.setItem('vscode-state', JSON.stringify(s)),
    };
  };
`;

export interface PanelPage {
  page: Page;
  /** Delivers a host message and waits until the page has handled it. */
  send(m: HostMessage | unknown): Promise<void>;
  /** What the page posted so far (and clears the record). */
  posted(): Promise<WebviewMessage[]>;
  /** Errors and CSP violations the page reported. */
  errors(): Promise<string[]>;
}

export async function openPanel(browser: Browser, server: PanelServer, theme: Theme = 'dark', size = { width: 1400, height: 900 }): Promise<PanelPage> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  await context.addInitScript({ content: SHIM });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  await page.goto(`${server.origin}/panel.html?theme=${theme}`);
  await page.waitForSelector('[data-view="objects"]');
  return {
    page,
    async send(m) {
      // Dispatched as VS Code delivers it (a message event on window), handled synchronously.
      await page.evaluate((msg) => window.dispatchEvent(new MessageEvent('message', { data: msg })), m as object);
    },
    async posted() {
      return page.evaluate(() => {
        const w = window as unknown as { __posted: WebviewMessage[] };
        return w.__posted.splice(0);
      });
    },
    async errors() {
      const inPage = await page.evaluate(() => (window as unknown as { __errors: string[] }).__errors.slice());
      return [...pageErrors, ...inPage];
    },
  };
}
