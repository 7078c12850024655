// The panel's page: a strict Content-Security-Policy (nothing by default; the bundle and
// the stylesheet from the extension's dist/webview folder; the script only with this
// page's nonce; images only from data:/blob: URLs the page makes itself for PNG export),
// no remote resource, and an empty root the bundle fills. Pure (no VS Code API), so the
// browser tests serve exactly this page.

export interface PanelPageOptions {
  /** webview.cspSource: the origin asWebviewUri URLs are served from. */
  cspSource: string;
  /** A fresh random value per page load. */
  nonce: string;
  /** asWebviewUri of dist/webview/panel.js and panel.css. */
  scriptUri: string;
  styleUri: string;
}

/** 128 random bits, base64url (crypto.getRandomValues: Node 20 and browsers, hence the web extension). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function contentSecurityPolicy(o: Pick<PanelPageOptions, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `style-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
    `img-src ${o.cspSource} data: blob:`,
    `font-src ${o.cspSource}`,
  ].join('; ');
}

export function panelHtml(o: PanelPageOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(o))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>PyHeap Memory</title>
<link rel="stylesheet" href="${escapeAttr(o.styleUri)}">
</head>
<body>
<div id="app" class="app"><p class="loading">PyHeap memory panel: loading…</p></div>
<script nonce="${escapeAttr(o.nonce)}" src="${escapeAttr(o.scriptUri)}"></script>
</body>
</html>
`;
}
