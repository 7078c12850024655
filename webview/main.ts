// The memory panel's entry point (bundled as dist/webview/panel.js): the page's App over
// the VS Code webview API. A page without it (opened by hand) says so instead of failing.

import { App, type VsCodeApi } from './app';

declare function acquireVsCodeApi(): VsCodeApi;

const root = document.getElementById('app');
if (root !== null) {
  if (typeof acquireVsCodeApi !== 'function') {
    root.textContent = 'This page is the PyHeap memory panel: it runs inside VS Code (command "PyHeap: Open Memory Panel").';
  } else {
    const vscode = acquireVsCodeApi();
    try {
      new App(vscode, root);
    } catch (e) {
      root.textContent = `The memory panel could not start: ${e instanceof Error ? e.message : String(e)}`;
      vscode.postMessage({ type: 'log', level: 'error', message: `the memory panel could not start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` });
    }
  }
}
