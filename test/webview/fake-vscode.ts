// The part of the `vscode` API the memory panel's host uses, faked for tests outside VS
// Code: panels and webviews record what they are given and what is posted to them; the
// webview side is driven by the test (receive()). Loaded in place of 'vscode' by
// installFakeVscode() (a require hook: the host is bundled as CommonJS, as in VS Code).
import Module from 'node:module';

type Listener<T> = (e: T) => void;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  event = (l: Listener<T>): { dispose(): void } => {
    this.listeners.push(l);
    return { dispose: () => { this.listeners = this.listeners.filter((x) => x !== l); } };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static parse(s: string): Uri {
    const m = /^(\w+):\/\/(.*)$/.exec(s);
    return m === null ? new Uri('file', s) : new Uri(m[1], m[2]);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/').replace(/\/+/g, '/'));
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export enum ViewColumn { Active = -1, Beside = -2, One = 1 }
export enum ColorThemeKind { Light = 1, Dark = 2, HighContrast = 3, HighContrastLight = 4 }

export class FakeWebview {
  html = '';
  options: unknown = {};
  readonly cspSource = 'https://fake.vscode-cdn.net';
  readonly posted: unknown[] = [];
  /** false: postMessage resolves false, as for a hidden webview. */
  live = true;
  private readonly received = new EventEmitter<unknown>();
  onDidReceiveMessage = this.received.event;
  asWebviewUri(u: Uri): Uri {
    return Uri.parse(`https://fake.vscode-cdn.net${u.path}`);
  }
  postMessage(m: unknown): Promise<boolean> {
    if (!this.live) return Promise.resolve(false);
    this.posted.push(JSON.parse(JSON.stringify(m)));
    return Promise.resolve(true);
  }
  /** The page posts a message to the host. */
  receive(m: unknown): void {
    this.received.fire(m);
  }
}

export class FakePanel {
  readonly webview = new FakeWebview();
  visible = true;
  iconPath: unknown;
  disposed = false;
  revealed = 0;
  private readonly disposeEmitter = new EventEmitter<void>();
  private readonly viewState = new EventEmitter<{ webviewPanel: FakePanel }>();
  onDidDispose = this.disposeEmitter.event;
  onDidChangeViewState = this.viewState.event;
  constructor(readonly viewType: string, readonly title: string, readonly showOptions: unknown, readonly options: unknown) {}
  reveal(): void {
    this.revealed++;
  }
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.disposeEmitter.fire();
  }
  setVisible(v: boolean): void {
    this.visible = v;
    this.webview.live = v;
    this.viewState.fire({ webviewPanel: this });
  }
}

export const state = {
  panels: [] as FakePanel[],
  commands: new Map<string, (...a: unknown[]) => unknown>(),
  serializers: new Map<string, { deserializeWebviewPanel(p: unknown, s: unknown): Promise<void> }>(),
  written: [] as { uri: string; bytes: Uint8Array }[],
  saveAnswer: Uri.file('/work/out/export') as Uri | undefined,
  logs: [] as string[],
  theme: new EventEmitter<unknown>(),
};

const disposable = { dispose(): void {} };

export const window = {
  activeColorTheme: { kind: ColorThemeKind.Dark },
  createWebviewPanel(viewType: string, title: string, show: unknown, options: unknown): FakePanel {
    const p = new FakePanel(viewType, title, show, options);
    state.panels.push(p);
    return p;
  },
  registerWebviewPanelSerializer(viewType: string, s: { deserializeWebviewPanel(p: unknown, st: unknown): Promise<void> }) {
    state.serializers.set(viewType, s);
    return disposable;
  },
  onDidChangeActiveColorTheme: state.theme.event,
  async showSaveDialog(): Promise<Uri | undefined> {
    return state.saveAnswer;
  },
  createOutputChannel(name: string) {
    const log = (level: string) => (m: string) => state.logs.push(`${name} ${level}: ${m}`);
    return { info: log('info'), warn: log('warn'), error: log('error'), appendLine: log('line'), dispose(): void {} };
  },
};

export const commands = {
  registerCommand(id: string, f: (...a: unknown[]) => unknown) {
    state.commands.set(id, f);
    return { dispose: () => state.commands.delete(id) };
  },
  executeCommand(id: string, ...args: unknown[]): unknown {
    const f = state.commands.get(id);
    if (f === undefined) throw new Error(`no command ${id}`);
    return f(...args);
  },
};

export const workspace = {
  workspaceFolders: [{ uri: Uri.file('/work/project') }],
  fs: {
    async writeFile(uri: Uri, bytes: Uint8Array): Promise<void> {
      state.written.push({ uri: uri.toString(), bytes });
    },
  },
};

/** Makes require('vscode') return this module. */
export function installFakeVscode(): void {
  const M = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const load = M._load;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const self = require('./fake-vscode') as unknown;
  M._load = function (request, parent, isMain) {
    return request === 'vscode' ? self : load.call(this, request, parent, isMain);
  };
}
